// The order management system: ATS, reservations, routing, order lifecycle, ATS publishing.
export { Oms, type OmsOptions } from './oms.js';
export { StockBook } from './stock.js';
export { AtsPublisher } from './ats-publisher.js';
export { OrderBook, type OmsOrder, type OmsOrderState, type OpenFulfillment, type OrderCounts } from './order-book.js';
export { RecentKeys, SeqDeduper } from './dedupe.js';
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
  getRoutingPolicy,
  indicesByKey,
  lowestCost,
  mostStock,
  nearest,
  ranked,
  registerRoutingPolicy,
  routeByPreference,
  routeFewestSplits,
  routeLowestCost,
  routeMostStock,
  routeNearest,
  routeRanked,
  routingPolicyNames,
  wholeFrom,
  type Allocation,
  type OmsRoutingPolicy,
  type Position,
  type RoutingLine,
  type RoutingRegistry,
  type RoutingRequest,
  type RoutingWarehouse,
} from './routing/index.js';
