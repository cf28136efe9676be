// Slotting: which bin each SKU's pick stock lives in. 'random' scatters SKUs over the grid;
// 'popularity' puts fast movers in the bins nearest the depot, using every level of a pick face
// before moving on (levels cost no travel in the canonical layout).
// When the catalogue outnumbers the bins, SKUs share bins: the k-th SKU of m goes to slot
// floor(k * bins / m), so every bin is used and shared by at most ceil(m / bins) SKUs; the bin
// address (with its level) names a mixed bin, and stock stays per (bin, SKU).
import type { RandomStream } from '../../sim/index.js';
import type { PickLocation } from './layout.js';
import { parseBin } from './layout.js';
import { binCount, depotDistance, locationOfSlot, slotOf, type BinGrid } from './bins.js';

export type SlottingMethod = 'random' | 'popularity';

/** Where every SKU is slotted. */
export interface Slotting {
  /** Pick location per SKU (shared objects when SKUs share a bin). */
  readonly locations: readonly PickLocation[];
  /** Slot number per SKU. */
  readonly slotOfSku: Int32Array;
  /** SKUs sorted by slot number (physical shelf order); SKUs sharing a bin are adjacent. */
  readonly shelfOrder: Int32Array;
  /** Position of each SKU in `shelfOrder`. */
  readonly shelfPosition: Int32Array;
  /** Distinct bins holding at least one SKU. */
  readonly binsUsed: number;
  /** Most SKUs sharing one bin. */
  readonly skusPerBinMax: number;
}

export interface SlottingInput {
  grid: BinGrid;
  /** Demand weight per SKU (the catalogue's popularity). */
  popularity: Float64Array;
  method: SlottingMethod;
  /** Needed by 'random'. */
  random?: RandomStream;
  /** SKUs with a bin given by the scenario (canonical addresses), placed first. */
  fixedBins?: ReadonlyMap<number, string>;
}

/** Assigns every SKU a bin; throws a RangeError naming a bad fixed bin or method. */
export function slotSkus(input: SlottingInput): Slotting {
  const { grid, popularity, method } = input;
  const skuCount = popularity.length;
  const fixed = input.fixedBins ?? new Map<number, string>();
  const slotOfSku = new Int32Array(skuCount).fill(-1);
  const taken = new Set<number>();
  for (const [sku, address] of fixed) {
    const at = parseBin(address, grid);
    const slot = slotOf(grid, at.aisle, at.bay, at.level);
    slotOfSku[sku] = slot;
    taken.add(slot);
  }
  const free = freeSlots(grid, method, taken, input.random);
  const auto = autoSkus(popularity, method, slotOfSku);
  if (auto.length > 0 && free.length === 0) {
    throw new RangeError(`slotting: all ${binCount(grid)} bins are taken by fixed bins, none is left for ${auto.length} other SKUs`);
  }
  for (let rank = 0; rank < auto.length; rank++) {
    const position = auto.length <= free.length ? rank : Math.floor((rank * free.length) / auto.length);
    slotOfSku[auto[rank]!] = free[position]!;
  }
  return finish(grid, slotOfSku);
}

/** SKUs ordered by slot, then by index: a counting sort over the slot numbers. */
function bySlotThenSku(slotOfSku: Int32Array, slotCount: number): Int32Array {
  const starts = new Int32Array(slotCount + 1);
  for (let s = 0; s < slotOfSku.length; s++) starts[slotOfSku[s]! + 1]!++;
  for (let slot = 0; slot < slotCount; slot++) starts[slot + 1]! += starts[slot]!;
  const order = new Int32Array(slotOfSku.length);
  for (let s = 0; s < slotOfSku.length; s++) order[starts[slotOfSku[s]!]!++] = s;
  return order;
}

/** The SKU beside `sku` on the shelf (the next one in shelf order, or the previous for the last); -1 if alone. */
export function neighbourSku(slotting: Slotting, sku: number): number {
  const order = slotting.shelfOrder;
  if (order.length < 2) return -1;
  const p = slotting.shelfPosition[sku]!;
  return p + 1 < order.length ? order[p + 1]! : order[p - 1]!;
}

function freeSlots(grid: BinGrid, method: SlottingMethod, taken: Set<number>, random: RandomStream | undefined): Int32Array {
  const total = binCount(grid);
  const slots = new Int32Array(total - taken.size);
  let n = 0;
  if (method === 'popularity') {
    for (const face of facesNearestFirst(grid)) {
      for (let level = 0; level < grid.levels; level++) {
        const slot = face * grid.levels + level;
        if (!taken.has(slot)) slots[n++] = slot;
      }
    }
    return slots;
  }
  if (method !== 'random') throw new RangeError(`slotting: unknown method ${JSON.stringify(method)}; valid: random, popularity`);
  if (random === undefined) throw new RangeError('slotting: method "random" needs a random stream');
  for (let slot = 0; slot < total; slot++) if (!taken.has(slot)) slots[n++] = slot;
  for (let i = n - 1; i > 0; i--) {
    const j = random.index(i + 1);
    const held = slots[i]!;
    slots[i] = slots[j]!;
    slots[j] = held;
  }
  return slots;
}

/**
 * Pick faces (aisle, bay) ordered by walking distance from the depot, ties by face number. Within an
 * aisle both grow with the bay, so this merges the aisles: each step takes the aisle whose next face
 * comes first.
 */
function facesNearestFirst(grid: BinGrid): Int32Array {
  const { aisles, baysPerAisle } = grid;
  // depotDistance(grid, aisle, bay) = along[aisle] + up[bay], the same sum it computes.
  const along = new Float64Array(aisles);
  for (let aisle = 0; aisle < aisles; aisle++) along[aisle] = depotDistance(grid, aisle, 0.5);
  const up = new Float64Array(baysPerAisle + 1);
  for (let bay = 1; bay <= baysPerAisle; bay++) up[bay] = depotDistance(grid, grid.depot.aisle, bay);
  const faces = new Int32Array(aisles * baysPerAisle);
  const nextBay = new Int32Array(aisles).fill(1);
  for (let n = 0; n < faces.length; n++) {
    let best = -1;
    let bestDistance = Infinity;
    for (let aisle = 0; aisle < aisles; aisle++) {
      const bay = nextBay[aisle]!;
      if (bay > baysPerAisle) continue;
      const distance = along[aisle]! + up[bay]!;
      // Aisles are scanned in ascending face order, so on a tie the earlier aisle keeps its place.
      if (distance < bestDistance) {
        best = aisle;
        bestDistance = distance;
      }
    }
    faces[n] = best * baysPerAisle + nextBay[best]! - 1;
    nextBay[best]!++;
  }
  return faces;
}

/** SKUs without a fixed bin, most popular first (popularity) or in catalogue order (random). */
function autoSkus(popularity: Float64Array, method: SlottingMethod, slotOfSku: Int32Array): Int32Array {
  const skus: number[] = [];
  for (let s = 0; s < popularity.length; s++) if (slotOfSku[s] === -1) skus.push(s);
  const order = Int32Array.from(skus);
  if (method === 'popularity') rankByPopularity(order, popularity);
  return order;
}

/** Sorts SKU indices (given ascending) most popular first, lower index first on ties; in place. */
export function rankByPopularity(skus: Int32Array, popularity: Float64Array): Int32Array {
  // A generated catalogue is already in that order: checking is far cheaper than sorting.
  let ranked = true;
  for (let i = 1; i < skus.length && ranked; i++) ranked = popularity[skus[i - 1]!]! >= popularity[skus[i]!]!;
  return ranked ? skus : skus.sort((a, b) => popularity[b]! - popularity[a]! || a - b);
}

function finish(grid: BinGrid, slotOfSku: Int32Array): Slotting {
  const skuCount = slotOfSku.length;
  const shelfOrder = bySlotThenSku(slotOfSku, binCount(grid));
  const shelfPosition = new Int32Array(skuCount);
  const locations: PickLocation[] = new Array(skuCount);
  let binsUsed = 0;
  let skusPerBinMax = 0;
  let run = 0;
  let shared: PickLocation | undefined;
  for (let p = 0; p < skuCount; p++) {
    const sku = shelfOrder[p]!;
    shelfPosition[sku] = p;
    if (p === 0 || slotOfSku[sku] !== slotOfSku[shelfOrder[p - 1]!]) {
      shared = locationOfSlot(grid, slotOfSku[sku]!);
      binsUsed++;
      run = 0;
    }
    run++;
    if (run > skusPerBinMax) skusPerBinMax = run;
    locations[sku] = shared!;
  }
  return { locations, slotOfSku, shelfOrder, shelfPosition, binsUsed, skusPerBinMax };
}
