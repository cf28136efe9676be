// Defaults in one place: the scenario schema, the built-in scenarios and the tests all start here.
import type { ChannelConfig, ErpConfig, FaultConfig, OmsConfig, ScenarioConfig, WarehouseConfig } from './config.js';

const flatHours = Array.from({ length: 24 }, () => 1);

/** A warehouse with a mid-size layout, 10 round-the-clock pickers and daily pickups at 17:00. */
export function defaultWarehouse(name: string, overrides: Partial<WarehouseConfig> = {}): WarehouseConfig {
  return {
    name,
    layout: { aisles: 20, baysPerAisle: 30, levels: 4, aisleLength: 45, aisleSpacing: 3, depot: { aisle: 0 } },
    slotting: 'popularity',
    workers: { count: 10, walkingSpeedMetersPerSecond: 1.2, pickSecondsPerLine: 12, packSecondsPerOrder: 60, shiftStartHour: 0, shiftEndHour: 24 },
    batching: { mode: 'single', batchSize: 8, waveIntervalSeconds: 1800 },
    routingPolicy: 'largest-gap',
    shipping: { pickupHours: [17] },
    cycleCount: { binsPerDay: 0, method: 'random' },
    position: { x: 0, y: 0 },
    rank: 1,
    shippingCostCentsPerUnit: 500,
    initialStock: { unitsPerSku: 100, daysOfCover: 0, items: [] as WarehouseConfig["initialStock"]["items"] },
    ...overrides,
  };
}

/** A channel selling `ordersPerDay` with a retail daily shape, synced every 5 minutes. */
export function defaultChannel(name: string, overrides: Partial<ChannelConfig> = {}): ChannelConfig {
  return {
    name,
    demand: { ordersPerDay: 200, hourShape: flatHours, dayShape: [1, 1, 1, 1, 1, 1, 1], extraLinesMean: 0.4, extraLinesDispersion: 2, extraUnitsMean: 0.15 },
    priceFactor: 1,
    syncIntervalSeconds: 300,
    bufferShare: 0,
    noOmsAllocation: 'full-pool',
    splitShare: 1,
    noOmsWarehouse: '',
    position: { x: 0, y: 0 },
    sellerHealth: { ...defaultSellerHealth },
    ...overrides,
  };
}

/** Amazon's published seller-health targets: cancellations < 2.5% over 7 days, late shipments < 4%, order defects < 1%. */
export const defaultSellerHealth = { windowDays: 7, cancellationRateMax: 0.025, lateShipmentRateMax: 0.04, defectRateMax: 0.01 } as const;

export const defaultOms: OmsConfig = {
  routingPolicy: 'nearest',
  allowSplit: true,
  safetyStockUnits: 0,
  oversellAction: 'cancel',
  fullSyncIntervalSeconds: 86_400,
};

export const defaultErp: ErpConfig = {
  valuation: 'fifo',
  purchasing: {
    policy: 'reorder-point',
    reorderPointDays: 7,
    orderUpToDays: 21,
    reviewIntervalSeconds: 86_400,
    leadTimeDaysMean: 5,
    leadTimeDaysSd: 1,
    invoiceDelayDays: 3,
    supplierPriceVariationPct: 0,
    receivingWarehouse: '',
  },
  ownCount: {
    importIntervalSeconds: 86_400,
    importDelaySeconds: 3_600,
    importDropProbability: 0.05,
    entryErrorProbability: 0.02,
    entryErrorUnitsMax: 3,
    reconciliationIntervalDays: 0,
  },
  initialCountOverrides: [],
};

export const noFaults: FaultConfig = {
  misPickProbability: 0,
  shrinkUnitsPerDayPerWarehouse: 0,
  damageProbabilityPerPick: 0,
  misScanProbabilityPerReceipt: 0,
  workerAbsenceProbability: 0,
};

/** A complete small scenario: one warehouse 'east', one channel 'amazon', 50 SKUs, 7 days, clean ownership. */
export function defaultScenarioConfig(overrides: Partial<ScenarioConfig> = {}): ScenarioConfig {
  return {
    name: 'default',
    description: '',
    seed: 1,
    horizonDays: 7,
    ownership: { oms: true, erpOwnCount: false },
    catalog: { generate: { count: 50, costCentsMin: 500, costCentsMax: 5000, marginPct: 60, codePrefix: 'SKU-' }, zipfAlpha: 1 },
    warehouses: [defaultWarehouse('east')],
    channels: [defaultChannel('amazon')],
    oms: { ...defaultOms },
    erp: structuredClone(defaultErp),
    faults: { ...noFaults },
    links: [],
    scripted: { orders: [], returns: [] },
    sampleIntervalSeconds: 86_400,
    ...overrides,
  };
}
