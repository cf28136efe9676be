// The warehouse model: the WMS agent, its parts, the bin layout and pick-path routing.
export { Warehouse, type WarehouseStats } from './warehouse.js';
export { Inventory, type WarehouseConservation } from './inventory.js';
export { slotSkus, neighbourSku, type Slotting, type SlottingInput, type SlottingMethod } from './slotting.js';
export { binGridOf, binCount, slotOf, locationOfSlot, depotDistance, type BinGrid } from './bins.js';
export { Batcher, type BatchingConfig } from './batching.js';
export { PickerCrew, type PickerCrewHooks, type PickerCrewOptions, type LaborSeconds } from './workers.js';
export { pickTask, taskLocations, taskSeconds, type Fulfillment, type PickTask } from './pick-task.js';
export { ShelfPicker, type ShelfHooks } from './picking.js';
export { Dock } from './shipping.js';
export { Outbound, type OutboundStats } from './outbound.js';
export { CycleCounter, abcClasses, type CycleCountConfig } from './cycle-count.js';
export { FaultDraws, Shrinkage } from './faults.js';
export { Receiving, type PurchaseOrder } from './receiving.js';
export { MovementReporter } from './movements.js';
export { LocalAllocation } from './local-allocation.js';
export { RecentIds } from './recent-ids.js';
export { openingStock, type OpeningStock } from './initial-stock.js';
export { runWarehouseDemo, type WarehouseDemoOptions, type WarehouseDemoResult } from './demo.js';
export { DemoOrderDesk, DemoBuyer, type DemoDemand } from './demo-agents.js';
export {
  aisleIndex,
  aisleLetters,
  assertLayout,
  formatBin,
  parseBin,
  validateLayout,
  type LayoutProblem,
  type PickLocation,
  type RoutingLayout,
} from './layout.js';
export {
  builtInPickPolicies,
  createPickPolicyRegistry,
  builtInPickPolicyRegistry,
  getPickPolicy,
  type PickPolicyLookup,
  type PickPolicyRegistry,
  type Route,
  type RoutingPolicy,
} from './routing/index.js';
