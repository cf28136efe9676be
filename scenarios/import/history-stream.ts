// An imported history read order by order: in import order (the order each order's first line was
// read) for the normalised lines and the calibration, and in time order for the replay. Kept in
// memory (`historyStream` over an OrderHistory's columns) or on disk in sorted runs (a partitioned
// import); the outputs are built from this view alone, so both give the same files. Free of Node modules.
import { ORDER_CANCELLED, ORDER_RETURNED, type OrderHistory } from './order-history.js';

/** One line of an order: SKU and channel numbers index the stream's `skus` and `channels`. */
export interface HistoryLine {
  sku: number;
  qty: number;
  unitCents: number;
  totalCents: number;
}

export interface HistoryOrder {
  /** Orders in import order have increasing `seq` (the place of the order's first line among the rows read). */
  seq: number;
  id: string;
  /** Placed at (epoch ms). */
  ms: number;
  channel: number;
  /** ORDER_PLACED, ORDER_RETURNED (refunded after it was placed) or ORDER_CANCELLED (orders.ts). */
  kind: number;
  /** When a cancelled order was cancelled (epoch ms), else NaN. */
  cancelMs: number;
  lines: HistoryLine[];
}

/** A history's counts: its orders (of them refunded and cancelled), lines, and first and last order times (epoch ms). */
export interface HistoryTotals {
  orders: number;
  lines: number;
  returnedOrders: number;
  cancelledOrders: number;
  firstMs: number;
  lastMs: number;
}

export interface HistoryStream {
  readonly skus: readonly string[];
  readonly channels: readonly string[];
  readonly orders: number;
  readonly lines: number;
  /** Of the orders, those refunded and those cancelled (see HistoryOrder.kind). */
  readonly returnedOrders: number;
  readonly cancelledOrders: number;
  /** First and last order times (epoch ms); Infinity and -Infinity when there is no order. */
  readonly firstMs: number;
  readonly lastMs: number;
  /** Per SKU: units and the sum of line totals (cents) over every line. */
  readonly skuUnits: readonly number[];
  readonly skuRevenueCents: readonly number[];
  /**
   * Every order, in import order. An order (and its lines) may be reused for a later one: it is
   * valid until the next one is asked for.
   */
  inImportOrder(): Iterable<HistoryOrder>;
  /** Every order by time; orders placed at the same instant in import order (valid as above). */
  inTimeOrder(): Iterable<HistoryOrder>;
}

/** Units and line totals per SKU of a history's lines. */
export function skuTotals(h: Pick<OrderHistory, 'skus' | 'lineSku' | 'lineQty' | 'lineTotalCents'>): { units: number[]; revenueCents: number[] } {
  const units = new Array<number>(h.skus.length).fill(0);
  const revenueCents = new Array<number>(h.skus.length).fill(0);
  for (let l = 0; l < h.lineSku.length; l++) {
    units[h.lineSku[l]!]! += h.lineQty[l]!;
    revenueCents[h.lineSku[l]!]! += h.lineTotalCents[l]!;
  }
  return { units, revenueCents };
}

/** Orders refunded and cancelled among `kinds` (OrderHistory.orderKind). */
export function kindCounts(kinds: Uint8Array): { returned: number; cancelled: number } {
  let returned = 0;
  let cancelled = 0;
  for (const kind of kinds) {
    if (kind === ORDER_RETURNED) returned++;
    else if (kind === ORDER_CANCELLED) cancelled++;
  }
  return { returned, cancelled };
}

/** The history's lines grouped by order (a counting sort): order o's lines are byOrder[start[o]] to byOrder[start[o + 1] - 1]. */
export function linesByOrder(h: Pick<OrderHistory, 'orderMs' | 'lineOrder'>): { start: Int32Array; byOrder: Int32Array } {
  const n = h.orderMs.length;
  const start = new Int32Array(n + 1);
  for (const o of h.lineOrder) start[o + 1]!++;
  for (let o = 0; o < n; o++) start[o + 1]! += start[o]!;
  const byOrder = new Int32Array(h.lineOrder.length);
  const fill = start.slice(0, n);
  h.lineOrder.forEach((o, l) => (byOrder[fill[o]!++] = l));
  return { start, byOrder };
}

/** The history's orders by time; orders placed at the same instant in import order. */
export function ordersByTime(h: Pick<OrderHistory, 'orderMs'>): Int32Array {
  return Int32Array.from({ length: h.orderMs.length }, (_, o) => o).sort((a, b) => h.orderMs[a]! - h.orderMs[b]! || a - b);
}

/** The stream of an in-memory history. */
export function historyStream(h: OrderHistory): HistoryStream {
  const n = h.orderMs.length;
  const { start, byOrder } = linesByOrder(h);
  let first = Infinity;
  let last = -Infinity;
  for (const ms of h.orderMs) {
    if (ms < first) first = ms;
    if (ms > last) last = ms;
  }
  let byTime: Int32Array | null = null;
  const totals = skuTotals(h);
  const kinds = kindCounts(h.orderKind);
  const order = (o: number): HistoryOrder => ({
    seq: o,
    id: h.orderIds.at(o),
    ms: h.orderMs[o]!,
    channel: h.orderChannel[o]!,
    kind: h.orderKind[o]!,
    cancelMs: h.orderCancelMs[o]!,
    lines: Array.from(byOrder.subarray(start[o]!, start[o + 1]!), (l) => ({ sku: h.lineSku[l]!, qty: h.lineQty[l]!, unitCents: h.lineUnitCents[l]!, totalCents: h.lineTotalCents[l]! })),
  });
  return {
    skus: h.skus,
    channels: h.channels,
    orders: n,
    lines: h.lineOrder.length,
    returnedOrders: kinds.returned,
    cancelledOrders: kinds.cancelled,
    firstMs: first,
    lastMs: last,
    skuUnits: totals.units,
    skuRevenueCents: totals.revenueCents,
    *inImportOrder() {
      for (let o = 0; o < n; o++) yield order(o);
    },
    *inTimeOrder() {
      byTime ??= ordersByTime(h);
      for (const o of byTime) yield order(o);
    },
  };
}
