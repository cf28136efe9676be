// Ranked locations: a fixed preference list (rank 1 first, lower index on equal ranks).
import { indicesByKey, routeByPreference } from './fill.js';
import type { Allocation, OmsRoutingPolicy, RoutingRequest } from './types.js';

/** Routes to locations in ascending rank. */
export function routeRanked(request: RoutingRequest): Allocation {
  const order = indicesByKey(request.warehouses.length, (w) => request.warehouses[w]!.rank);
  return routeByPreference(request, order);
}

export const ranked: OmsRoutingPolicy = { name: 'ranked', route: routeRanked };
