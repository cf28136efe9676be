// Building blocks the built-in policies share: preference orders and greedy filling. Vendors may use
// them too; nothing here is required by the contract. The `...Into` forms write into a caller's
// zeroed units matrix (see OmsRoutingPolicy.routeInto) instead of allocating one.
import type { Allocation, OmsRoutingPolicy, RoutingRequest } from './types.js';

/** An allocation of zero units everywhere, sized for the request. */
export function emptyAllocation(request: RoutingRequest): Allocation {
  const lineCount = request.lines.length;
  const units: number[][] = [];
  for (let w = 0; w < request.warehouses.length; w++) {
    const row: number[] = [];
    for (let l = 0; l < lineCount; l++) row.push(0);
    units.push(row);
  }
  return { units };
}

/** A policy from its `routeInto` form: `route` allocates a zeroed matrix and fills it. */
export function policyFromInto(name: string, routeInto: (request: RoutingRequest, units: number[][]) => void): OmsRoutingPolicy {
  return {
    name,
    route(request: RoutingRequest): Allocation {
      const allocation = emptyAllocation(request);
      routeInto(request, allocation.units);
      return allocation;
    },
    routeInto,
  };
}

/** True when location w alone has every line's full quantity free. */
export function coversAll(request: RoutingRequest, w: number): boolean {
  const free = request.available[w]!;
  for (let l = 0; l < request.lines.length; l++) if (free[l]! < request.lines[l]!.qty) return false;
  return true;
}

/** Location indices 0..n-1 sorted by ascending key, lower index first on ties. */
export function indicesByKey(n: number, key: (w: number) => number): number[] {
  const keys = new Array<number>(n);
  for (let w = 0; w < n; w++) keys[w] = key(w);
  return sortIndicesByKeys(n, keys, new Array<number>(n));
}

/**
 * Writes 0..n-1 into `order` sorted by ascending keys[w], lower index first on ties, and returns it;
 * `keys` is left as it was.
 */
export function sortIndicesByKeys(n: number, keys: readonly number[], order: number[]): number[] {
  // Insertion sort: location counts are small, and this runs once per order.
  for (let w = 0; w < n; w++) {
    const k = keys[w]!;
    let i = w;
    while (i > 0 && keys[order[i - 1]!]! > k) {
      order[i] = order[i - 1]!;
      i--;
    }
    order[i] = w;
  }
  return order;
}

/** Makes `array` exactly n long (new entries 0) without reallocating it, and returns it. */
export function sized(array: number[], n: number): number[] {
  while (array.length > n) array.pop();
  while (array.length < n) array.push(0);
  return array;
}

/** Fills every line from the locations in `order`, taking all each has free until the line is covered. */
export function fillInOrder(request: RoutingRequest, order: readonly number[]): Allocation {
  const allocation = emptyAllocation(request);
  fillInOrderInto(request, order, allocation.units);
  return allocation;
}

/** `fillInOrder` into a zeroed units matrix. */
export function fillInOrderInto(request: RoutingRequest, order: readonly number[], units: number[][]): void {
  for (let l = 0; l < request.lines.length; l++) fillLine(request, l, order, units);
}

/** Like fillInOrder, with a preference order chosen per line. */
export function fillByLine(request: RoutingRequest, orderForLine: (line: number) => readonly number[]): Allocation {
  const allocation = emptyAllocation(request);
  for (let l = 0; l < request.lines.length; l++) fillLine(request, l, orderForLine(l), allocation.units);
  return allocation;
}

/** Fills line l from the locations in `order` into a zeroed units matrix. */
export function fillLine(request: RoutingRequest, l: number, order: readonly number[], units: number[][]): void {
  let left = request.lines[l]!.qty;
  for (let i = 0; i < order.length; i++) {
    if (left === 0) break;
    const w = order[i]!;
    const free = request.available[w]![l]!;
    const take = left < free ? left : free;
    if (take > 0) {
      units[w]![l] = take;
      left -= take;
    }
  }
}

/** Everything from location w (which must cover every line). */
export function wholeFrom(request: RoutingRequest, w: number): Allocation {
  const allocation = emptyAllocation(request);
  wholeFromInto(request, w, allocation.units);
  return allocation;
}

/** `wholeFrom` into a zeroed units matrix. */
export function wholeFromInto(request: RoutingRequest, w: number, units: number[][]): void {
  for (let l = 0; l < request.lines.length; l++) units[w]![l] = request.lines[l]!.qty;
}

/**
 * Routing by one preference order of locations: without split, the first location in order that
 * covers the whole order; with split, or when no location covers it whole, greedy filling in order.
 */
export function routeByPreference(request: RoutingRequest, order: readonly number[]): Allocation {
  const allocation = emptyAllocation(request);
  routeByPreferenceInto(request, order, allocation.units);
  return allocation;
}

/** `routeByPreference` into a zeroed units matrix. */
export function routeByPreferenceInto(request: RoutingRequest, order: readonly number[], units: number[][]): void {
  if (!request.allowSplit) {
    for (let i = 0; i < order.length; i++) {
      if (coversAll(request, order[i]!)) {
        wholeFromInto(request, order[i]!, units);
        return;
      }
    }
  }
  fillInOrderInto(request, order, units);
}

/** Straight-line distance between two points. */
export function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  // Not Math.hypot: it is several times slower, and coordinates here never overflow.
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return Math.sqrt(dx * dx + dy * dy);
}
