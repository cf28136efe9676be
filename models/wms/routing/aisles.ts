// Shared preparation for every policy: distinct picks grouped into their aisles and stops.
import type { PickLocation, RoutingLayout } from '../layout.js';

/** One place in an aisle where the picker stops; several bins (levels) can share it. */
export interface Stop {
  y: number;
  /** Distinct addresses picked here, in code-unit order. */
  addresses: string[];
  /** Set by the walker once the picker has been here; each route works on fresh stops. */
  picked: boolean;
}

/** An aisle holding at least one pick, with its stops ordered front to back (ascending y). */
export interface PickAisle {
  aisle: number;
  x: number;
  stops: Stop[];
}

/**
 * Distinct picks grouped by aisle, aisles ascending; throws a RangeError naming a pick
 * that does not lie inside the layout.
 */
export function groupByAisle(layout: RoutingLayout, picks: readonly PickLocation[]): PickAisle[] {
  return new AisleGrouper().group(layout, picks);
}

const defaults = {
  /** Pick lists up to this long are sorted by insertion (no comparator calls through Array.sort). */
  insertionSortMax: 32,
};

/**
 * `groupByAisle` with reusable memory: each `group` call returns the same array and aisle and stop
 * objects, overwritten, so a caller must be done with one grouping before asking for the next.
 */
export class AisleGrouper {
  private readonly sorted: PickLocation[] = [];
  private readonly aisles: PickAisle[] = [];
  private readonly aislePool: PickAisle[] = [];
  private readonly stopPool: Stop[] = [];

  /** The distinct picks grouped by aisle, aisles ascending (see `groupByAisle`). */
  group(layout: RoutingLayout, picks: readonly PickLocation[]): PickAisle[] {
    const sorted = this.sorted;
    const n = picks.length;
    truncate(sorted, n);
    for (let i = 0; i < n; i++) {
      const pick = picks[i]!;
      checkInside(layout, pick);
      if (i < sorted.length) sorted[i] = pick;
      else sorted.push(pick);
    }
    // Sorting by (aisle, depth, address) puts repeats of an address next to each other.
    if (n <= defaults.insertionSortMax) insertionSort(sorted);
    else sorted.sort(byAisleThenDepthThenAddress);
    const aisles = this.aisles;
    truncate(aisles, 0);
    let current: PickAisle | undefined;
    let stop: Stop | undefined;
    let stopsUsed = 0;
    let previous = '';
    for (let i = 0; i < n; i++) {
      const pick = sorted[i]!;
      if (pick.address === previous) continue;
      previous = pick.address;
      if (current === undefined || current.aisle !== pick.aisle) {
        current = this.aislePool[aisles.length];
        if (current === undefined) {
          current = { aisle: 0, x: 0, stops: [] };
          this.aislePool.push(current);
        }
        current.aisle = pick.aisle;
        current.x = pick.aisle * layout.aisleSpacing;
        truncate(current.stops, 0);
        aisles.push(current);
        stop = undefined;
      }
      if (stop === undefined || stop.y !== pick.y) {
        stop = this.stopPool[stopsUsed++];
        if (stop === undefined) {
          stop = { y: 0, addresses: [], picked: false };
          this.stopPool.push(stop);
        }
        stop.y = pick.y;
        truncate(stop.addresses, 0);
        stop.picked = false;
        current.stops.push(stop);
      }
      stop.addresses.push(pick.address);
    }
    return aisles;
  }
}

// Shortens an array by popping: unlike assigning `length`, this stays in optimized code.
function truncate(array: unknown[], length: number): void {
  while (array.length > length) array.pop();
}

function insertionSort(picks: PickLocation[]): void {
  for (let i = 1; i < picks.length; i++) {
    const pick = picks[i]!;
    let j = i - 1;
    while (j >= 0 && byAisleThenDepthThenAddress(picks[j]!, pick) > 0) {
      picks[j + 1] = picks[j]!;
      j--;
    }
    picks[j + 1] = pick;
  }
}

/**
 * Pick aisles in the order the sweep heuristics visit them: starting from the end (leftmost or
 * rightmost pick aisle) nearer the depot, the left end on a tie. Written into `out` when given.
 */
export function visitOrder(aisles: readonly PickAisle[], depotAisle: number, out: PickAisle[] = []): PickAisle[] {
  const left = aisles[0]!.aisle;
  const right = aisles[aisles.length - 1]!.aisle;
  const fromLeft = Math.abs(depotAisle - left) <= Math.abs(right - depotAisle);
  const n = aisles.length;
  while (out.length > n) out.pop();
  for (let i = 0; i < n; i++) {
    const aisle = aisles[fromLeft ? i : n - 1 - i]!;
    if (i < out.length) out[i] = aisle;
    else out.push(aisle);
  }
  return out;
}

/** Deepest stop of an aisle (largest y). */
export function deepest(aisle: PickAisle): number {
  return aisle.stops[aisle.stops.length - 1]!.y;
}

/** Shallowest stop of an aisle (smallest y). */
export function shallowest(aisle: PickAisle): number {
  return aisle.stops[0]!.y;
}

function checkInside(layout: RoutingLayout, pick: PickLocation): void {
  const aisleOk = Number.isInteger(pick.aisle) && pick.aisle >= 0 && pick.aisle < layout.aisles;
  const depthOk = pick.y > 0 && pick.y < layout.aisleLength;
  if (!aisleOk || !depthOk) {
    throw new RangeError(
      `pick ${JSON.stringify(pick.address)} (aisle ${pick.aisle}, y ${pick.y}) is not inside the layout ` +
        `(aisles 0..${layout.aisles - 1}, y strictly between 0 and ${layout.aisleLength})`,
    );
  }
}

function byAisleThenDepthThenAddress(a: PickLocation, b: PickLocation): number {
  if (a.aisle !== b.aisle) return a.aisle - b.aisle;
  if (a.y !== b.y) return a.y - b.y;
  return a.address < b.address ? -1 : a.address > b.address ? 1 : 0;
}
