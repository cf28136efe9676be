// Lowest cost: with a per-unit shipping cost per location the cost is separable by unit, so taking
// every unit from the cheapest location that has it is optimal (lower index on equal costs).
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
    for (let w = 0; w < n; w++) keys[w] = request.warehouses[w]!.costCentsPerUnit;
    routeByPreferenceInto(request, sortIndicesByKeys(n, keys, sized(order, n)), units);
  });
}

export const lowestCost: OmsRoutingPolicy = createLowestCost();
