// Fewest splits: the smallest set of locations that covers every line, so the order leaves in as few
// parcels as possible. Up to `exhaustiveWarehousesMax` locations the search is exact: sets are tried by
// size, and within a size in lexicographic order of location indices (so the lower indices win ties);
// inside the chosen set each line fills in index order. Beyond that size a greedy cover (add the
// location that covers most of what is left) keeps the cost linear in locations per step. When no set
// covers the order, every location gives what it has and the rest is the shortfall. The answer is the
// same with or without split allowed: one location is always tried first.
import { fillInOrderInto, policyFromInto } from './fill.js';
import type { Allocation, OmsRoutingPolicy, RoutingRequest } from './types.js';

const defaults = {
  exhaustiveWarehousesMax: 8,
};

/** Routes from the fewest locations that cover the order. */
export function routeFewestSplits(request: RoutingRequest): Allocation {
  return fewestSplits.route(request);
}

function fewestSplitsInto(request: RoutingRequest, units: number[][]): void {
  fillInOrderInto(request, chooseLocations(request), units);
}

// The locations to fill from, in order: the first smallest cover, else all of them.
function chooseLocations(request: RoutingRequest): readonly number[] {
  const n = request.warehouses.length;
  if (n > defaults.exhaustiveWarehousesMax) return greedyCover(request);
  for (let size = 1; size <= n; size++) {
    const cover = firstCoverOfSize(request, size);
    if (cover !== null) return cover;
  }
  return Array.from({ length: n }, (_, w) => w);
}

function covers(request: RoutingRequest, set: readonly number[]): boolean {
  for (let l = 0; l < request.lines.length; l++) {
    let free = 0;
    for (const w of set) free += request.available[w]![l]!;
    if (free < request.lines[l]!.qty) return false;
  }
  return true;
}

// Walks the combinations of `size` indices out of n in lexicographic order.
function firstCoverOfSize(request: RoutingRequest, size: number): number[] | null {
  const n = request.warehouses.length;
  const set = Array.from({ length: size }, (_, i) => i);
  for (;;) {
    if (covers(request, set)) return set;
    let i = size - 1;
    while (i >= 0 && set[i] === n - size + i) i--;
    if (i < 0) return null;
    set[i]!++;
    for (let j = i + 1; j < size; j++) set[j] = set[j - 1]! + 1;
  }
}

function greedyCover(request: RoutingRequest): number[] {
  const n = request.warehouses.length;
  const left = request.lines.map((line) => line.qty);
  const chosen: number[] = [];
  const used = new Array<boolean>(n).fill(false);
  for (;;) {
    let best = -1;
    let bestGain = 0;
    for (let w = 0; w < n; w++) {
      if (used[w]) continue;
      let gain = 0;
      for (let l = 0; l < left.length; l++) gain += Math.min(left[l]!, request.available[w]![l]!);
      if (gain > bestGain) {
        best = w;
        bestGain = gain;
      }
    }
    if (best < 0) return chosen;
    used[best] = true;
    chosen.push(best);
    for (let l = 0; l < left.length; l++) left[l] = left[l]! - Math.min(left[l]!, request.available[best]![l]!);
  }
}

export const fewestSplits: OmsRoutingPolicy = policyFromInto('fewest-splits', fewestSplitsInto);
