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
import { InputError } from '../errors.js';
import { isWriteFailure, writeFailureReason } from '../files.js';
import type { ImportedHistory } from './build.js';
import { historyStream } from './history-stream.js';
import { CsvSyntaxError } from './csv.js';
import { rowsFromChunks, type HeaderRow, type RowTail } from './order-rows.js';
import { ImportCounts, readSourceRows, type OrderSource, type RowCursor } from './import-rows.js';
import { importOrders, type ImportOptions } from './orders.js';
import type { RowProblem } from './outcomes.js';
import { importPartitions, type PartitionWork } from './partition-import.js';
import { PartitionRowWriters, type RowFile } from './partition-rows.js';
import { startHelper, startRangeThread, type RangeThread } from './partition-threads.js';
import { SortedRuns, runsHistory } from './sorted-runs.js';
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
  /**
   * When another thread can write orders.csv meanwhile: writes it to `temp` (the caller renames it
   * to `target` with the other files, or removes it), from the history and the outputs' time origin.
   */
  writeOrdersCsv?(target: string, temp: string, originMs: number): Promise<void>;
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
  const parent = options.temporaryFolder ?? tmpdir();
  let folder: string;
  try {
    folder = mkdtempSync(join(parent, 'baton-import-'));
  } catch (error) {
    throw temporaryFolderError(parent, error);
  }
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
    const rows = await writeRows(sources, options, { folder, partitions, files, counts, threads });
    const work: PartitionWork = { folder, partitions, files, options: settings, ...rows, next: new SharedArrayBuffer(4) };
    const theirs = helper?.start(work);
    // between partitions this thread lets the helper's messages through (it may still be starting)
    const outcomes = await importPartitions(work);
    if (theirs !== undefined) outcomes.push(...(await theirs));
    const runs = new SortedRuns();
    for (const outcome of outcomes.sort((a, b) => a.partition - b.partition)) {
      counts.merge(outcome.counts);
      runs.add(outcome);
    }
    counts.checkRejectedShares(options.maxRejectedShare ?? 0.5);
    const spec = runs.spec();
    return {
      stream: runsHistory(spec),
      credits: outcomes.flatMap((o) => o.credits).sort((a, b) => a.seq - b.seq),
      tally: counts.tally,
      fatal: counts.fatal,
      unitsAccepted: counts.unitsAccepted,
      revenueCents: counts.revenueCents,
      placed: counts.placed,
      writeOrdersCsv: helper === null ? undefined : (target, temp, originMs) => helper.writeOrdersCsv(spec, target, temp, originMs),
      dispose: () => {
        helper?.stop();
        dispose();
      },
    };
  } catch (error) {
    for (const thread of threads) thread.stop();
    dispose();
    throw isWriteFailure(error) ? temporaryFolderError(folder, error) : error;
  }
}

/** The temporary folder cannot be made or written (full, read-only, missing): exit 2 naming it. */
function temporaryFolderError(folder: string, error: unknown): InputError {
  return InputError.of({ file: folder, path: 'TMPDIR', message: `the import's temporary files cannot be written there (${writeFailureReason(error)}); set TMPDIR to a writable folder with room for about 120 bytes per order line; nothing was written` });
}

/** Where phase 1 writes, and what it reports to. */
interface RowTarget {
  folder: string;
  partitions: number;
  files: string[];
  counts: ImportCounts;
  /** Threads started (stopped if the import fails). */
  threads: { stop(): void }[];
}

/** Phase 1: every source's rows to the partition files (a big file's second part by a thread of its own). */
async function writeRows(sources: OrderSource[], options: PartitionOptions, target: RowTarget): Promise<Pick<PartitionWork, 'rowFiles' | 'partitionRows' | 'continuesBefore'>> {
  const { folder, partitions, files, counts } = target;
  const writers = new PartitionRowWriters(folder, 'main', partitions);
  const rowFiles: RowFile[][] = writers.files(0).map((file) => [file]);
  const partitionRows = writers.rows;
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
        target.threads.push(range);
        return { batches: (async function* () {})(), close() {} };
      };
      const own = rowsFromChunks(fileChunks(source.path, 0, boundary.at - 1, (bytes) => progress(f)((ownBytes = bytes) + rangeBytes)), options.preset, startRange);
      const span = await readSourceRows({ name: source.name, rows: own }, f, options.preset, counts, cursor, (row) => writers.write(row));
      if (range === null) continue;
      const result = await (range as RangeThread).result.catch((error: unknown) => {
        if (error instanceof CsvSyntaxError) error.file ??= source.name;
        throw error;
      });
      const offset = cursor.seq;
      cursor.seq += result.rows;
      counts.merge(result.counts, offset);
      result.files.forEach((path, p) => rowFiles[p]!.push({ path, seqOffset: offset }));
      result.partitionRows.forEach((n, p) => (partitionRows[p]! += n));
      // the second part's first order id continues the first part's last one: that row is a continuation
      if (result.span.firstWithId !== null && result.span.firstWithId.id === span.lastId) continuesBefore.push(offset + result.span.firstWithId.seq);
    }
  } finally {
    writers.close();
  }
  return { rowFiles, partitionRows, continuesBefore };
}
