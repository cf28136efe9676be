// Building blocks the built-in policies share: preference orders and greedy filling. Vendors may use
// them too; nothing here is required by the contract.
import type { Allocation, RoutingRequest } from './types.js';

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

/** True when location w alone has every line's full quantity free. */
export function coversAll(request: RoutingRequest, w: number): boolean {
  const free = request.available[w]!;
  for (let l = 0; l < request.lines.length; l++) if (free[l]! < request.lines[l]!.qty) return false;
  return true;
}

/** Location indices 0..n-1 sorted by ascending key, lower index first on ties. */
export function indicesByKey(n: number, key: (w: number) => number): number[] {
  // Insertion sort: location counts are small, and this runs once per order.
  const order = new Array<number>(n);
  const keys = new Array<number>(n);
  for (let w = 0; w < n; w++) {
    const k = key(w);
    let i = w;
    while (i > 0 && keys[i - 1]! > k) {
      order[i] = order[i - 1]!;
      keys[i] = keys[i - 1]!;
      i--;
    }
    order[i] = w;
    keys[i] = k;
  }
  return order;
}

/** Fills every line from the locations in `order`, taking all each has free until the line is covered. */
export function fillInOrder(request: RoutingRequest, order: readonly number[]): Allocation {
  return fillByLine(request, () => order);
}

/** Like fillInOrder, with a preference order chosen per line. */
export function fillByLine(request: RoutingRequest, orderForLine: (line: number) => readonly number[]): Allocation {
  const allocation = emptyAllocation(request);
  for (let l = 0; l < request.lines.length; l++) {
    let left = request.lines[l]!.qty;
    for (const w of orderForLine(l)) {
      if (left === 0) break;
      const take = Math.min(left, request.available[w]![l]!);
      if (take > 0) {
        allocation.units[w]![l] = take;
        left -= take;
      }
    }
  }
  return allocation;
}

/** Everything from location w (which must cover every line). */
export function wholeFrom(request: RoutingRequest, w: number): Allocation {
  const allocation = emptyAllocation(request);
  for (let l = 0; l < request.lines.length; l++) allocation.units[w]![l] = request.lines[l]!.qty;
  return allocation;
}

/**
 * Routing by one preference order of locations: without split, the first location in order that
 * covers the whole order; with split, or when no location covers it whole, greedy filling in order.
 */
export function routeByPreference(request: RoutingRequest, order: readonly number[]): Allocation {
  if (!request.allowSplit) {
    for (const w of order) if (coversAll(request, w)) return wholeFrom(request, w);
  }
  return fillInOrder(request, order);
}

/** Straight-line distance between two points. */
export function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  // Not Math.hypot: it is several times slower, and coordinates here never overflow.
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return Math.sqrt(dx * dx + dy * dy);
}
