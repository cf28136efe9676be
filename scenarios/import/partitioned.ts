// An import in bounded memory, for exports bigger than memory should hold. Every rule of the order
// logic needs only the rows of one order id (a duplicate row repeats its id), so:
// 1. the rows are read once and written to partition files by a hash of their order id, in file order
//    (a big file is parsed by two threads, each writing its part's rows to files of its own);
// 2. each partition is imported on its own (same order logic, one partition in memory per thread, two
//    threads sharing the partitions) and its orders are written twice, sorted by their first row
//    (import order) and by time;
// 3. the outputs read the orders merged from those sorted runs. Channels and SKUs are numbered by the
//    first row that met them, orders ordered by their first line's row, problems kept by row: the
//    files are the ones an import in memory writes (a test holds them equal).
// Node only (temporary files).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, type MessagePort } from 'node:worker_threads';
import { workerEntry } from '../experiment/pool.js';
import type { ImportedHistory } from './build.js';
import { CsvSyntaxError } from './csv.js';
import { historyStream, linesByOrder, ordersByTime, type HistoryOrder, type HistoryStream } from './history-stream.js';
import { rowsAfterHeader, rowsFromChunks, type HeaderRow, type RowTail } from './order-rows.js';
import { ImportCounts, OrderImporter, importOrders, readSourceRows, type CountsSnapshot, type ImportOptions, type OrderSource, type ReadSpan, type RowCursor } from './orders.js';
import type { RowProblem } from './outcomes.js';
import { PartitionRowWriters, readPartitionRows, type RowFile } from './partition-rows.js';
import { RecordReader, RecordWriter } from './spill.js';
import { fileChunks, rowsFromFile, splitPoint } from './split-file.js';

const defaults = {
  partitionBytes: 32 * 1024 * 1024,
  maxPartitions: 256,
  // A big file is split in the middle: both threads parse and write rows alike.
  rangeShare: 0.5,
};

export interface PartitionOptions extends ImportOptions {
  /** Number of partitions (see `partitionCount`). */
  partitions: number;
  /** Where the temporary folder goes (default: the system's). */
  temporaryFolder?: string;
  /** Bytes read so far of all the files given by path (for a progress bar). */
  onBytes?: (bytes: number) => void;
  /** Files given by path are split between two threads from this size (default 8 MB; tests set it low). */
  minSplitBytes?: number;
  /** Where a split file's second part starts, as a share of it (default 0.5). */
  splitShare?: number;
}

/** A partitioned import's outcome: its history reads temporary files until `dispose()` removes them. */
export interface PartitionedImport extends ImportedHistory {
  fatal: RowProblem[];
  dispose(): void;
}

/** Partitions for `inputBytes` of exports, each about `partitionBytes` (1: import in memory). */
export function partitionCount(inputBytes: number, partitionBytes: number = defaults.partitionBytes): number {
  return Math.min(defaults.maxPartitions, Math.max(1, Math.ceil(inputBytes / Math.max(1, partitionBytes))));
}

/**
 * Imports the sources in memory when their `inputBytes` fit one partition of `partitionBytes`,
 * else through partition files: the same outcome either way, in memory bounded by the partition size.
 */
export async function importOrdersBounded(sources: OrderSource[], options: ImportOptions & { inputBytes: number; partitionBytes?: number; onBytes?: (bytes: number) => void }): Promise<PartitionedImport> {
  const partitions = partitionCount(options.inputBytes, options.partitionBytes);
  if (partitions > 1) return importOrdersPartitioned(sources, { ...options, partitions });
  const progress = byteProgress(options.onBytes);
  const inMemory = sources.map((source, f): OrderSource => ('path' in source ? { name: source.name, rows: rowsFromFile(source.path, options.preset, progress(f)) } : source));
  const result = await importOrders(inMemory, options);
  return { ...result, stream: historyStream(result.history), dispose: () => {} };
}

/** A progress callback per file, reporting the bytes read of every file together. */
function byteProgress(onBytes: ((bytes: number) => void) | undefined): (file: number) => (bytes: number) => void {
  const read: number[] = [];
  return (file) => (bytes) => {
    read[file] = bytes;
    onBytes?.(read.reduce((a, b) => a + (b ?? 0), 0));
  };
}

/** Imports the sources through partition files in a temporary folder (see the module comment). */
export async function importOrdersPartitioned(sources: OrderSource[], options: PartitionOptions): Promise<PartitionedImport> {
  const folder = mkdtempSync(join(options.temporaryFolder ?? tmpdir(), 'baton-import-'));
  const dispose = (): void => {
    process.off('exit', dispose);
    rmSync(folder, { recursive: true, force: true });
  };
  // removed on any exit (Ctrl-C included) if the caller never gets to dispose of it
  process.once('exit', dispose);
  const partitions = Math.max(1, Math.floor(options.partitions));
  const files = sources.map((s) => s.name);
  const settings: ImportOptions = { preset: options.preset, channel: options.channel, timeZone: options.timeZone };
  // A second thread shares the partitions; it loads while the rows are read.
  const helper = partitions > 1 ? startHelper() : null;
  const threads: { stop(): void }[] = helper === null ? [] : [helper];
  try {
    const counts = new ImportCounts(files);
    const writers = new PartitionRowWriters(folder, 'main', partitions);
    const rowFiles: RowFile[][] = writers.files(0).map((file) => [file]);
    const continuesBefore: number[] = [];
    const cursor: RowCursor = { seq: 0 };
    const progress = byteProgress(options.onBytes);
    try {
      for (let f = 0; f < sources.length; f++) {
        const source = sources[f]!;
        const boundary = 'path' in source ? splitPoint(source.path, options.preset, options.splitShare ?? defaults.rangeShare, options.minSplitBytes) : null;
        if (!('path' in source) || boundary === null) {
          const read = 'path' in source ? { name: source.name, rows: rowsFromChunks(fileChunks(source.path, 0, undefined, progress(f)), options.preset) } : source;
          await readSourceRows(read, f, options.preset, counts, cursor, (row) => writers.write(row));
          continue;
        }
        // The file's second part is parsed and written by a thread of its own, its rows numbered from 0.
        let ownBytes = 0;
        let rangeBytes = 0;
        let range: RangeThread | null = null;
        const startRange = (_columns: number[], header: HeaderRow): RowTail => {
          range = startRangeThread({ kind: 'baton-partition-range', path: source.path, start: boundary.at, firstLine: boundary.lines + 1, file: f, files, preset: options.preset, header, folder, partitions, tag: `file${f}` }, (bytes) => progress(f)(ownBytes + (rangeBytes = bytes)));
          threads.push(range);
          return { batches: (async function* () {})(), close() {} };
        };
        const own = rowsFromChunks(fileChunks(source.path, 0, boundary.at - 1, (bytes) => progress(f)((ownBytes = bytes) + rangeBytes)), options.preset, startRange);
        const span = await readSourceRows({ name: source.name, rows: own }, f, options.preset, counts, cursor, (row) => writers.write(row));
        if (range === null) continue;
        const result = await (range as RangeThread).result;
        const offset = cursor.seq;
        cursor.seq += result.rows;
        counts.merge(result.counts, offset);
        result.files.forEach((path, p) => rowFiles[p]!.push({ path, seqOffset: offset }));
        if (result.span.firstWithId !== null && result.span.firstWithId.id === span.lastId) continuesBefore.push(offset + result.span.firstWithId.seq);
      }
    } finally {
      writers.close();
    }
    const work: PartitionWork = { folder, partitions, files, options: settings, rowFiles, continuesBefore, next: new SharedArrayBuffer(4) };
    const theirs = helper?.start(work);
    // between partitions this thread lets the helper's messages through (it may still be starting)
    const outcomes = await importPartitionsYielding(work);
    if (theirs !== undefined) outcomes.push(...(await theirs));
    const runs = new SortedRuns();
    for (const outcome of outcomes.sort((a, b) => a.partition - b.partition)) {
      counts.merge(outcome.counts);
      runs.add(outcome);
    }
    counts.checkRejectedShares(options.maxRejectedShare ?? 0.5);
    return { stream: runs.stream(), tally: counts.tally, fatal: counts.fatal, unitsAccepted: counts.unitsAccepted, revenueCents: counts.revenueCents, dispose };
  } catch (error) {
    for (const thread of threads) thread.stop();
    dispose();
    throw error;
  }
}

/** What the threads importing partitions share: the folder, the import's settings, the row files, and the next partition to take. */
interface PartitionWork {
  folder: string;
  partitions: number;
  files: string[];
  options: ImportOptions;
  /** Per partition, its row files. */
  rowFiles: RowFile[][];
  /** Rows (by seq) that continue the row before them, across the split of a file. */
  continuesBefore: number[];
  /** An Int32 counter: each thread takes the partition it holds, and moves it on. */
  next: SharedArrayBuffer;
}

/** What importing one partition gives, as plain data (it may cross threads). Its runs number channels and SKUs locally. */
interface PartitionOutcome {
  partition: number;
  channels: string[];
  channelSeq: number[];
  skus: string[];
  skuSeq: number[];
  counts: CountsSnapshot;
  orders: number;
  lines: number;
  firstMs: number;
  lastMs: number;
  byImport: string;
  byTime: string;
}

/** Takes partitions until none is left; returns what each gave. */
function importPartitions(work: PartitionWork): PartitionOutcome[] {
  const next = new Int32Array(work.next);
  const outcomes: PartitionOutcome[] = [];
  for (let p = Atomics.add(next, 0, 1); p < work.partitions; p = Atomics.add(next, 0, 1)) outcomes.push(importPartition(work, p));
  return outcomes;
}

/** `importPartitions`, giving way to other tasks of this thread between partitions. */
async function importPartitionsYielding(work: PartitionWork): Promise<PartitionOutcome[]> {
  const next = new Int32Array(work.next);
  const outcomes: PartitionOutcome[] = [];
  for (let p = Atomics.add(next, 0, 1); p < work.partitions; p = Atomics.add(next, 0, 1)) {
    outcomes.push(importPartition(work, p));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return outcomes;
}

/** Imports one partition's rows and writes its orders sorted by import order and by time. */
function importPartition(work: PartitionWork, partition: number): PartitionOutcome {
  const counts = new ImportCounts(work.files);
  const importer = new OrderImporter(work.options, counts);
  const rowFiles = work.rowFiles[partition]!;
  readPartitionRows(rowFiles, new Set(work.continuesBefore), (row) => importer.take(row));
  for (const file of rowFiles) rmSync(file.path);
  const local = importer.finish();
  const n = local.orderMs.length;
  let firstMs = Infinity;
  let lastMs = -Infinity;
  for (let o = 0; o < n; o++) {
    firstMs = Math.min(firstMs, local.orderMs[o]!);
    lastMs = Math.max(lastMs, local.orderMs[o]!);
  }
  const { start, byOrder } = linesByOrder(local);
  const write = (path: string, orders: Iterable<number>): string => {
    const out = new RecordWriter(path);
    for (const o of orders) {
      out.f64(importer.orderSeq.get(o));
      out.f64(local.orderMs[o]!);
      out.u32(local.orderChannel[o]!);
      out.u32(local.orderReturned[o]!);
      out.string(local.orderIds.at(o));
      out.u32(start[o + 1]! - start[o]!);
      for (let k = start[o]!; k < start[o + 1]!; k++) {
        const l = byOrder[k]!;
        out.u32(local.lineSku[l]!);
        out.u32(local.lineQty[l]!);
        out.f64(local.lineUnitCents[l]!);
        out.f64(local.lineTotalCents[l]!);
      }
      out.endRecord();
    }
    out.close();
    return path;
  };
  return {
    partition,
    channels: local.channels,
    channelSeq: importer.channelSeq,
    skus: local.skus,
    skuSeq: importer.skuSeq,
    counts: counts.snapshot(),
    orders: n,
    lines: local.lineOrder.length,
    firstMs,
    lastMs,
    byImport: write(join(work.folder, `orders-${partition}.bin`), Array.from({ length: n }, (_, o) => o)),
    byTime: write(join(work.folder, `orders-by-time-${partition}.bin`), ordersByTime(local)),
  };
}

/** What starts a thread of a partitioned import (its workerData). */
export type PartitionThreadData = { kind: 'baton-import-partitions' } | RangeThreadData;

/** A thread that parses the second part of a big file and writes its rows to partition files of its own. */
interface RangeThreadData {
  kind: 'baton-partition-range';
  path: string;
  start: number;
  firstLine: number;
  file: number;
  files: string[];
  preset: ImportOptions['preset'];
  header: HeaderRow;
  folder: string;
  partitions: number;
  tag: string;
}

/** What the range thread read: its row count, counts (seq from 0), its rows' files per partition, and the ids at its edges. */
interface RangeResult {
  rows: number;
  bytes: number;
  counts: CountsSnapshot;
  files: string[];
  span: ReadSpan;
}

/** True for the workerData of a partitioned import's thread (the worker entry checks it). */
export function isPartitionThreadData(data: unknown): data is PartitionThreadData {
  const kind = (data as { kind?: unknown } | null)?.kind;
  return kind === 'baton-import-partitions' || kind === 'baton-partition-range';
}

type ThreadMessage =
  | { type: 'ready' }
  | { type: 'bytes'; bytes: number }
  | { type: 'range'; result: RangeResult }
  | { type: 'partitions'; outcomes: PartitionOutcome[] }
  | { type: 'error'; line: number | null; message: string };

const errorMessage = (error: unknown): ThreadMessage => ({
  type: 'error',
  line: error instanceof CsvSyntaxError ? error.line : null,
  message: error instanceof CsvSyntaxError ? error.reason : error instanceof Error ? (error.stack ?? error.message) : String(error),
});

/** A partitioned import's thread: parses a file's second part, or waits for the partitions to share. */
export function partitionThread(data: PartitionThreadData, port: MessagePort): void {
  if (data.kind === 'baton-partition-range') {
    void writeRange(data, port);
    return;
  }
  port.once('message', (work: PartitionWork) => {
    let message: ThreadMessage;
    try {
      message = { type: 'partitions', outcomes: importPartitions(work) };
    } catch (error) {
      message = errorMessage(error);
    }
    port.postMessage(message);
    port.close();
  });
  port.postMessage({ type: 'ready' } satisfies ThreadMessage);
}

async function writeRange(data: RangeThreadData, port: MessagePort): Promise<void> {
  const writers = new PartitionRowWriters(data.folder, data.tag, data.partitions);
  let message: ThreadMessage;
  try {
    const counts = new ImportCounts(data.files);
    const cursor: RowCursor = { seq: 0 };
    let reported = 0;
    let read = 0;
    const chunks = fileChunks(data.path, data.start, undefined, (bytes) => {
      read = bytes;
      if (bytes - reported < 4 << 20) return;
      reported = bytes;
      port.postMessage({ type: 'bytes', bytes } satisfies ThreadMessage);
    });
    const rows = rowsAfterHeader(chunks, data.preset, data.header, data.firstLine);
    const span = await readSourceRows({ name: data.files[data.file]!, rows }, data.file, data.preset, counts, cursor, (row) => writers.write(row));
    writers.close();
    message = { type: 'range', result: { rows: cursor.seq, bytes: read, counts: counts.snapshot(), files: writers.files(0).map((f) => f.path), span } };
  } catch (error) {
    writers.close();
    message = errorMessage(error);
  }
  port.postMessage(message);
  port.close();
}

interface RangeThread {
  result: Promise<RangeResult>;
  stop(): void;
}

/** Starts a thread of this import; every message it sends, its failure and its early exit go to `onMessage`. */
function startThread(workerData: PartitionThreadData, onMessage: (message: ThreadMessage) => void): Worker {
  const worker = new Worker(new URL(workerEntry), { workerData });
  worker.on('message', onMessage);
  worker.once('error', (error) => onMessage({ type: 'error', line: null, message: error.message }));
  worker.once('exit', (code) => onMessage({ type: 'error', line: null, message: `the thread exited (${code}) before it was done` }));
  return worker;
}

const threadError = (message: Extract<ThreadMessage, { type: 'error' }>): Error =>
  message.line === null ? new Error(`partitioned import: ${message.message}`) : new CsvSyntaxError(message.line, message.message);

function startRangeThread(data: RangeThreadData, onBytes: (bytes: number) => void): RangeThread {
  let worker: Worker | null = null;
  const result = new Promise<RangeResult>((resolve, reject) => {
    worker = startThread(data, (message) => {
      if (message.type === 'bytes') onBytes(message.bytes);
      else if (message.type === 'range') {
        onBytes(message.result.bytes);
        resolve(message.result);
        void worker?.terminate();
      } else if (message.type === 'error') reject(threadError(message));
    });
  });
  result.catch(() => {}); // awaited once this thread's part of the rows is needed
  return { result, stop: () => void (worker as Worker | null)?.terminate() };
}

/** Starts the thread that shares the partitions once `start(work)` is called. */
function startHelper(): { start(work: PartitionWork): Promise<PartitionOutcome[]>; stop(): void } {
  let worker: Worker | null = null;
  let work: PartitionWork | null = null;
  let isReady = false;
  // the work goes as soon as both the thread and the work are there
  const ready = (): void => {
    isReady = true;
    if (work !== null) worker?.postMessage(work);
  };
  let settle: { resolve(outcomes: PartitionOutcome[]): void; reject(error: Error): void } | null = null;
  let failure: Error | null = null;
  worker = startThread({ kind: 'baton-import-partitions' }, (message) => {
    if (message.type === 'ready') ready();
    else if (message.type === 'partitions') {
      settle?.resolve(message.outcomes);
      void worker?.terminate();
    } else if (message.type === 'error') {
      failure ??= threadError(message);
      settle?.reject(failure);
    }
  });
  return {
    start: (given) =>
      new Promise<PartitionOutcome[]>((resolve, reject) => {
        settle = { resolve, reject };
        work = given;
        if (failure !== null) reject(failure);
        else if (isReady) worker?.postMessage(work);
      }),
    stop: () => void worker?.terminate(),
  };
}

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

/** The partitions' sorted runs, read back merged, their channels and SKUs numbered as first met. */
class SortedRuns {
  private readonly channels = new FirstMet();
  private readonly skus = new FirstMet();
  private readonly byImport: string[] = [];
  private readonly byTime: string[] = [];
  /** Per run: its local channel and SKU numbers, as provisional ones. */
  private readonly channelOf: number[][] = [];
  private readonly skuOf: number[][] = [];
  private orders = 0;
  private lines = 0;
  private firstMs = Infinity;
  private lastMs = -Infinity;

  add(outcome: PartitionOutcome): void {
    this.channelOf.push(outcome.channels.map((name, c) => this.channels.note(name, outcome.channelSeq[c]!)));
    this.skuOf.push(outcome.skus.map((code, s) => this.skus.note(code, outcome.skuSeq[s]!)));
    this.byImport.push(outcome.byImport);
    this.byTime.push(outcome.byTime);
    this.orders += outcome.orders;
    this.lines += outcome.lines;
    this.firstMs = Math.min(this.firstMs, outcome.firstMs);
    this.lastMs = Math.max(this.lastMs, outcome.lastMs);
  }

  /** The merged history (read from the runs each time it is iterated). */
  stream(): HistoryStream {
    const channels = this.channels.ranked();
    const skus = this.skus.ranked();
    // each run's local numbers, straight to the final ones
    const channelFinal = this.channelOf.map((local) => local.map((provisional) => channels.final[provisional]!));
    const skuFinal = this.skuOf.map((local) => local.map((provisional) => skus.final[provisional]!));
    const decode = (reader: RecordReader, run: number): HistoryOrder => {
      const skuOf = skuFinal[run]!;
      const seq = reader.f64();
      const ms = reader.f64();
      const channel = channelFinal[run]![reader.u32()]!;
      const returned = reader.u32() === 1;
      const id = reader.string();
      const count = reader.u32();
      const lines = new Array<HistoryOrder['lines'][number]>(count);
      for (let k = 0; k < count; k++) lines[k] = { sku: skuOf[reader.u32()]!, qty: reader.u32(), unitCents: reader.f64(), totalCents: reader.f64() };
      return { seq, id, ms, channel, returned, lines };
    };
    return {
      skus: skus.names,
      channels: channels.names,
      orders: this.orders,
      lines: this.lines,
      firstMs: this.firstMs,
      lastMs: this.lastMs,
      inImportOrder: () => mergeRuns(this.byImport, decode, (a, b) => a.seq < b.seq),
      inTimeOrder: () => mergeRuns(this.byTime, decode, (a, b) => a.ms < b.ms || (a.ms === b.ms && a.seq < b.seq)),
    };
  }
}

/** The records of sorted runs merged into one sorted sequence (`before` orders them). */
function* mergeRuns<T>(paths: readonly string[], decode: (reader: RecordReader, run: number) => T, before: (a: T, b: T) => boolean): Generator<T> {
  const readers = paths.map((path) => new RecordReader(path));
  try {
    const heads = readers.map((reader, run) => (reader.next() ? decode(reader, run) : null));
    for (;;) {
      let best = -1;
      for (let i = 0; i < heads.length; i++) if (heads[i] !== null && (best < 0 || before(heads[i]!, heads[best]!))) best = i;
      if (best < 0) return;
      const head = heads[best]!;
      heads[best] = readers[best]!.next() ? decode(readers[best]!, best) : null;
      yield head;
    }
  } finally {
    for (const reader of readers) reader.close();
  }
}
