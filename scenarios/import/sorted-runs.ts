// The sorted runs of a partitioned import's orders, read back as one history: each run holds one
// partition's orders (channels and SKUs numbered in the partition), sorted by import order or by time;
// the history merges them, numbering channels and SKUs by the row that first met them, as an import
// in memory numbers them. Node only (files).
import type { HistoryLine, HistoryOrder, HistoryStream, HistoryTotals } from './history-stream.js';
import type { PartitionOutcome } from './partition-import.js';
import { RecordReader } from './spill.js';

/** Numbers texts as first met across partitions, and orders them by the row that met them first. */
class FirstMet {
  readonly names: string[] = [];
  readonly firstSeq: number[] = [];
  private readonly index = new Map<string, number>();

  /** The text's provisional number (its place in `names`), noting the row that met it. */
  note(name: string, seq: number): number {
    let at = this.index.get(name);
    if (at === undefined) {
      at = this.names.length;
      this.names.push(name);
      this.firstSeq.push(seq);
      this.index.set(name, at);
    } else if (seq < this.firstSeq[at]!) this.firstSeq[at] = seq;
    return at;
  }

  /** The texts in the order first met, and each provisional number's final one. */
  ranked(): { names: string[]; final: Int32Array } {
    const order = this.names.map((_, i) => i).sort((a, b) => this.firstSeq[a]! - this.firstSeq[b]!);
    const final = new Int32Array(order.length);
    order.forEach((provisional, rank) => (final[provisional] = rank));
    return { names: order.map((i) => this.names[i]!), final };
  }
}

/** Collects the partitions' sorted runs and numbers their channels and SKUs as first met (see `spec`). */
export class SortedRuns {
  private readonly channels = new FirstMet();
  private readonly skus = new FirstMet();
  private readonly byImport: string[] = [];
  private readonly byTime: string[] = [];
  /** Per run: its local channel and SKU numbers, as provisional ones. */
  private readonly channelOf: number[][] = [];
  private readonly skuOf: number[][] = [];
  private orders = 0;
  private lines = 0;
  private returnedOrders = 0;
  private cancelledOrders = 0;
  private firstMs = Infinity;
  private lastMs = -Infinity;
  /** By provisional SKU number. */
  private readonly skuUnits: number[] = [];
  private readonly skuRevenueCents: number[] = [];

  add(outcome: PartitionOutcome): void {
    this.channelOf.push(outcome.channels.map((name, c) => this.channels.note(name, outcome.channelSeq[c]!)));
    const skuOf = outcome.skus.map((code, s) => this.skus.note(code, outcome.skuSeq[s]!));
    this.skuOf.push(skuOf);
    skuOf.forEach((provisional, s) => {
      this.skuUnits[provisional] = (this.skuUnits[provisional] ?? 0) + outcome.skuUnits[s]!;
      this.skuRevenueCents[provisional] = (this.skuRevenueCents[provisional] ?? 0) + outcome.skuRevenueCents[s]!;
    });
    this.byImport.push(outcome.byImport);
    this.byTime.push(outcome.byTime);
    this.orders += outcome.orders;
    this.lines += outcome.lines;
    this.returnedOrders += outcome.returnedOrders;
    this.cancelledOrders += outcome.cancelledOrders;
    this.firstMs = Math.min(this.firstMs, outcome.firstMs);
    this.lastMs = Math.max(this.lastMs, outcome.lastMs);
  }

  /** The runs and their numbering, as plain data (another thread can read the history from it). */
  spec(): RunsSpec {
    const channels = this.channels.ranked();
    const skus = this.skus.ranked();
    const skuUnits = new Array<number>(skus.names.length).fill(0);
    const skuRevenueCents = new Array<number>(skus.names.length).fill(0);
    this.skuUnits.forEach((units, provisional) => (skuUnits[skus.final[provisional]!] = units));
    this.skuRevenueCents.forEach((cents, provisional) => (skuRevenueCents[skus.final[provisional]!] = cents));
    return {
      byImport: this.byImport,
      byTime: this.byTime,
      // each run's local numbers, straight to the final ones
      channelFinal: this.channelOf.map((local) => local.map((provisional) => channels.final[provisional]!)),
      skuFinal: this.skuOf.map((local) => local.map((provisional) => skus.final[provisional]!)),
      skus: skus.names,
      channels: channels.names,
      orders: this.orders,
      lines: this.lines,
      returnedOrders: this.returnedOrders,
      cancelledOrders: this.cancelledOrders,
      firstMs: this.firstMs,
      lastMs: this.lastMs,
      skuUnits,
      skuRevenueCents,
    };
  }
}

/** Sorted runs of orders and how their local channel and SKU numbers map to the history's. */
export interface RunsSpec extends HistoryTotals {
  byImport: string[];
  byTime: string[];
  channelFinal: number[][];
  skuFinal: number[][];
  skus: string[];
  channels: string[];
  skuUnits: number[];
  skuRevenueCents: number[];
}

/** The history merged from sorted runs (read from the files each time it is iterated). */
export function runsHistory(spec: RunsSpec): HistoryStream {
  const { channelFinal, skuFinal } = spec;
  // An order is read into its run's one object (the stream's orders are valid until the next).
  const decode = (reader: RecordReader, run: number, into: HistoryOrder | null): HistoryOrder => {
    const skuOf = skuFinal[run]!;
    const order = into ?? { seq: 0, id: '', ms: 0, channel: 0, kind: 0, cancelMs: NaN, lines: [] };
    order.seq = reader.f64();
    order.ms = reader.f64();
    order.channel = channelFinal[run]![reader.u32()]!;
    order.kind = reader.u32();
    order.cancelMs = reader.f64();
    order.id = reader.string();
    const count = reader.u32();
    const lines = order.lines;
    for (let k = 0; k < count; k++) {
      const line: HistoryLine = lines[k] ?? (lines[k] = { sku: 0, qty: 0, unitCents: 0, totalCents: 0 });
      line.sku = skuOf[reader.u32()]!;
      line.qty = reader.u32();
      line.unitCents = reader.f64();
      line.totalCents = reader.f64();
    }
    lines.length = count;
    return order;
  };
  return {
    skus: spec.skus,
    channels: spec.channels,
    orders: spec.orders,
    lines: spec.lines,
    returnedOrders: spec.returnedOrders,
    cancelledOrders: spec.cancelledOrders,
    firstMs: spec.firstMs,
    lastMs: spec.lastMs,
    skuUnits: spec.skuUnits,
    skuRevenueCents: spec.skuRevenueCents,
    inImportOrder: () => mergeRuns(spec.byImport, decode, (a, b) => a.seq < b.seq),
    inTimeOrder: () => mergeRuns(spec.byTime, decode, (a, b) => a.ms < b.ms || (a.ms === b.ms && a.seq < b.seq)),
  };
}

/**
 * The records of sorted runs merged into one sorted sequence (`before` orders them). `decode` reads a
 * run's next record into the object given (the run's previous one, once it has been yielded).
 */
function* mergeRuns<T>(paths: readonly string[], decode: (reader: RecordReader, run: number, into: T | null) => T, before: (a: T, b: T) => boolean): Generator<T> {
  const readers = paths.map((path) => new RecordReader(path));
  try {
    const heads = readers.map((reader, run) => (reader.next() ? decode(reader, run, null) : null));
    for (;;) {
      let best = -1;
      for (let i = 0; i < heads.length; i++) if (heads[i] !== null && (best < 0 || before(heads[i]!, heads[best]!))) best = i;
      if (best < 0) return;
      yield heads[best]!;
      heads[best] = readers[best]!.next() ? decode(readers[best]!, best, heads[best]!) : null;
    }
  } finally {
    for (const reader of readers) reader.close();
  }
}

