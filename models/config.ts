// The model-level description of one fulfillment operation: what a validated scenario file becomes.
// Every agent reads its own part. Units are in the names; money is integer cents.
import type { OutageWindow } from '../sim/index.js';
import type { EconomicsConfig, ZoneConfig } from './economics/settings.js';
import type { AdministrationConfig } from './administration.js';
import type { SellerHealthConfig } from './channels/seller-health.js';

/** Who owns which number (docs/ARCHITECTURE.md "The life of one order"); modes combine. */
export interface OwnershipConfig {
  /** false = `no-oms`: channels allocate their own stock and send orders straight to a warehouse. */
  oms: boolean;
  /** true = `erp-own-count`: the ERP keeps its own count from batch imports instead of every WMS movement. */
  erpOwnCount: boolean;
}

export interface SkuItemConfig {
  code: string;
  costCents: number;
  priceCents: number;
  /** Relative demand weight; when absent, Zipf by list position. */
  popularity?: number;
}

/** An explicit SKU list, or a generated catalogue of `count` SKUs. */
export interface CatalogConfig {
  items?: SkuItemConfig[];
  generate?: { count: number; costCentsMin: number; costCentsMax: number; marginPct: number; codePrefix: string };
  /** Zipf exponent of popularity by rank (used when items carry no popularity). */
  zipfAlpha: number;
}

export interface LayoutConfig {
  aisles: number;
  baysPerAisle: number;
  levels: number;
  aisleLength: number;
  aisleSpacing: number;
  depot: { aisle: number };
  /** Cross aisles counting front and back (2: one block); absent means 2. */
  crossAisles?: number;
}

export interface WorkerConfig {
  count: number;
  walkingSpeedMetersPerSecond: number;
  pickSecondsPerLine: number;
  packSecondsPerOrder: number;
  /** Shift hours of each day [start, end); 0 and 24 = round the clock. */
  shiftStartHour: number;
  shiftEndHour: number;
}

export interface WarehouseConfig {
  name: string;
  layout: LayoutConfig;
  slotting: 'random' | 'popularity';
  workers: WorkerConfig;
  batching: { mode: 'single' | 'batch' | 'wave'; batchSize: number; waveIntervalSeconds: number };
  routingPolicy: string;
  /** Carrier pickups: parcels packed by a pickup hour leave then. */
  shipping: { pickupHours: number[] };
  cycleCount: { binsPerDay: number; method: 'random' | 'abc' };
  /** Position for `nearest` routing (km on a plane), rank for `ranked`, cost for `lowest-cost`. */
  position: { x: number; y: number };
  rank: number;
  shippingCostCentsPerUnit: number;
  /** Zone table rows (regions not listed use parcelCostCents, shippingCostCentsPerUnit, transitDays). */
  zones?: ZoneConfig[];
  /** Cost of a parcel to an unlisted region, integer cents (default 400). */
  parcelCostCents?: number;
  /** Transit days to an unlisted region (default 3). */
  transitDays?: number;
  /** Picker wage per paid hour, integer cents (default 2000). */
  wageCentsPerHour?: number;
  initialStock: {
    /** Units per SKU when not listed in `items`. */
    unitsPerSku: number;
    /** When > 0, unlisted SKUs get at least this many days of their expected demand, shared evenly among warehouses. */
    daysOfCover?: number;
    items: { sku: string; units: number; bin?: string; recordUnits?: number }[];
  };
}

export interface DemandConfig {
  ordersPerDay: number;
  /** 24 relative weights (hour of day) and 7 (Monday..Sunday); flat when absent. */
  hourShape?: number[];
  dayShape?: number[];
  /** 168 relative weights, hour of week from Monday 00:00; replaces hourShape x dayShape when given. */
  weekShape?: number[];
  /** Lines per order: 1 + NegativeBinomial with this mean of extra lines and dispersion r. */
  extraLinesMean: number;
  extraLinesDispersion: number;
  /** Units per line: 1 + Poisson(extraUnitsMean). */
  extraUnitsMean: number;
}

export interface ChannelConfig {
  name: string;
  demand: DemandConfig;
  /** Multiplies the catalogue price. */
  priceFactor: number;
  /** How often the channel's view is refreshed (from the OMS, or in no-oms from the warehouse). */
  syncIntervalSeconds: number;
  /** Share of ATS withheld from this channel (0..1). */
  bufferShare: number;
  /** In no-oms: 'full-pool' (sees all stock) or 'split' (a static share). */
  noOmsAllocation: 'full-pool' | 'split';
  splitShare: number;
  /** Warehouse a no-oms channel sends its orders to. */
  noOmsWarehouse: string;
  position: { x: number; y: number };
  /** Where this channel's customers live (shares by region name); uniform over regions when empty. */
  regionMix?: { region: string; share: number }[];
  /** Days from order to delivery the channel promises (default 5): onTimeDeliveryRate. */
  deliveryPromiseDays?: number;
  /** The marketplace's seller-health thresholds for this channel (models/channels/seller-health.ts). */
  sellerHealth: SellerHealthConfig;
  /** Starting views that replace the computed ones for their SKUs (a twin starting from a real OMS snapshot). */
  initialView?: { sku: string; units: number }[];
  /** What customers do after buying a generated order (a forecast calibrated on a history); absent: nothing. */
  afterSale?: AfterSaleRates;
}

/** Shares of a channel's generated orders its customers cancel or send back. */
export interface AfterSaleRates {
  /** Share of orders the customer cancels, an exponential time with this mean after placing it. */
  cancelShare: number;
  cancelAfterSecondsMean: number;
  /** Share of orders sent back, reaching the warehouse this long after delivery. */
  returnShare: number;
  returnAfterSeconds: number;
}

export interface OmsConfig {
  routingPolicy: string;
  allowSplit: boolean;
  safetyStockUnits: number;
  /** What happens to an order no location can cover. */
  oversellAction: 'cancel' | 'backorder';
  /** A full ATS snapshot to every channel at this interval (deltas in between). */
  fullSyncIntervalSeconds: number;
}

export interface PurchasingConfig {
  policy: 'none' | 'reorder-point' | 's-S';
  /** Reorder when position <= reorderPointUnits (per SKU), or this many days of mean demand when units absent. */
  reorderPointUnits?: number;
  reorderPointDays: number;
  /** Order quantity (reorder-point) or order-up-to level (s-S), in days of demand or units. */
  orderQuantityUnits?: number;
  orderUpToDays: number;
  reviewIntervalSeconds: number;
  leadTimeDaysMean: number;
  leadTimeDaysSd: number;
  invoiceDelayDays: number;
  /** Actual price = cost x (1 + uniform(-pct, +pct)). */
  supplierPriceVariationPct: number;
  receivingWarehouse: string;
}

export interface OwnCountConfig {
  importIntervalSeconds: number;
  importDelaySeconds: number;
  importDropProbability: number;
  entryErrorProbability: number;
  entryErrorUnitsMax: number;
  /** 0 = never reconcile. */
  reconciliationIntervalDays: number;
}

export interface ErpConfig {
  valuation: 'fifo' | 'moving-average' | 'standard';
  purchasing: PurchasingConfig;
  ownCount: OwnCountConfig;
  /** The ERP's opening count where it differs from the WMS record (the seed drift example). */
  initialCountOverrides: { sku: string; units: number }[];
}

export interface FaultConfig {
  misPickProbability: number;
  shrinkUnitsPerDayPerWarehouse: number;
  damageProbabilityPerPick: number;
  misScanProbabilityPerReceipt: number;
  workerAbsenceProbability: number;
}

/** A directed link between agents ('channel:amazon', 'oms', 'wms:east', 'erp'); '*' matches any suffix. */
export interface LinkConfig {
  from: string;
  to: string;
  latencySeconds: number;
  jitterSeconds: number;
  lossProbability: number;
  duplicateProbability: number;
  reorder: boolean;
  outages: OutageWindow[];
}

export interface ScriptedOrder {
  atSeconds: number;
  channel: string;
  lines: { sku: string; qty: number }[];
  /** Region name of the customer (the channel's first region when absent). */
  region?: string;
  /** The customer asks to cancel at this time (>= atSeconds); the OMS stops the order if picking has not started. */
  cancelAtSeconds?: number;
  /** The customer sends the order back: its parcels reach the warehouse this long after delivery. */
  returnAfterSeconds?: number;
}

/** A customer return not tied to a replayed order (a credit note, a negative line): its parcel arrives at atSeconds. */
export interface ScriptedReturn {
  atSeconds: number;
  channel: string;
  /** The warehouse it goes back to (the first one when absent). */
  warehouse?: string;
  lines: { sku: string; qty: number }[];
}

export interface ScenarioConfig {
  name: string;
  description: string;
  seed: number;
  horizonDays: number;
  ownership: OwnershipConfig;
  catalog: CatalogConfig;
  warehouses: WarehouseConfig[];
  channels: ChannelConfig[];
  oms: OmsConfig;
  erp: ErpConfig;
  faults: FaultConfig;
  links: LinkConfig[];
  scripted: { orders: ScriptedOrder[]; returns: ScriptedReturn[] };
  /** Metric sampling (daily close by default). */
  sampleIntervalSeconds: number;
  /** Regions and cost parameters; defaults in models/economics/settings.ts. */
  economics?: EconomicsConfig;
  /** The OMS's price and the cost of manual reconciliation (defaults: models/administration.ts). */
  administration?: AdministrationConfig;
}

export const SECONDS_PER_DAY = 86_400;
export const SECONDS_PER_HOUR = 3_600;
