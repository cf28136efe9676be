// An order history being built and as built: per-order contexts for every order id met (time,
// channel, flags), and the history's compact columns (typed arrays; ids in one text pool), which the
// order logic (orders.ts) fills one row at a time. Free of Node modules.
import { GrowableColumn, TextIndex, type TextColumn, type TextList } from './columns.js';

/**
 * The orders a replay places, in compact columns (typed arrays; ids in one text pool). Order `o` has
 * time orderMs[o] and channel orderChannel[o]; line `l` belongs to order lineOrder[l].
 */
export interface OrderHistory {
  skus: string[];
  channels: string[];
  orderIds: TextList;
  orderMs: Float64Array;
  orderChannel: Int32Array;
  /** What became of the order: ORDER_PLACED, ORDER_RETURNED (refunded after it was placed) or ORDER_CANCELLED. */
  orderKind: Uint8Array;
  /** When a cancelled order was cancelled (epoch ms; its own time when the export does not say), else NaN. */
  orderCancelMs: Float64Array;
  lineOrder: Int32Array;
  lineSku: Int32Array;
  lineQty: Int32Array;
  /** Unit price in cents (a line total divided by its quantity, rounded, when the export gives totals). */
  lineUnitCents: Float64Array;
  /** Line total in cents, exactly as exported (or unit price x quantity). */
  lineTotalCents: Float64Array;
}

/** Context flags: the order was cancelled, or refunded after it was placed. */
export const CANCELLED = 1;
export const RETURNED = 2;

/** Order kinds of OrderHistory.orderKind. */
export const ORDER_PLACED = 0;
export const ORDER_RETURNED = 1;
export const ORDER_CANCELLED = 2;

/**
 * Every order id met so far (placed, cancelled or refused ones too), by row: its first time, channel,
 * flags and its index in the history once one of its lines is accepted (-1 before).
 */
export class OrderContexts {
  readonly ids: TextIndex;
  readonly ms: GrowableColumn<Float64Array>;
  readonly channel: GrowableColumn<Int32Array>;
  readonly flags: GrowableColumn<Uint8Array>;
  readonly order: GrowableColumn<Int32Array>;
  /** When a cancelled order was cancelled (epoch ms), else NaN. */
  readonly cancelMs: GrowableColumn<Float64Array>;

  constructor(capacity: number) {
    this.ids = new TextIndex(capacity);
    this.ms = new GrowableColumn(Float64Array, capacity);
    this.channel = new GrowableColumn(Int32Array, capacity);
    this.flags = new GrowableColumn(Uint8Array, capacity);
    this.order = new GrowableColumn(Int32Array, capacity);
    this.cancelMs = new GrowableColumn(Float64Array, capacity);
  }

  add(id: string, ms: number, channel: number, flags: number, cancelMs: number): number {
    this.ms.push(ms);
    this.channel.push(channel);
    this.flags.push(flags);
    this.order.push(-1);
    this.cancelMs.push(cancelMs);
    return this.ids.add(id);
  }
}

/** The history's order ids: each order's id, read from the pool of every id met. */
export class OrderIds implements TextList {
  constructor(private readonly ids: TextColumn, private readonly contextOf: Int32Array) {}
  get length(): number {
    return this.contextOf.length;
  }
  at(order: number): string {
    return this.ids.at(this.contextOf[order]!);
  }
  *[Symbol.iterator](): Iterator<string> {
    for (let o = 0; o < this.contextOf.length; o++) yield this.at(o);
  }
}

/** The history being read: a growable column per field. */
export class HistoryColumns {
  readonly skus: string[] = [];
  readonly channels: string[] = [];
  /** Each order's row in the order contexts (its time, channel and flags are read from there at the end). */
  readonly orderContext: GrowableColumn<Int32Array>;
  readonly lineOrder: GrowableColumn<Int32Array>;
  readonly lineSku: GrowableColumn<Int32Array>;
  readonly lineQty: GrowableColumn<Int32Array>;
  readonly lineUnitCents: GrowableColumn<Float64Array>;
  readonly lineTotalCents: GrowableColumn<Float64Array>;

  constructor(capacity: number) {
    this.orderContext = new GrowableColumn(Int32Array, capacity);
    this.lineOrder = new GrowableColumn(Int32Array, capacity);
    this.lineSku = new GrowableColumn(Int32Array, capacity);
    this.lineQty = new GrowableColumn(Int32Array, capacity);
    this.lineUnitCents = new GrowableColumn(Float64Array, capacity);
    this.lineTotalCents = new GrowableColumn(Float64Array, capacity);
  }

  finish(contexts: OrderContexts): OrderHistory {
    const contextOf = this.orderContext.values();
    const n = contextOf.length;
    const orderMs = new Float64Array(n);
    const orderChannel = new Int32Array(n);
    const orderKind = new Uint8Array(n);
    const orderCancelMs = new Float64Array(n);
    for (let o = 0; o < n; o++) {
      const c = contextOf[o]!;
      orderMs[o] = contexts.ms.get(c);
      orderChannel[o] = contexts.channel.get(c);
      const flags = contexts.flags.get(c);
      orderKind[o] = (flags & CANCELLED) !== 0 ? ORDER_CANCELLED : (flags & RETURNED) !== 0 ? ORDER_RETURNED : ORDER_PLACED;
      // A cancellation time before the order (a clock or zone slip in the export) is taken as the order's own.
      orderCancelMs[o] = (flags & CANCELLED) === 0 ? NaN : Math.max(orderMs[o]!, contexts.cancelMs.get(c) || orderMs[o]!);
    }
    return {
      skus: this.skus,
      channels: this.channels,
      orderIds: new OrderIds(contexts.ids.texts, contextOf),
      orderMs,
      orderChannel,
      orderKind,
      orderCancelMs,
      lineOrder: this.lineOrder.values(),
      lineSku: this.lineSku.values(),
      lineQty: this.lineQty.values(),
      lineUnitCents: this.lineUnitCents.values(),
      lineTotalCents: this.lineTotalCents.values(),
    };
  }
}
