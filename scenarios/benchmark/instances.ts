// Pick lists of the benchmark, drawn from named random streams: cell (layout, size, skew) draws from
// the stream `pick/LAYOUT/SIZE/SKEW` of the suite's seed, so a cell's lists never depend on which
// other cells the suite holds.
//
// Bin popularity. Spots (aisle, bay) are ranked by walking distance from the depot (along the front
// cross aisle, then up the aisle; ties by aisle, then bay), as popularity slotting places them:
// - uniform: every spot equally likely;
// - zipf: the spot of rank r has weight 1 / r;
// - abc: the nearest 20% of spots share 80% of the picks, the next 30% share 15%, the rest 5%
//   (equal weights inside a class).
// A pick list holds `size` distinct bins: spots drawn by weight without replacement, each with a
// uniformly drawn level.
import { RandomStreams, type RandomStream } from '../../sim/index.js';
import { formatBin, parseBin, type PickLocation, type RoutingLayout } from '../../models/wms/layout.js';
import { hashString } from '../../sim/index.js';
import type { DemandSkew, PickSuite, SuiteLayout } from './suites.js';

/** One cell of the suite and its pick lists. */
export interface PickCell {
  layout: SuiteLayout;
  size: number;
  skew: DemandSkew;
  instances: PickLocation[][];
}

const abcClasses = [
  { spotShare: 0.2, pickShare: 0.8 },
  { spotShare: 0.3, pickShare: 0.15 },
  { spotShare: 0.5, pickShare: 0.05 },
];

interface Spot {
  aisle: number;
  bay: number;
}

/** Every cell of the suite with its lists, in (layout, size, skew) order. */
export function generatePickCells(suite: PickSuite): PickCell[] {
  const streams = new RandomStreams(suite.seed);
  const cells: PickCell[] = [];
  for (const layout of suite.layouts) {
    const spots = spotsByDistance(layout.layout);
    for (const size of layout.sizes ?? suite.sizes) {
      if (size > spots.length) throw new RangeError(`benchmark: ${size} distinct bins do not fit ${layout.name}'s ${spots.length} spots`);
      for (const skew of suite.skews) {
        const weights = spotWeights(spots.length, skew);
        const stream = streams.stream(`pick/${layout.name}/${size}/${skew}`);
        const instances: PickLocation[][] = [];
        for (let i = 0; i < suite.instancesPerCell; i += 1) instances.push(drawList(layout.layout, spots, weights, size, stream));
        cells.push({ layout, size, skew, instances });
      }
    }
  }
  return cells;
}

/** One hash over every pick list's addresses, in cell order. */
export function pickInstancesHash(cells: readonly PickCell[]): string {
  return hashString(cells.map((c) => `${c.layout.name}/${c.size}/${c.skew}:${c.instances.map((list) => list.map((p) => p.address).join(',')).join(';')}`).join('|'));
}

/** The spots of a layout, nearest the depot first. */
export function spotsByDistance(layout: RoutingLayout): Spot[] {
  const spots: Array<Spot & { distance: number }> = [];
  for (let aisle = 0; aisle < layout.aisles; aisle += 1) {
    for (let bay = 1; bay <= layout.baysPerAisle; bay += 1) {
      const distance = Math.abs(aisle - layout.depot.aisle) * layout.aisleSpacing + ((bay - 0.5) * layout.aisleLength) / layout.baysPerAisle;
      spots.push({ aisle, bay, distance });
    }
  }
  spots.sort((a, b) => a.distance - b.distance || a.aisle - b.aisle || a.bay - b.bay);
  return spots.map(({ aisle, bay }) => ({ aisle, bay }));
}

/** The weight of each rank (nearest first) under a skew; they need not sum to 1. */
export function spotWeights(count: number, skew: DemandSkew): number[] {
  if (skew === 'uniform') return new Array<number>(count).fill(1);
  if (skew === 'zipf') return Array.from({ length: count }, (_, r) => 1 / (r + 1));
  const weights: number[] = [];
  let start = 0;
  abcClasses.forEach((c, i) => {
    const end = i === abcClasses.length - 1 ? count : Math.min(count, start + Math.round(c.spotShare * count));
    for (let r = start; r < end; r += 1) weights.push(c.pickShare / (end - start));
    start = end;
  });
  return weights;
}

// Weighted draws without replacement: a drawn spot's weight drops to 0.
function drawList(layout: RoutingLayout, spots: readonly Spot[], weights: readonly number[], size: number, stream: RandomStream): PickLocation[] {
  const left = [...weights];
  let total = left.reduce((a, b) => a + b, 0);
  const list: PickLocation[] = [];
  for (let k = 0; k < size; k += 1) {
    let u = stream.random() * total;
    let chosen = -1;
    for (let r = 0; r < left.length; r += 1) {
      if (left[r] === 0) continue;
      chosen = r;
      u -= left[r]!;
      if (u < 0) break;
    }
    const spot = spots[chosen]!;
    total -= left[chosen]!;
    left[chosen] = 0;
    const level = stream.int(1, layout.levels ?? 1);
    list.push(parseBin(formatBin(spot.aisle, spot.bay, level), layout));
  }
  return list;
}
