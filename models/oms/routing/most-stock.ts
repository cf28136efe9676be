// Most stock: spreads depletion by sending work where stock is deepest.
// - split: each line takes first from the location with the most of that line free (lower index on ties);
// - no split: among locations covering the whole order, the one with the most free units over the
//   order's lines; when none covers it, per-line filling as with split.
import { coversAll, fillByLine, indicesByKey, wholeFrom } from './fill.js';
import type { Allocation, OmsRoutingPolicy, RoutingRequest } from './types.js';

/** Routes each line to the location holding the most of it. */
export function routeMostStock(request: RoutingRequest): Allocation {
  const n = request.warehouses.length;
  if (!request.allowSplit) {
    let best = -1;
    let bestUnits = -1;
    for (let w = 0; w < n; w++) {
      if (!coversAll(request, w)) continue;
      let units = 0;
      for (const free of request.available[w]!) units += free;
      if (units > bestUnits) {
        best = w;
        bestUnits = units;
      }
    }
    if (best >= 0) return wholeFrom(request, best);
  }
  return fillByLine(request, (l) => indicesByKey(n, (w) => -request.available[w]![l]!));
}

export const mostStock: OmsRoutingPolicy = { name: 'most-stock', route: routeMostStock };
