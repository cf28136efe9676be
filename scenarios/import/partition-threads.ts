// The threads of a partitioned import: one parses the second part of a big export and writes its rows
// to partition files of its own (its rows numbered from 0; the importing thread places them after its
// own part), one shares the partitions once the rows are written. Node only (worker threads).
import { Worker, type MessagePort } from 'node:worker_threads';
import { workerEntry } from '../experiment/pool.js';
import { CsvSyntaxError } from './csv.js';
import { rowsAfterHeader, type HeaderRow } from './order-rows.js';
import { ImportCounts, readSourceRows, type CountsSnapshot, type ReadSpan, type RowCursor } from './import-rows.js';
import type { ImportOptions } from './orders.js';
import { InputError, type InputProblem } from '../errors.js';
import { AtomicLineWriter } from '../files.js';
import { linesText, ordersCsvLines } from './orders-csv.js';
import { importPartitions, type PartitionOutcome, type PartitionWork } from './partition-import.js';
import { runsHistory, type RunsSpec } from './sorted-runs.js';
import { PartitionRowWriters } from './partition-rows.js';
import { fileChunks } from './split-file.js';

const defaults = {
  // The threads' young generation, kept small: their garbage (records, file chunks, blocks) is then
  // collected often, so the memory it holds stays small however big the file.
  threadYoungGenerationMb: 16,
};

/** What starts a thread of a partitioned import (its workerData). */
export type PartitionThreadData = { kind: 'baton-import-partitions' } | RangeThreadData;

/** A thread that parses the second part of a big file and writes its rows to partition files of its own. */
export interface RangeThreadData {
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
export interface RangeResult {
  rows: number;
  /** Rows written to each partition. */
  partitionRows: number[];
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
  | { type: 'orders-csv-written' }
  | { type: 'error'; line: number | null; message: string; code?: string; problems?: InputProblem[] };

/** What the helper thread is asked to do: import partitions, then (optionally) write orders.csv. */
type HelperTask =
  | { task: 'partitions'; work: PartitionWork }
  | { task: 'orders-csv'; spec: RunsSpec; originMs: number; target: string; temp: string };

const errorMessage = (error: unknown): ThreadMessage => ({
  type: 'error',
  code: (error as NodeJS.ErrnoException)?.code,
  problems: error instanceof InputError ? error.problems : undefined,
  line: error instanceof CsvSyntaxError ? error.line : null,
  message: error instanceof CsvSyntaxError ? error.reason : error instanceof Error ? (error.stack ?? error.message) : String(error),
});

/** A partitioned import's thread: parses a file's second part, or waits for the partitions to share. */
export function partitionThread(data: PartitionThreadData, port: MessagePort): void {
  if (data.kind === 'baton-partition-range') {
    void writeRange(data, port);
    return;
  }
  port.on('message', async (task: HelperTask) => {
    let message: ThreadMessage;
    try {
      if (task.task === 'partitions') message = { type: 'partitions', outcomes: await importPartitions(task.work) };
      else {
        writeOrdersCsv(task);
        message = { type: 'orders-csv-written' };
      }
    } catch (error) {
      message = errorMessage(error);
    }
    port.postMessage(message);
  });
  port.postMessage({ type: 'ready' } satisfies ThreadMessage);
}

/** orders.csv from the sorted runs, to its temporary file (the importing thread renames it into place). */
function writeOrdersCsv(task: Extract<HelperTask, { task: 'orders-csv' }>): void {
  const out = new AtomicLineWriter(task.target, task.temp);
  try {
    for (const piece of linesText(ordersCsvLines(runsHistory(task.spec), task.originMs))) out.write(piece);
    out.finish();
  } catch (error) {
    out.abort();
    throw error;
  }
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
    message = { type: 'range', result: { rows: cursor.seq, partitionRows: writers.rows, bytes: read, counts: counts.snapshot(), files: writers.files(0).map((f) => f.path), span } };
  } catch (error) {
    writers.close();
    message = errorMessage(error);
  }
  port.postMessage(message);
  port.close();
}

export interface RangeThread {
  result: Promise<RangeResult>;
  stop(): void;
}

/** Starts a thread of this import; every message it sends, its failure and its early exit go to `onMessage`. */
function startThread(workerData: PartitionThreadData, onMessage: (message: ThreadMessage) => void): Worker {
  const worker = new Worker(new URL(workerEntry), { workerData, resourceLimits: { maxYoungGenerationSizeMb: defaults.threadYoungGenerationMb } });
  worker.on('message', onMessage);
  worker.once('error', (error) => onMessage({ type: 'error', line: null, message: error.message }));
  worker.once('exit', (code) => onMessage({ type: 'error', line: null, message: `the thread exited (${code}) before it was done` }));
  return worker;
}

/** The error a thread reported, rebuilt here (a file system error keeps its code). */
const threadError = (message: Extract<ThreadMessage, { type: 'error' }>): Error => {
  if (message.problems !== undefined) return new InputError(message.problems);
  return message.line === null ? Object.assign(new Error(`partitioned import: ${message.message}`), { code: message.code }) : new CsvSyntaxError(message.line, message.message);
};

/** Starts the thread that parses and writes the second part of a file; `result` settles when it is done. */
export function startRangeThread(data: RangeThreadData, onBytes: (bytes: number) => void): RangeThread {
  let settle!: { resolve(result: RangeResult): void; reject(error: Error): void };
  const result = new Promise<RangeResult>((resolve, reject) => (settle = { resolve, reject }));
  result.catch(() => {}); // awaited once this thread's part of the rows is needed
  const worker = startThread(data, (message) => {
    if (message.type === 'bytes') onBytes(message.bytes);
    else if (message.type === 'range') {
      onBytes(message.result.bytes);
      settle.resolve(message.result);
      void worker.terminate();
    } else if (message.type === 'error') settle.reject(threadError(message));
  });
  return { result, stop: () => void worker.terminate() };
}

/** The helper thread: it loads at once, shares the partitions once `start(work)` is called, then may write orders.csv. */
export interface Helper {
  start(work: PartitionWork): Promise<PartitionOutcome[]>;
  /** Writes orders.csv from the runs to `temp` (the caller renames it to `target`). */
  writeOrdersCsv(spec: RunsSpec, target: string, temp: string, originMs: number): Promise<void>;
  stop(): void;
}

/** Starts the helper thread (see `Helper`); between tasks it does not keep the process alive. */
export function startHelper(): Helper {
  let isReady = false;
  let queued: HelperTask | null = null;
  let settle: { resolve(message: ThreadMessage): void; reject(error: Error): void } | null = null;
  let failure: Error | null = null;
  const worker = startThread({ kind: 'baton-import-partitions' }, (message) => {
    if (message.type === 'ready') {
      isReady = true;
      if (queued !== null) worker.postMessage(queued);
    } else if (message.type === 'error') {
      failure ??= threadError(message);
      settle?.reject(failure);
    } else if (message.type === 'partitions' || message.type === 'orders-csv-written') {
      worker.unref();
      settle?.resolve(message);
    }
  });
  const run = (task: HelperTask): Promise<ThreadMessage> =>
    new Promise<ThreadMessage>((resolve, reject) => {
      settle = { resolve, reject };
      if (failure !== null) return reject(failure);
      worker.ref();
      queued = task;
      if (isReady) worker.postMessage(task);
    });
  return {
    start: async (work) => {
      const message = await run({ task: 'partitions', work });
      return message.type === 'partitions' ? message.outcomes : [];
    },
    writeOrdersCsv: async (spec, target, temp, originMs) => {
      await run({ task: 'orders-csv', spec, originMs, target, temp });
    },
    stop: () => void worker.terminate(),
  };
}
