// What the charts, the HTML report and the web twin draw from one run: time series of the five
// numbers per SKU, cycle-time histogram, worker utilisation, and each warehouse's floor with pick
// paths per routing policy. Collected at fixed steps, so its size follows the horizon, not the orders.

export interface SkuSeries {
  sku: string;
  /** Units on the shelves (the twin's truth), summed over warehouses. */
  physical: number[];
  /** The WMS record, summed over warehouses. */
  wmsRecord: number[];
  /** The OMS's available-to-sell (null in no-oms). */
  omsAts: number[] | null;
  /** Each channel's view, by channel name. */
  channelViews: Record<string, number[]>;
  /** The ERP's quantity. */
  erp: number[];
}

export interface FloorBin {
  address: string;
  sku: string;
  x: number;
  y: number;
  record: number;
  physical: number;
}

export interface FloorRoute {
  policy: string;
  length: number;
  path: { x: number; y: number }[];
  sequence: string[];
}

export interface FloorMap {
  warehouse: string;
  aisles: number;
  aisleLength: number;
  aisleSpacing: number;
  depot: { x: number; y: number };
  bins: FloorBin[];
  /** One sample pick list routed by every policy, to compare paths on the same picks. */
  sampleRoutes: FloorRoute[];
  /** Recent pick rounds as the warehouse walked them: start time (seconds) and path. */
  recentRounds: { time: number; policy: string; length: number; path: { x: number; y: number }[] }[];
}

/** One channel's seller-health rates day by day (each over the window of whole days before it), and its thresholds. */
export interface SellerHealthSeries {
  channel: string;
  windowDays: number;
  thresholds: { cancellationRate: number; lateShipmentRate: number; defectRate: number };
  daily: { day: number; cancellationRate: number; lateShipmentRate: number; defectRate: number }[];
}

export interface RunVisuals {
  scenario: string;
  seed: number;
  /** Sample times in seconds. */
  times: number[];
  skuSeries: SkuSeries[];
  cycleTimeHistogram: { binSeconds: number; counts: number[] };
  /** Per warehouse, utilization[i]: the share of the labour elapsed in [times[i], times[i + 1]) spent busy (the last value repeated at the last time). */
  workerUtilization: { warehouse: string; utilization: number[] }[];
  floors: FloorMap[];
  /** Per channel, the rates marketplaces police (absent in visuals recorded before they existed). */
  sellerHealth?: SellerHealthSeries[];
}
