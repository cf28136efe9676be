// Reconcile: the three stock snapshots (WMS, OMS, ERP) side by side, with no simulation.
export { readSnapshot, columnKey, plainColumns, shopifyInventoryColumns, type Snapshot, type SnapshotSide } from './snapshots.js';
export { reconcile, expectedOversoldUnits, stockoutDaysAtRisk, type Reconciliation, type SkuReconciliation, type SkuRisk, type DemandRates } from './compare.js';
export { demandRates } from './demand.js';
