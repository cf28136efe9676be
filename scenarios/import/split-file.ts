// A big CSV order export read by two parsers at once: this thread parses the first part (header
// included) and imports its rows while a second thread parses the rest with csv-parse and sends its
// rows packed (typed arrays and one string of the needed columns per batch, a few batches ahead at
// most). The split is a line break outside quotes, so both parts are whole records; the rows, their
// lines and their order are those of one parser reading the whole file (a test holds the two equal).
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { Worker, type MessagePort } from 'node:worker_threads';
import { workerEntry } from '../experiment/pool.js';
import { CsvSyntaxError, readDelimitedBatches, type CsvRecord } from './csv.js';
import { PackedRows, packRows, rowsFromChunks, type PackedBatch, type RowBatch, type RowStream, type RowTail } from './order-rows.js';
import type { OrderPreset } from './presets.js';

const defaults = {
  // Smaller files are parsed in this thread alone (a thread costs more than it saves).
  minSplitBytes: 8 * 1024 * 1024,
  // The share of the file this thread parses: it also imports every row, so it takes the smaller part.
  ownShare: 0.1,
  // Records are packed as soon as there are this many, so they die young (held longer, they outlive
  // the young generation and the collector's work grows with the file).
  batchRows: 512,
  batchesAhead: 512,
  readBytes: 1 << 20,
  // The parsing thread's young generation, kept small: its garbage (records, file chunks) is then
  // collected often and the file's buffers are freed as it goes instead of piling up.
  parserYoungGenerationMb: 16,
};

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/** What starts a parsing thread (its workerData). */
export interface RangeParseData {
  kind: 'baton-parse-range';
  path: string;
  start: number;
  firstLine: number;
  delimiter: string;
  columns: number[];
}

type ThreadMessage =
  | { type: 'batch'; packed: PackedBatch; bytes: number }
  | { type: 'end' }
  | { type: 'error'; line: number | null; message: string };

/** True for the workerData of a parsing thread (the worker entry checks it). */
export function isRangeParseData(data: unknown): data is RangeParseData {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'baton-parse-range';
}

/**
 * The byte just after the first line break at or past `target` that lies outside quotes (an even
 * number of quote bytes before it), with the number of line breaks before that byte; null when there
 * is none. Doubled quotes inside a quoted field keep the count even, so the break ends a record.
 */
export function recordBoundary(path: string, target: number): { at: number; lines: number } | null {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(defaults.readBytes);
    let quotes = 0;
    let lines = 0;
    for (let offset = 0; ; ) {
      const read = readSync(fd, buffer, 0, buffer.length, offset);
      if (read === 0) return null;
      for (let i = 0; i < read; i++) {
        const byte = buffer[i]!;
        if (byte === QUOTE) quotes++;
        else if (byte === NEWLINE) {
          lines++;
          if (offset + i >= target && quotes % 2 === 0) return { at: offset + i + 1, lines };
        }
      }
      offset += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes from `start` to `end` (inclusive; the end of the file when undefined), reporting the bytes read so far. */
export async function* fileChunks(path: string, start: number, end: number | undefined, onBytes: (bytes: number) => void): AsyncGenerator<Buffer> {
  let read = 0;
  for await (const chunk of createReadStream(path, { start, end, highWaterMark: defaults.readBytes })) {
    read += (chunk as Buffer).length;
    onBytes(read);
    yield chunk as Buffer;
  }
}

/**
 * Where a big CSV export splits between two threads: the first record boundary past `share` of it,
 * or null when the file is read by one thread (small, TSV, or no boundary).
 */
export function splitPoint(path: string, preset: OrderPreset, share: number, minSplitBytes: number = defaults.minSplitBytes): { at: number; lines: number } | null {
  const size = statSync(path).size;
  // A TSV export is read with relaxed quotes: a quote there need not open a field, so no safe split.
  if (size < minSplitBytes || preset.delimiter === '\t') return null;
  const boundary = recordBoundary(path, Math.floor(size * share));
  return boundary === null || boundary.at >= size ? null : boundary;
}

/** The rows of an order export file: split between this thread and a parsing thread when it is a big CSV, else all read here. */
export function rowsFromFile(path: string, preset: OrderPreset, onBytes: (bytes: number) => void = () => {}, options: { minSplitBytes?: number; ownShare?: number } = {}): RowStream {
  const boundary = splitPoint(path, preset, options.ownShare ?? defaults.ownShare, options.minSplitBytes);
  if (boundary === null) return rowsFromChunks(fileChunks(path, 0, undefined, onBytes), preset);
  let ownBytes = 0;
  let tailBytes = 0;
  const own = fileChunks(path, 0, boundary.at - 1, (bytes) => onBytes((ownBytes = bytes) + tailBytes));
  return rowsFromChunks(own, preset, (columns) =>
    parseInThread({ kind: 'baton-parse-range', path, start: boundary.at, firstLine: boundary.lines + 1, delimiter: preset.delimiter, columns }, (bytes) => onBytes(ownBytes + (tailBytes = bytes))),
  );
}

/** Starts a thread parsing the rest of the file; its batches arrive in file order. */
function parseInThread(data: RangeParseData, onBytes: (bytes: number) => void): RowTail {
  const worker = new Worker(new URL(workerEntry), { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: defaults.parserYoungGenerationMb } });
  const inbox: ThreadMessage[] = [];
  let waiting: ((message: ThreadMessage) => void) | null = null;
  const deliver = (message: ThreadMessage) => {
    if (waiting === null) inbox.push(message);
    else {
      const take = waiting;
      waiting = null;
      take(message);
    }
  };
  worker.on('message', deliver);
  worker.on('error', (error) => deliver({ type: 'error', line: null, message: error.message }));
  const next = (): Promise<ThreadMessage> => {
    const queued = inbox.shift();
    return queued !== undefined ? Promise.resolve(queued) : new Promise((resolve) => (waiting = resolve));
  };
  return {
    batches: (async function* (): AsyncGenerator<RowBatch> {
      for (;;) {
        const message = await next();
        if (message.type === 'end') return;
        if (message.type === 'error') throw message.line === null ? new Error(`parsing ${data.path}: ${message.message}`) : new CsvSyntaxError(message.line, message.message);
        worker.postMessage('more');
        onBytes(message.bytes);
        yield new PackedRows(message.packed);
      }
    })(),
    close() {
      void worker.terminate();
    },
  };
}

/** The parsing thread's work: the file from `start` in packed batches, a few ahead of the importer at most. */
export async function parseRangeInThread(data: RangeParseData, port: MessagePort): Promise<void> {
  let credits = defaults.batchesAhead;
  let wake: (() => void) | null = null;
  port.on('message', () => {
    credits++;
    wake?.();
    wake = null;
  });
  let bytes = 0;
  let pending: CsvRecord[] = [];
  const send = async (): Promise<void> => {
    while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
    credits--;
    const packed = packRows(pending, data.columns);
    pending = [];
    const message: ThreadMessage = { type: 'batch', packed, bytes };
    port.postMessage(message, [packed.lines, packed.fieldCounts, packed.blanks, packed.fingerprints, packed.ends].map((array) => array.buffer as ArrayBuffer));
  };
  try {
    const chunks = fileChunks(data.path, data.start, undefined, (read) => (bytes = read));
    for await (const batch of readDelimitedBatches(chunks, { delimiter: data.delimiter, firstLine: data.firstLine })) {
      for (const record of batch) pending.push(record);
      if (pending.length >= defaults.batchRows) await send();
    }
    if (pending.length > 0) await send();
    port.postMessage({ type: 'end' } satisfies ThreadMessage);
  } catch (error) {
    const line = error instanceof CsvSyntaxError ? error.line : null;
    const message = error instanceof CsvSyntaxError ? error.reason : error instanceof Error ? error.message : String(error);
    port.postMessage({ type: 'error', line, message } satisfies ThreadMessage);
  }
  port.close();
}
