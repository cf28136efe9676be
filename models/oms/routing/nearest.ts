// Nearest location: locations ranked by straight-line distance to the destination (lower index on
// ties); each line takes from the nearest location with stock, then the next.
import { sized, distance, policyFromInto, routeByPreferenceInto, sortIndicesByKeys } from './fill.js';
import type { Allocation, OmsRoutingPolicy, RoutingRequest } from './types.js';

/** Routes to the locations nearest the destination first. */
export function routeNearest(request: RoutingRequest): Allocation {
  return nearest.route(request);
}

function createNearest(): OmsRoutingPolicy {
  // Working memory of one call (the policy is never re-entered).
  const keys: number[] = [];
  const order: number[] = [];
  return policyFromInto('nearest', (request, units) => {
    const n = request.warehouses.length;
    for (let w = 0; w < n; w++) keys[w] = distance(request.warehouses[w]!.position, request.destination);
    routeByPreferenceInto(request, sortIndicesByKeys(n, keys, sized(order, n)), units);
  });
}

export const nearest: OmsRoutingPolicy = createNearest();
