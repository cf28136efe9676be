// Nearest location: locations ranked by straight-line distance to the destination (lower index on
// ties); each line takes from the nearest location with stock, then the next.
import { distance, indicesByKey, routeByPreference } from './fill.js';
import type { Allocation, OmsRoutingPolicy, RoutingRequest } from './types.js';

/** Routes to the locations nearest the destination first. */
export function routeNearest(request: RoutingRequest): Allocation {
  const order = indicesByKey(request.warehouses.length, (w) => distance(request.warehouses[w]!.position, request.destination));
  return routeByPreference(request, order);
}

export const nearest: OmsRoutingPolicy = { name: 'nearest', route: routeNearest };
