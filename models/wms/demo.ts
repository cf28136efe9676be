// `baton demo warehouse`: one warehouse on its own, driven by a stand-in order desk and buyer
// (demo-agents.ts), with faults and cycle counts on. Returns pick travel per line, labour
// productivity and record accuracy as plain numbers.
import { LATE } from '../../sim/index.js';
import { SECONDS_PER_DAY, type FaultConfig, type WarehouseConfig } from '../config.js';
import { createAgentContext } from '../context.js';
import { defaultScenarioConfig, defaultWarehouse } from '../defaults.js';
import { addresses } from '../messages.js';
import { DemoBuyer, DemoOrderDesk, type DemoDemand } from './demo-agents.js';
import type { WarehouseConservation } from './inventory.js';
import { Warehouse } from './warehouse.js';

const defaults = {
  seed: 1,
  days: 7,
  skus: 200,
  demand: { ordersPerDay: 1_000, extraLinesMean: 0.6, extraLinesDispersion: 2, extraUnitsMean: 0.2 } satisfies DemoDemand,
  warehouse: {
    layout: { aisles: 12, baysPerAisle: 20, levels: 4, aisleLength: 30, aisleSpacing: 3, depot: { aisle: 0 } },
    workers: { count: 4, walkingSpeedMetersPerSecond: 1.2, pickSecondsPerLine: 12, packSecondsPerOrder: 60, shiftStartHour: 6, shiftEndHour: 22 },
    batching: { mode: 'batch', batchSize: 6, waveIntervalSeconds: 1_800 },
    shipping: { pickupHours: [12, 18] },
    cycleCount: { binsPerDay: 20, method: 'abc' },
    initialStock: { unitsPerSku: 60, items: [] },
  } satisfies Partial<WarehouseConfig>,
  faults: { misPickProbability: 0.005, shrinkUnitsPerDayPerWarehouse: 4, damageProbabilityPerPick: 0.002, misScanProbabilityPerReceipt: 0.05, workerAbsenceProbability: 0.05 } satisfies FaultConfig,
  purchasing: { reorderPointDays: 3, orderUpToDays: 10, leadTimeSeconds: 2 * SECONDS_PER_DAY },
};

export interface WarehouseDemoOptions {
  seed?: number;
  days?: number;
  skus?: number;
  demand?: Partial<DemoDemand>;
  /** Overrides of the demo warehouse (name 'demo'). */
  warehouse?: Partial<WarehouseConfig>;
  faults?: Partial<FaultConfig>;
}

export interface WarehouseDemoResult {
  seed: number;
  days: number;
  ordersPlaced: number;
  ordersShipped: number;
  linesPicked: number;
  unitsShipped: number;
  /** Lines the desk could not place because its record showed too little stock. */
  linesUnavailable: number;
  pickTasks: number;
  /** Metres walked per order line picked. */
  pickTravelPerLine: number;
  linesPerLaborHour: number;
  workerUtilization: number;
  /** Share of (bin, SKU) pairs whose record equals the shelf at the end. */
  recordAccuracy: number;
  /** Mean of the daily record-accuracy samples. */
  recordAccuracyMean: number;
  shortPicks: number;
  shortUnits: number;
  misPicks: number;
  damagedUnits: number;
  shrinkUnits: number;
  cycleCounts: number;
  cycleCountCorrections: number;
  purchaseOrders: number;
  unitsReceived: number;
  onTimeShipRate: number;
  openFulfillments: number;
  conservation: WarehouseConservation;
}

/** Runs the single-warehouse demo and returns its statistics (deterministic for a seed). */
export function runWarehouseDemo(options: WarehouseDemoOptions = {}): WarehouseDemoResult {
  const seed = options.seed ?? defaults.seed;
  const days = options.days ?? defaults.days;
  if (!(days > 0 && days <= 3_650)) throw new RangeError(`demo: days must be in (0, 3650], got ${days}`);
  const demand: DemoDemand = { ...defaults.demand, ...options.demand };
  const warehouseConfig = defaultWarehouse('demo', { ...defaults.warehouse, ...options.warehouse });
  const config = defaultScenarioConfig({
    name: 'demo-warehouse',
    seed,
    horizonDays: days,
    catalog: { generate: { count: options.skus ?? defaults.skus, costCentsMin: 500, costCentsMax: 5_000, marginPct: 60, codePrefix: 'SKU-' }, zipfAlpha: 1 },
    warehouses: [warehouseConfig],
    faults: { ...defaults.faults, ...options.faults },
  });
  const ctx = createAgentContext(config);
  const sim = ctx.sim;

  const warehouse = new Warehouse(ctx, warehouseConfig, 0);
  const desk = new DemoOrderDesk(ctx, demand, warehouse.name, warehouse.recordSnapshot());
  const unitsPerOrder = (1 + demand.extraLinesMean) * (1 + demand.extraUnitsMean);
  const unitsPerDay = Float64Array.from(ctx.catalog.popularity, (p) => p * demand.ordersPerDay * unitsPerOrder);
  const buyer = new DemoBuyer(ctx, desk, warehouse.name, unitsPerDay, defaults.purchasing);
  ctx.bus.register(addresses.oms, (m) => desk.onMessage(m));
  ctx.bus.register(addresses.erp, (m) => buyer.onMessage(m));

  warehouse.start();
  desk.start();
  buyer.start();
  const sampleDaily = () => {
    ctx.metrics.recordAccuracy.add(warehouse.recordAccuracy());
    sim.schedule(SECONDS_PER_DAY, sampleDaily, LATE);
  };
  sim.schedule(SECONDS_PER_DAY, sampleDaily, LATE);
  sim.run({ until: days * SECONDS_PER_DAY });
  const labor = warehouse.labor();
  ctx.metrics.laborSecondsBusy = labor.busySeconds;
  ctx.metrics.laborSecondsAvailable = labor.availableSeconds;

  const m = ctx.metrics.snapshot();
  const stats = warehouse.stats;
  return {
    seed,
    days,
    ordersPlaced: desk.ordersPlaced,
    ordersShipped: stats.ordersShipped,
    linesPicked: ctx.metrics.linesPicked,
    unitsShipped: stats.unitsShipped,
    linesUnavailable: desk.linesUnavailable,
    pickTasks: stats.pickTasks,
    pickTravelPerLine: m.pickTravelPerLine!,
    linesPerLaborHour: m.linesPerLaborHour!,
    workerUtilization: m.workerUtilization!,
    recordAccuracy: warehouse.recordAccuracy(),
    recordAccuracyMean: m.recordAccuracy!,
    shortPicks: m.shortPicks!,
    shortUnits: m.shortUnits!,
    misPicks: m.misPicks!,
    damagedUnits: m.damagedUnits!,
    shrinkUnits: m.shrinkUnits!,
    cycleCounts: stats.cycleCounts,
    cycleCountCorrections: stats.cycleCountCorrections,
    purchaseOrders: buyer.purchaseOrders,
    unitsReceived: m.unitsReceived!,
    onTimeShipRate: stats.ordersShipped > 0 ? stats.ordersOnTime / stats.ordersShipped : 0,
    openFulfillments: warehouse.openFulfillments(),
    conservation: warehouse.conservation(),
  };
}
