// OMS routing: which locations ship which units of an order. Five built-ins and a registry.
export type { Allocation, OmsRoutingPolicy, Position, RoutingLine, RoutingRequest, RoutingWarehouse } from './types.js';
export {
  coversAll,
  distance,
  emptyAllocation,
  fillByLine,
  fillInOrder,
  fillInOrderInto,
  fillLine,
  indicesByKey,
  policyFromInto,
  routeByPreference,
  routeByPreferenceInto,
  sized,
  sortIndicesByKeys,
  wholeFrom,
  wholeFromInto,
} from './fill.js';
export { nearest, routeNearest } from './nearest.js';
export { mostStock, routeMostStock } from './most-stock.js';
export { ranked, routeRanked } from './ranked.js';
export { fewestSplits, routeFewestSplits } from './fewest-splits.js';
export { lowestCost, routeLowestCost } from './lowest-cost.js';
export { checkAllocation } from './check.js';
export {
  builtInOmsRoutingPolicies,
  builtInOmsRoutingRegistry,
  createOmsRoutingRegistry,
  getOmsRoutingPolicy,
  type OmsRoutingLookup,
  type OmsRoutingRegistry,
} from './registry.js';
