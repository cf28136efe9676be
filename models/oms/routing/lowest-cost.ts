// Lowest cost: locations ranked by what shipping the whole order from each would cost (its parcel
// cost plus its per-unit cost x the order's units, from the zone table of the order's region; lower
// index on equal costs); each line takes from the cheapest location with stock, then the next.
// With no parcel costs the cost is separable by unit and this is optimal.
import { sized, policyFromInto, routeByPreferenceInto, sortIndicesByKeys } from './fill.js';
import type { Allocation, OmsRoutingPolicy, RoutingRequest } from './types.js';

/** Routes to the cheapest locations per unit first. */
export function routeLowestCost(request: RoutingRequest): Allocation {
  return lowestCost.route(request);
}

function createLowestCost(): OmsRoutingPolicy {
  // Working memory of one call (the policy is never re-entered).
  const keys: number[] = [];
  const order: number[] = [];
  return policyFromInto('lowest-cost', (request, units) => {
    const n = request.warehouses.length;
    let orderUnits = 0;
    for (let l = 0; l < request.lines.length; l++) orderUnits += request.lines[l]!.qty;
    for (let w = 0; w < n; w++) {
      const location = request.warehouses[w]!;
      keys[w] = (location.costCentsPerParcel ?? 0) + location.costCentsPerUnit * orderUnits;
    }
    routeByPreferenceInto(request, sortIndicesByKeys(n, keys, sized(order, n)), units);
  });
}

export const lowestCost: OmsRoutingPolicy = createLowestCost();
