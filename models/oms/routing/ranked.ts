// Ranked locations: a fixed preference list (rank 1 first, lower index on equal ranks).
import { sized, policyFromInto, routeByPreferenceInto, sortIndicesByKeys } from './fill.js';
import type { Allocation, OmsRoutingPolicy, RoutingRequest } from './types.js';

/** Routes to locations in ascending rank. */
export function routeRanked(request: RoutingRequest): Allocation {
  return ranked.route(request);
}

function createRanked(): OmsRoutingPolicy {
  // Working memory of one call (the policy is never re-entered).
  const keys: number[] = [];
  const order: number[] = [];
  return policyFromInto('ranked', (request, units) => {
    const n = request.warehouses.length;
    for (let w = 0; w < n; w++) keys[w] = request.warehouses[w]!.rank;
    routeByPreferenceInto(request, sortIndicesByKeys(n, keys, sized(order, n)), units);
  });
}

export const ranked: OmsRoutingPolicy = createRanked();
