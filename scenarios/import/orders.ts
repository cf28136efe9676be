// Order exports to an order history: each data row lands in exactly one outcome (accepted, return,
// cancellation, adjustment, duplicate, blank, rejected with a reason); accepted and returned lines
// form the orders a replay places. Pure: reads chunks it is given, touches no file or terminal.
import { GrowableColumn, TextIndex, type TextColumn, type TextList } from './columns.js';
import { FingerprintSet } from './fingerprints.js';
import { rowsFromChunks, slot, type ColumnSlot, type RowBatch, type RowStream } from './order-rows.js';
import { parseMoneyCents } from './money.js';
import { OutcomeTally, type Outcome, type RowProblem } from './outcomes.js';
import type { OrderPreset } from './presets.js';
import { timestampParser } from './time.js';

/** One export file to read: its name (for problems) and its bytes in chunks, or its rows (read partly on another thread). */
export type OrderSource = { name: string; chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string> } | { name: string; rows: RowStream };

export interface ImportOptions {
  preset: OrderPreset;
  /** Puts every order on this channel (overrides the export's channel column). */
  channel?: string;
  /** IANA zone for timestamps written without an offset. */
  timeZone?: string;
  /** A file fails when more than this share of its non-blank rows is rejected (default 0.5). */
  maxRejectedShare?: number;
}

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
  /** 1 when the order was returned (refunded) after it was placed, else 0. */
  orderReturned: Uint8Array;
  lineOrder: Int32Array;
  lineSku: Int32Array;
  lineQty: Int32Array;
  /** Unit price in cents (a line total divided by its quantity, rounded, when the export gives totals). */
  lineUnitCents: Float64Array;
  /** Line total in cents, exactly as exported (or unit price x quantity). */
  lineTotalCents: Float64Array;
}

/** The first and last order times (epoch ms) of a history; Infinity and -Infinity when it is empty. */
export function orderSpan(history: Pick<OrderHistory, 'orderMs'>): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const ms of history.orderMs) {
    if (ms < first) first = ms;
    if (ms > last) last = ms;
  }
  return { first, last };
}

export interface ImportResult {
  history: OrderHistory;
  tally: OutcomeTally;
  /** File-level problems (missing columns, unreadable, mostly rejected): any of them means exit 2. */
  fatal: RowProblem[];
  /** Units and revenue of accepted lines (returns and cancellations excluded). */
  unitsAccepted: number;
  revenueCents: number;
}

const CHANNEL_NAME = /[^A-Za-z0-9_.-]+/g;

/** A channel name the scenario format accepts: other characters become '-', cut at 64. */
function channelName(text: string): string {
  const cleaned = text.trim().replace(CHANNEL_NAME, '-').replace(/^-+|-+$/g, '').slice(0, 64);
  return cleaned === '' ? 'orders' : cleaned;
}

const CANCELLED = 1;
const RETURNED = 2;

/**
 * Every order id met so far (placed, cancelled or refused ones too), by row: its first time, channel,
 * flags and its index in the history once one of its lines is accepted (-1 before).
 */
class OrderContexts {
  readonly ids = new TextIndex();
  readonly ms = new GrowableColumn(Float64Array);
  readonly channel = new GrowableColumn(Int32Array);
  readonly flags = new GrowableColumn(Uint8Array);
  readonly order = new GrowableColumn(Int32Array);

  add(id: string, ms: number, channel: number, flags: number): number {
    this.ms.push(ms);
    this.channel.push(channel);
    this.flags.push(flags);
    this.order.push(-1);
    return this.ids.add(id);
  }
}

/** The history's order ids: each order's id, read from the pool of every id met. */
class OrderIds implements TextList {
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
class HistoryColumns {
  readonly skus: string[] = [];
  readonly channels: string[] = [];
  /** Each order's row in the order contexts (its time, channel and flags are read from there at the end). */
  readonly orderContext = new GrowableColumn(Int32Array);
  readonly lineOrder = new GrowableColumn(Int32Array);
  readonly lineSku = new GrowableColumn(Int32Array);
  readonly lineQty = new GrowableColumn(Int32Array);
  readonly lineUnitCents = new GrowableColumn(Float64Array);
  readonly lineTotalCents = new GrowableColumn(Float64Array);

  finish(contexts: OrderContexts): OrderHistory {
    const contextOf = this.orderContext.values();
    const n = contextOf.length;
    const orderMs = new Float64Array(n);
    const orderChannel = new Int32Array(n);
    const orderReturned = new Uint8Array(n);
    for (let o = 0; o < n; o++) {
      const c = contextOf[o]!;
      orderMs[o] = contexts.ms.get(c);
      orderChannel[o] = contexts.channel.get(c);
      orderReturned[o] = (contexts.flags.get(c) & RETURNED) !== 0 ? 1 : 0;
    }
    return {
      skus: this.skus,
      channels: this.channels,
      orderIds: new OrderIds(contexts.ids.texts, contextOf),
      orderMs,
      orderChannel,
      orderReturned,
      lineOrder: this.lineOrder.values(),
      lineSku: this.lineSku.values(),
      lineQty: this.lineQty.values(),
      lineUnitCents: this.lineUnitCents.values(),
      lineTotalCents: this.lineTotalCents.values(),
    };
  }
}

/** Reads every source with the preset and returns the history, the outcome tally and any file-level problems. */
export async function importOrders(sources: OrderSource[], options: ImportOptions): Promise<ImportResult> {
  const preset = options.preset;
  const history = new HistoryColumns();
  const tally = new OutcomeTally();
  const fatal: RowProblem[] = [];
  const skuIndex = new Map<string, number>();
  const channelIndex = new Map<string, number>();
  const contexts = new OrderContexts();
  const seen = new FingerprintSet();
  const fingerprint = new Uint32Array(2);
  const parseTime = timestampParser(preset.timestampFormat, options.timeZone ?? 'UTC');
  const maxShare = options.maxRejectedShare ?? 0.5;
  let unitsAccepted = 0;
  let revenueCents = 0;

  const channelOf = (name: string): number => {
    let index = channelIndex.get(name);
    if (index === undefined) {
      index = history.channels.length;
      history.channels.push(name);
      channelIndex.set(name, index);
    }
    return index;
  };
  const skuOf = (code: string): number => {
    let index = skuIndex.get(code);
    if (index === undefined) {
      index = history.skus.length;
      history.skus.push(code);
      skuIndex.set(code, index);
    }
    return index;
  };

  for (const source of sources) {
    const file = source.name;
    const before = { rejected: tally.outcomes.rejected, rows: tally.rows, blank: tally.outcomes.blank };
    let previousId = '';
    let previousContext = -1;
    const stream = 'rows' in source ? source.rows : rowsFromChunks(source.chunks, preset);
    try {
      const header = await stream.header();
      if (header === null) fatal.push({ file, line: 1, field: '(header)', value: '', reason: 'empty file: no header row' });
      else if (typeof header.columns === 'string') fatal.push({ file, line: header.line, field: '(header)', value: header.fields.slice(0, 6).join(preset.delimiter === '\t' ? ' ' : ','), reason: header.columns });
      const width = header?.fields.length ?? 0;
      // The row being read; the helpers below are made once per file, not once per row.
      let batch: RowBatch | null = null;
      let r = 0;
      const reject = (field: string, value: string, reason: string): void => tally.add('rejected', { file, line: batch!.line(r), field, value, reason });
      const get = (key: ColumnSlot): string => batch!.column(r, slot[key]).trim();
      for await (batch of stream.batches()) for (r = 0; r < batch.length; r++) {
        if (batch.blank(r)) {
          tally.add('blank');
          continue;
        }
        const fieldCount = batch.fieldCount(r);
        if (fieldCount !== width) {
          reject('(row)', `${fieldCount} fields`, `the header has ${width} fields`);
          continue;
        }
        batch.fingerprint(r, fingerprint);
        if (!seen.add(fingerprint[0]!, fingerprint[1]!)) {
          tally.add('duplicate');
          continue;
        }
        const id = get('orderId');
        if (id === '') {
          reject(preset.columns.orderId, '', 'no order id');
          continue;
        }
        const sameAsBefore = id === previousId;
        const continuation = preset.continuationRows && sameAsBefore;
        previousId = id;
        // An order's rows usually follow each other: the row before's context saves a lookup.
        let context = sameAsBefore ? previousContext : contexts.ids.find(id);
        previousContext = context;
        const stamp = get('timestamp');
        if (!(continuation && context >= 0 && stamp === '')) {
          const time = parseTime(stamp);
          if (!time.ok) {
            reject(preset.columns.timestamp, stamp, time.reason);
            continue;
          }
          if (context < 0 || !continuation) {
            const status = get('status').toLowerCase();
            const channel = channelOf(options.channel ?? (preset.columns.channel ? channelName(get('channel')) : preset.defaultChannel));
            const cancelled = get('cancelledAt') !== '' || preset.cancelledStatuses.includes(status);
            const returned = preset.returnedStatuses.includes(status) || preset.returnedStatuses.includes(get('financialStatus').toLowerCase());
            if (context >= 0 && contexts.channel.get(context) === channel) {
              // The same order again (an invoice spanning a minute, say): its first time stands.
              if (cancelled) contexts.flags.set(context, contexts.flags.get(context) | CANCELLED);
            } else {
              if (context >= 0) {
                reject(preset.columns.orderId, id, 'order id seen before on another channel');
                continue;
              }
              context = contexts.add(id, time.ms, channel, (cancelled ? CANCELLED : 0) | (returned ? RETURNED : 0));
              previousContext = context;
            }
          }
        }
        if (context < 0) {
          reject(preset.columns.orderId, id, 'continuation row with no order row before it');
          continue;
        }
        if (preset.cancellationPrefix && id.startsWith(preset.cancellationPrefix)) {
          tally.add('cancellation');
          continue;
        }
        const flags = contexts.flags.get(context);
        if ((flags & CANCELLED) !== 0) {
          tally.add('cancellation');
          continue;
        }
        const qtyText = get('quantity');
        const qty = parseQuantity(qtyText);
        if (typeof qty === 'string') {
          reject(preset.columns.quantity, qtyText, qty);
          continue;
        }
        if (qty === 0) {
          reject(preset.columns.quantity, qtyText, 'zero quantity');
          continue;
        }
        const sku = get('sku');
        if (sku === '' || sku.length > 64) {
          reject(preset.columns.sku, sku, sku === '' ? 'no SKU' : 'SKU longer than 64 characters');
          continue;
        }
        const priceText = get('price');
        const price = parseMoneyCents(priceText);
        if (!price.ok) {
          reject(preset.columns.price, priceText, price.reason);
          continue;
        }
        if (price.cents < 0) {
          reject(preset.columns.price, priceText, 'negative price');
          continue;
        }
        if (qty < 0) {
          tally.add(preset.cancellationPrefix ? 'adjustment' : 'return');
          continue;
        }
        const returned = (flags & RETURNED) !== 0;
        const outcome: Outcome = returned ? 'return' : 'accepted';
        let order = contexts.order.get(context);
        if (order < 0) {
          order = history.orderContext.length;
          contexts.order.set(context, order);
          history.orderContext.push(context);
        }
        const total = preset.priceIs === 'line' ? price.cents : price.cents * qty;
        history.lineOrder.push(order);
        history.lineSku.push(skuOf(sku));
        history.lineQty.push(qty);
        history.lineUnitCents.push(preset.priceIs === 'line' ? Math.round(price.cents / qty) : price.cents);
        history.lineTotalCents.push(total);
        if (outcome === 'accepted') {
          unitsAccepted += qty;
          revenueCents += total;
        }
        tally.add(outcome);
      }
    } finally {
      stream.close();
    }
    const rows = tally.rows - before.rows - (tally.outcomes.blank - before.blank);
    const rejected = tally.outcomes.rejected - before.rejected;
    if (rows > 0 && rejected / rows > maxShare) {
      fatal.push({ file, line: 0, field: '(file)', value: `${rejected} of ${rows} rows`, reason: `most rows were rejected (more than ${Math.round(maxShare * 100)}%): is this the right preset?` });
    }
  }
  return { history: history.finish(contexts), tally, fatal, unitsAccepted, revenueCents };
}

/** A whole number of units, optionally signed, with thousands separators; else the reason. */
export function parseQuantity(text: string): number | string {
  if (text === '') return 'no quantity';
  if (!/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(text)) return 'not a whole number';
  const n = Number(text.replace(/,/g, ''));
  if (Math.abs(n) > 1_000_000) return 'more than 1,000,000 units on one line';
  return n;
}

