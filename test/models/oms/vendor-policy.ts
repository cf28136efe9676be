// A vendor's routing policy in its own file: the OMS is not touched. "Farthest first" is deliberately
// odd so a test can tell it from every built-in.
import { distance, indicesByKey, routeByPreference, type OmsRoutingPolicy } from '../../../models/oms/index.js';

export const farthestFirst: OmsRoutingPolicy = {
  name: 'vendor-farthest-first',
  route: (request) => routeByPreference(request, indicesByKey(request.warehouses.length, (w) => -distance(request.warehouses[w]!.position, request.destination))),
};
