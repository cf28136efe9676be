// The order management system: ATS, reservations, routing, order lifecycle, ATS publishing.
export { Oms, type OmsOptions } from './oms.js';
export { OmsStockBook } from './stock.js';
export { AtsPublisher } from './ats-publisher.js';
export { OrderBook, type OmsOrder, type OmsOrderState, type OpenFulfillment, type OrderCounts } from './order-book.js';
export { RecentKeys, SeqDeduper } from './dedupe.js';
export { IdMap } from './id-map.js';
export { Router } from './router.js';
export {
  builtInOmsRoutingPolicies,
  checkAllocation,
  coversAll,
  builtInOmsRoutingRegistry,
  createOmsRoutingRegistry,
  distance,
  emptyAllocation,
  fewestSplits,
  fillByLine,
  fillInOrder,
  fillInOrderInto,
  fillLine,
  getOmsRoutingPolicy,
  indicesByKey,
  lowestCost,
  mostStock,
  nearest,
  policyFromInto,
  ranked,
  routeByPreference,
  routeByPreferenceInto,
  routeFewestSplits,
  routeLowestCost,
  routeMostStock,
  routeNearest,
  routeRanked,
  sized,
  sortIndicesByKeys,
  wholeFrom,
  wholeFromInto,
  type Allocation,
  type OmsRoutingPolicy,
  type Position,
  type RoutingLine,
  type OmsRoutingLookup,
  type OmsRoutingRegistry,
  type RoutingRequest,
  type RoutingWarehouse,
} from './routing/index.js';
