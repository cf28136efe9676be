// The order management system: ATS, reservations, routing, order lifecycle, ATS publishing.
export { Oms, type OmsOptions } from './oms.js';
export { StockBook } from './stock.js';
export { AtsPublisher } from './ats-publisher.js';
export { OrderBook, type OmsOrder, type OmsOrderState, type OpenFulfillment, type OrderCounts } from './order-book.js';
export { RecentKeys, SeqDeduper } from './dedupe.js';
export { IdMap } from './id-map.js';
export { Router } from './router.js';
export {
  builtInRoutingPolicies,
  checkAllocation,
  coversAll,
  createRoutingRegistry,
  distance,
  emptyAllocation,
  fewestSplits,
  fillByLine,
  fillInOrder,
  fillInOrderInto,
  fillLine,
  getRoutingPolicy,
  indicesByKey,
  lowestCost,
  mostStock,
  nearest,
  policyFromInto,
  ranked,
  registerRoutingPolicy,
  routeByPreference,
  routeByPreferenceInto,
  routeFewestSplits,
  routeLowestCost,
  routeMostStock,
  routeNearest,
  routeRanked,
  routingPolicyNames,
  sized,
  sortIndicesByKeys,
  wholeFrom,
  wholeFromInto,
  type Allocation,
  type OmsRoutingPolicy,
  type Position,
  type RoutingLine,
  type RoutingRegistry,
  type RoutingRequest,
  type RoutingWarehouse,
} from './routing/index.js';
