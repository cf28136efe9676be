// The contract every OMS routing policy implements, built-in or added by a vendor: given an order's
// lines and what each location can give, say how many units of each line each location ships.

/** A point on the plane (km); used for distances between customers and locations. */
export interface Position {
  x: number;
  y: number;
}

/** One order line to allocate; an order never repeats a SKU across its lines. */
export interface RoutingLine {
  /** Catalogue index. */
  sku: number;
  /** Units wanted, >= 1. */
  qty: number;
}

/** A fulfilment location as routing sees it. */
export interface RoutingWarehouse {
  name: string;
  position: Position;
  /** Preference for `ranked` routing: 1 is first choice. */
  rank: number;
  /** Shipping cost of one unit from here, integer cents. */
  costCentsPerUnit: number;
  /** Fixed cost of one parcel from here to the order's region, integer cents (0 when absent). */
  costCentsPerParcel?: number;
}

/** What a policy is asked: the lines, the locations and the units each location has free for each line. */
export interface RoutingRequest {
  lines: readonly RoutingLine[];
  warehouses: readonly RoutingWarehouse[];
  /** available[w][l]: units location w can give to line l (record minus reserved, never negative). */
  available: readonly (readonly number[])[];
  /** Where the order goes (the selling channel's customer position). */
  destination: Position;
  /**
   * false: ship the order whole from one location whenever one location covers every line; a policy
   * splits only when no single location can.
   */
  allowSplit: boolean;
}

/**
 * The answer: units[w][l] units of line l ship from location w. Units a policy leaves unallocated
 * (sum over w below the line's qty) are the shortfall; the OMS treats them as oversold.
 */
export interface Allocation {
  units: number[][];
}

/** A named rule turning a routing request into an allocation; must be a pure function of the request. */
export interface OmsRoutingPolicy {
  name: string;
  route(request: RoutingRequest): Allocation;
  /**
   * Optional allocation-free form: writes exactly `route(request).units` into `units`, a matrix of
   * zeros with one row per location and one entry per line. The OMS uses it when present.
   */
  routeInto?(request: RoutingRequest, units: number[][]): void;
}
