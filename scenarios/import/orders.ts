// Order exports to an order history: each data row lands in exactly one outcome (accepted, return,
// cancellation, adjustment, duplicate, blank, rejected with a reason); accepted and returned lines
// form the orders a replay places (the rows come from import-rows.ts; the history's columns are
// order-history.ts). Cancelled orders' lines are placed too, and returns no order names are kept as
// credit lines. Pure: reads chunks it is given, touches no file or terminal.
import { GrowableColumn, ownText } from './columns.js';
import { hasControlCharacter } from '../errors.js';
import { codePointLength, SKU_CODE_MAX } from '../sku-code.js';
import { notUtf8 } from './csv.js';
import { CANCELLED, HistoryColumns, OrderContexts, RETURNED, type OrderHistory } from './order-history.js';
import { FingerprintSet } from './fingerprints.js';
import { parseMoneyCents, type MoneyFormat } from './money.js';
import { ImportCounts, readImportRows, type ImportRow, type OrderSource } from './import-rows.js';
import type { Outcome, OutcomeTally, RowProblem } from './outcomes.js';
import { placedKeys, type PlacedCounts, type PlacedKey } from './placed-by.js';
import type { OrderPreset } from './presets.js';
import { timestampParser } from './time.js';

export { ORDER_CANCELLED, ORDER_PLACED, ORDER_RETURNED, type OrderHistory } from './order-history.js';

export interface ImportOptions {
  preset: OrderPreset;
  /** Puts every order on this channel (overrides the export's channel column). */
  channel?: string;
  /** IANA zone for timestamps written without an offset. */
  timeZone?: string;
  /** A file fails when more than this share of its non-blank rows is rejected (default 0.5). */
  maxRejectedShare?: number;
}


/** Units a customer sent back that no replayed order names (a credit note, a negative line): replayed as a return. */
export interface CreditLine {
  /** The row's place among all rows read (credits are replayed by time, then by this). */
  seq: number;
  /** Its order's time (epoch ms) and channel name. */
  ms: number;
  channel: string;
  sku: string;
  qty: number;
  unitCents: number;
}

export interface ImportResult {
  history: OrderHistory;
  /** Returns not tied to a replayed order, in row order. */
  credits: CreditLine[];
  tally: OutcomeTally;
  /** File-level problems (missing columns, unreadable, mostly rejected): any of them means exit 2. */
  fatal: RowProblem[];
  /** Units and revenue of accepted lines (returns and cancellations excluded). */
  unitsAccepted: number;
  revenueCents: number;
  /** Placed orders and lines per warehouse and region value (the replay uses one warehouse). */
  placed: PlacedCounts;
}

const CHANNEL_NAME = /[^A-Za-z0-9_.-]+/g;

/** A channel name the scenario format accepts: other characters become '-', cut at 64. */
function channelName(text: string): string {
  const cleaned = text.trim().replace(CHANNEL_NAME, '-').replace(/^-+|-+$/g, '').slice(0, 64);
  return cleaned === '' ? 'orders' : cleaned;
}


/**
 * The order logic: takes rows one at a time and builds the history of the orders they place. Every
 * rule needs only the rows of the same order id (duplicates repeat the id too), so the rows of a set
 * of ids, in file order, give those ids the outcomes the whole file gives them: a partitioned import
 * runs one of these per partition. Channels, SKUs and orders are numbered as first met here, and each
 * remembers the `seq` of the row that met it, so partitions can be merged in file order.
 */
export class OrderImporter {
  private readonly history: HistoryColumns;
  private readonly contexts: OrderContexts;
  private readonly seen: FingerprintSet;
  private readonly skuIndex = new Map<string, number>();
  private readonly channelIndex = new Map<string, number>();
  private readonly parseTime: ReturnType<typeof timestampParser>;
  private readonly money: MoneyFormat;
  /** The seq of the row that first met each channel, SKU and order (by local index). */
  readonly channelSeq: number[] = [];
  readonly skuSeq: number[] = [];
  readonly orderSeq = new GrowableColumn(Float64Array);
  /** Returns not tied to a replayed order (UCI's C invoices, negative lines elsewhere), in row order. */
  readonly credits: CreditLine[] = [];
  private previousId = '';
  private readonly place: Record<PlacedKey, string> = { warehouse: '', region: '' };
  private previousContext = -1;

  /** `expectedRows`, when known, sizes the columns once (each row adds at most one line, order and id). */
  constructor(private readonly options: ImportOptions, private readonly counts: ImportCounts, expectedRows = 0) {
    const capacity = Math.max(1024, expectedRows);
    this.history = new HistoryColumns(capacity);
    this.contexts = new OrderContexts(capacity);
    this.seen = new FingerprintSet(expectedRows);
    this.parseTime = timestampParser(options.preset.timestampFormat, options.timeZone ?? 'UTC');
    this.money = { decimal: options.preset.decimal ?? '.' };
  }

  private channelOf(name: string, seq: number): number {
    let index = this.channelIndex.get(name);
    if (index === undefined) {
      index = this.history.channels.length;
      // kept for the whole import: a copy, not a slice of the batch's text
      name = ownText(name);
      this.history.channels.push(name);
      this.channelSeq.push(seq);
      this.channelIndex.set(name, index);
    }
    return index;
  }

  private skuOf(code: string, seq: number): number {
    let index = this.skuIndex.get(code);
    if (index === undefined) {
      index = this.history.skus.length;
      code = ownText(code);
      this.history.skus.push(code);
      this.skuSeq.push(seq);
      this.skuIndex.set(code, index);
    }
    return index;
  }

  private reject(row: ImportRow, field: string, value: string, reason: string): void {
    this.counts.add(row, 'rejected', { file: this.counts.files[row.file]!, line: row.line, field, value, reason });
  }

  /** Takes one non-blank data row of the header's width and records its outcome. */
  take(row: ImportRow): void {
    const { preset } = this.options;
    const { contexts, history, counts } = this;
    const id = row.get('orderId');
    if (id !== '') this.notePlace(row);
    if (!this.seen.add(row.fingerprintHigh, row.fingerprintLow)) {
      counts.add(row, 'duplicate');
      return;
    }
    if (id === '') {
      this.reject(row, preset.columns.orderId, '', 'no order id');
      return;
    }
    const idNotUtf8 = notUtf8(id);
    if (idNotUtf8 !== null) {
      this.reject(row, preset.columns.orderId, id, idNotUtf8);
      return;
    }
    const continuation = preset.continuationRows && row.sameAsBefore;
    // An order's rows usually follow each other: the last id's context saves a lookup.
    let context = id === this.previousId ? this.previousContext : contexts.ids.find(id);
    this.previousId = id;
    this.previousContext = context;
    const stamp = row.get('timestamp');
    if (!(continuation && context >= 0 && stamp === '')) {
      const time = this.parseTime(stamp);
      if (!time.ok) {
        this.reject(row, preset.columns.timestamp, stamp, time.reason);
        return;
      }
      if (context < 0 || !continuation) {
        const status = row.get('status').toLowerCase();
        const channel = this.channelOf(this.options.channel ?? (preset.columns.channel ? channelName(row.get('channel')) : preset.defaultChannel), row.seq);
        const cancelledAt = row.get('cancelledAt');
        const cancelled = cancelledAt !== '' || preset.cancelledStatuses.includes(status);
        const returned = preset.returnedStatuses.includes(status) || preset.returnedStatuses.includes(row.get('financialStatus').toLowerCase());
        const cancelMs = cancelled ? this.cancelTime(cancelledAt !== '' ? cancelledAt : row.get('updatedAt')) : NaN;
        if (context >= 0 && contexts.channel.get(context) === channel) {
          // The same order again (an invoice spanning a minute, say): its first time stands.
          if (cancelled && (contexts.flags.get(context) & CANCELLED) === 0) {
            contexts.flags.set(context, contexts.flags.get(context) | CANCELLED);
            contexts.cancelMs.set(context, cancelMs);
          }
        } else {
          if (context >= 0) {
            this.reject(row, preset.columns.orderId, id, 'order id seen before on another channel');
            return;
          }
          context = contexts.add(id, time.ms, channel, (cancelled ? CANCELLED : 0) | (returned ? RETURNED : 0), cancelMs);
          this.previousContext = context;
        }
      }
    }
    if (context < 0) {
      this.reject(row, preset.columns.orderId, id, 'continuation row with no order row before it');
      return;
    }
    const flags = contexts.flags.get(context);
    const creditNote = preset.cancellationPrefix !== undefined && id.startsWith(preset.cancellationPrefix);
    if (creditNote || (flags & CANCELLED) !== 0) {
      // Counted as cancellations whatever their fields; a well-formed line is still replayed (a
      // credit note's units come back, a cancelled order is placed and then cancelled).
      const line = this.parseLine(row);
      if (line !== null && creditNote) this.credits.push({ seq: row.seq, ms: contexts.ms.get(context), channel: this.history.channels[contexts.channel.get(context)]!, sku: ownText(line.sku), qty: Math.abs(line.qty), unitCents: line.unitCents });
      else if (line !== null && line.qty > 0) this.addLine(context, row, line);
      counts.add(row, 'cancellation');
      return;
    }
    const qtyText = row.get('quantity');
    const qty = parseQuantity(qtyText, this.money.decimal);
    if (typeof qty === 'string') {
      this.reject(row, preset.columns.quantity, qtyText, qty);
      return;
    }
    if (qty === 0) {
      this.reject(row, preset.columns.quantity, qtyText, 'zero quantity');
      return;
    }
    const sku = row.get('sku');
    const skuProblem = skuCodeProblem(sku);
    if (skuProblem !== null) {
      this.reject(row, preset.columns.sku, sku, skuProblem);
      return;
    }
    const priceText = row.get('price');
    const price = parseMoneyCents(priceText, this.money);
    if (!price.ok) {
      this.reject(row, preset.columns.price, priceText, price.reason);
      return;
    }
    if (price.cents < 0) {
      this.reject(row, preset.columns.price, priceText, 'negative price');
      return;
    }
    const unitCents = preset.priceIs === 'line' ? Math.round(price.cents / Math.abs(qty)) : price.cents;
    if (qty < 0) {
      if (!preset.cancellationPrefix) this.credits.push({ seq: row.seq, ms: contexts.ms.get(context), channel: this.history.channels[contexts.channel.get(context)]!, sku: ownText(sku), qty: -qty, unitCents });
      counts.add(row, preset.cancellationPrefix ? 'adjustment' : 'return');
      return;
    }
    const returned = (flags & RETURNED) !== 0;
    const outcome: Outcome = returned ? 'return' : 'accepted';
    const total = preset.priceIs === 'line' ? price.cents : price.cents * qty;
    this.addLine(context, row, { sku, qty, unitCents, totalCents: total });
    if (outcome === 'accepted') {
      counts.unitsAccepted += qty;
      counts.revenueCents += total;
    }
    counts.add(row, outcome);
  }

  // The row's warehouse and region, kept for its line: a blank cell on a row continuing the order of
  // the row before it (Shopify leaves the order-level columns blank there) takes that row's. Rows
  // with an order id only, so a partition's rows see the same values as the whole file's.
  private notePlace(row: ImportRow): void {
    for (const key of placedKeys) {
      const value = row.get(key);
      this.place[key] = value === '' && row.sameAsBefore ? this.place[key] : value;
    }
  }

  // Appends a row's line to the history order of `context` (made when it gets its first line).
  private addLine(context: number, row: ImportRow, line: ParsedLine): void {
    const { contexts, history } = this;
    let order = contexts.order.get(context);
    const newOrder = order < 0;
    if (newOrder) {
      order = history.orderContext.length;
      contexts.order.set(context, order);
      history.orderContext.push(context);
      this.orderSeq.push(row.seq);
    }
    for (const key of placedKeys) {
      const column = this.options.preset.columns[key];
      if (column !== undefined) this.counts.placed.add(key, column, this.place[key], newOrder);
    }
    history.lineOrder.push(order);
    history.lineSku.push(this.skuOf(line.sku, row.seq));
    history.lineQty.push(line.qty);
    history.lineUnitCents.push(line.unitCents);
    history.lineTotalCents.push(line.totalCents);
  }

  // A row's quantity (non-zero, signed), SKU and price, or null when any of them is unusable.
  private parseLine(row: ImportRow): ParsedLine | null {
    const qty = parseQuantity(row.get('quantity'), this.money.decimal);
    const sku = row.get('sku');
    const price = parseMoneyCents(row.get('price'), this.money);
    if (typeof qty === 'string' || qty === 0 || skuCodeProblem(sku) !== null || !price.ok || price.cents < 0) return null;
    const priced = this.options.preset.priceIs === 'line';
    return { sku, qty, unitCents: priced ? Math.round(price.cents / Math.abs(qty)) : price.cents, totalCents: priced ? price.cents : price.cents * Math.abs(qty) };
  }

  // A cancellation time (epoch ms), or NaN when the export gives none that parses (the order's own time is used).
  private cancelTime(text: string): number {
    if (text === '') return NaN;
    const time = this.parseTime(text);
    return time.ok ? time.ms : NaN;
  }

  /** The history of the rows taken (channels, SKUs and orders numbered as first met). */
  finish(): OrderHistory {
    return this.history.finish(this.contexts);
  }
}

interface ParsedLine {
  sku: string;
  qty: number;
  unitCents: number;
  totalCents: number;
}

/** Reads every source with the preset and returns the history, the outcome tally and any file-level problems. */
export async function importOrders(sources: OrderSource[], options: ImportOptions): Promise<ImportResult> {
  const counts = new ImportCounts(sources.map((s) => s.name));
  const importer = new OrderImporter(options, counts);
  await readImportRows(sources, options.preset, counts, (row) => importer.take(row));
  counts.checkRejectedShares(options.maxRejectedShare ?? 0.5);
  return { history: importer.finish(), credits: importer.credits, tally: counts.tally, fatal: counts.fatal, unitsAccepted: counts.unitsAccepted, revenueCents: counts.revenueCents, placed: counts.placed };
}

/** Why a SKU cannot be a scenario's SKU code (empty, too long, not UTF-8, a control character such as a quoted line break), or null. */
function skuCodeProblem(sku: string): string | null {
  if (sku === '') return 'no SKU';
  if (sku.length > SKU_CODE_MAX && codePointLength(sku) > SKU_CODE_MAX) return `SKU longer than ${SKU_CODE_MAX} characters`;
  if (hasControlCharacter(sku)) return 'SKU holds a control character (a line break, a tab...)';
  return notUtf8(sku);
}

const WHOLE = { '.': /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)$/, ',': /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)$/ } as const;

/** A whole number of units, optionally signed, with thousands separators (`,`, or `.` when `decimal` is `,`); else the reason. */
export function parseQuantity(text: string, decimal: MoneyFormat['decimal'] = '.'): number | string {
  if (text === '') return 'no quantity';
  if (!WHOLE[decimal].test(text)) return 'not a whole number';
  const n = Number(text.replace(/[,.]/g, ''));
  if (Math.abs(n) > 1_000_000) return 'more than 1,000,000 units on one line';
  return n;
}

