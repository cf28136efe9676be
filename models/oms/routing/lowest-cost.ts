// Lowest cost: with a per-unit shipping cost per location the cost is separable by unit, so taking
// every unit from the cheapest location that has it is optimal (lower index on equal costs).
import { indicesByKey, routeByPreference } from './fill.js';
import type { Allocation, OmsRoutingPolicy, RoutingRequest } from './types.js';

/** Routes to the cheapest locations per unit first. */
export function routeLowestCost(request: RoutingRequest): Allocation {
  const order = indicesByKey(request.warehouses.length, (w) => request.warehouses[w]!.costCentsPerUnit);
  return routeByPreference(request, order);
}

export const lowestCost: OmsRoutingPolicy = { name: 'lowest-cost', route: routeLowestCost };
