// Order exports to an order history: each data row lands in exactly one outcome (accepted, return,
// cancellation, adjustment, duplicate, blank, rejected with a reason); accepted and returned lines
// form the orders a replay places. Pure: reads chunks it is given, touches no file or terminal.
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
 * The orders a replay places, in compact columns. Order `o` has time orderMs[o] and channel
 * orderChannel[o]; line `l` belongs to order lineOrder[l].
 */
export interface OrderHistory {
  skus: string[];
  channels: string[];
  orderIds: string[];
  orderMs: number[];
  orderChannel: number[];
  /** 1 when the order was returned (refunded) after it was placed, else 0. */
  orderReturned: number[];
  lineOrder: number[];
  lineSku: number[];
  lineQty: number[];
  /** Unit price in cents (a line total divided by its quantity, rounded, when the export gives totals). */
  lineUnitCents: number[];
  /** Line total in cents, exactly as exported (or unit price x quantity). */
  lineTotalCents: number[];
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

interface OrderContext {
  order: number;
  ms: number;
  channel: number;
  cancelled: boolean;
  returned: boolean;
}

/** Reads every source with the preset and returns the history, the outcome tally and any file-level problems. */
export async function importOrders(sources: OrderSource[], options: ImportOptions): Promise<ImportResult> {
  const preset = options.preset;
  const history: OrderHistory = { skus: [], channels: [], orderIds: [], orderMs: [], orderChannel: [], orderReturned: [], lineOrder: [], lineSku: [], lineQty: [], lineUnitCents: [], lineTotalCents: [] };
  const tally = new OutcomeTally();
  const fatal: RowProblem[] = [];
  const skuIndex = new Map<string, number>();
  const channelIndex = new Map<string, number>();
  const contexts = new Map<string, OrderContext>();
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
    let previousContext: OrderContext | undefined;
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
        let context = sameAsBefore ? previousContext : contexts.get(id);
        previousContext = context;
        const stamp = get('timestamp');
        if (!(continuation && context && stamp === '')) {
          const time = parseTime(stamp);
          if (!time.ok) {
            reject(preset.columns.timestamp, stamp, time.reason);
            continue;
          }
          if (!context || !continuation) {
            const status = get('status').toLowerCase();
            const channel = channelOf(options.channel ?? (preset.columns.channel ? channelName(get('channel')) : preset.defaultChannel));
            const fresh: OrderContext = {
              order: -1,
              ms: time.ms,
              channel,
              cancelled: get('cancelledAt') !== '' || preset.cancelledStatuses.includes(status),
              returned: preset.returnedStatuses.includes(status) || preset.returnedStatuses.includes(get('financialStatus').toLowerCase()),
            };
            if (context && context.channel === fresh.channel) {
              // The same order again (an invoice spanning a minute, say): its first time stands.
              context.cancelled ||= fresh.cancelled;
            } else {
              if (context) {
                reject(preset.columns.orderId, id, 'order id seen before on another channel');
                continue;
              }
              context = fresh;
              contexts.set(id, context);
              previousContext = context;
            }
          }
        }
        if (!context) {
          reject(preset.columns.orderId, id, 'continuation row with no order row before it');
          continue;
        }
        if (preset.cancellationPrefix && id.startsWith(preset.cancellationPrefix)) {
          tally.add('cancellation');
          continue;
        }
        if (context.cancelled) {
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
        const outcome: Outcome = context.returned ? 'return' : 'accepted';
        if (context.order < 0) {
          context.order = history.orderIds.length;
          history.orderIds.push(id);
          history.orderMs.push(context.ms);
          history.orderChannel.push(context.channel);
          history.orderReturned.push(context.returned ? 1 : 0);
        }
        const total = preset.priceIs === 'line' ? price.cents : price.cents * qty;
        history.lineOrder.push(context.order);
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
  return { history, tally, fatal, unitsAccepted, revenueCents };
}

/** A whole number of units, optionally signed, with thousands separators; else the reason. */
export function parseQuantity(text: string): number | string {
  if (text === '') return 'no quantity';
  if (!/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(text)) return 'not a whole number';
  const n = Number(text.replace(/,/g, ''));
  if (Math.abs(n) > 1_000_000) return 'more than 1,000,000 units on one line';
  return n;
}

