// Most stock: spreads depletion by sending work where stock is deepest.
// - split: each line takes first from the location with the most of that line free (lower index on ties);
// - no split: among locations covering the whole order, the one with the most free units over the
//   order's lines; when none covers it, per-line filling as with split.
import { sized, coversAll, fillLine, policyFromInto, sortIndicesByKeys, wholeFromInto } from './fill.js';
import type { Allocation, OmsRoutingPolicy, RoutingRequest } from './types.js';

/** Routes each line to the location holding the most of it. */
export function routeMostStock(request: RoutingRequest): Allocation {
  return mostStock.route(request);
}

function createMostStock(): OmsRoutingPolicy {
  // Working memory of one call (the policy is never re-entered).
  const keys: number[] = [];
  const order: number[] = [];
  return policyFromInto('most-stock', (request, units) => {
    const n = request.warehouses.length;
    if (!request.allowSplit) {
      let best = -1;
      let bestUnits = -1;
      for (let w = 0; w < n; w++) {
        if (!coversAll(request, w)) continue;
        let total = 0;
        for (const free of request.available[w]!) total += free;
        if (total > bestUnits) {
          best = w;
          bestUnits = total;
        }
      }
      if (best >= 0) {
        wholeFromInto(request, best, units);
        return;
      }
    }
    for (let l = 0; l < request.lines.length; l++) {
      for (let w = 0; w < n; w++) keys[w] = -request.available[w]![l]!;
      fillLine(request, l, sortIndicesByKeys(n, keys, sized(order, n)), units);
    }
  });
}

export const mostStock: OmsRoutingPolicy = createMostStock();
