// An order export as the importer reads it: the header (with the preset's columns located, or why
// not), then batches of rows, each row reduced to what the importer needs: its line, field count,
// blank flag, duplicate fingerprint and the preset's columns. Rows come from csv-parse in this thread
// (`rowsFromChunks`), or packed by a parsing thread (`packRows` there, `PackedRows` here), which lets
// part of a big file be parsed on a second core. Free of Node modules.
import { isBlankRecord, notUtf8, readDelimitedBatches, type CsvRecord } from './csv.js';
import { rowFingerprint } from './fingerprints.js';
import type { OrderPreset } from './presets.js';

/** The preset column slots, in the order packed rows hold them. */
const columnSlots = ['orderId', 'timestamp', 'sku', 'quantity', 'price', 'channel', 'status', 'cancelledAt', 'updatedAt', 'financialStatus', 'warehouse', 'region'] as const;
export type ColumnSlot = (typeof columnSlots)[number];
export const slot = Object.fromEntries(columnSlots.map((name, i) => [name, i])) as Record<ColumnSlot, number>;
const required: readonly ColumnSlot[] = ['orderId', 'timestamp', 'sku', 'quantity', 'price'];
// Columns a preset reads when the export has them (older or trimmed exports may not).
const optionalSlots: readonly ColumnSlot[] = ['region', 'warehouse', 'updatedAt'];

/** Each slot's field index in the header (-1 when the export has no such column), or why the header does not fit. */
function locateColumns(header: readonly string[], preset: OrderPreset): number[] | string {
  const names = header.map((h) => h.trim());
  const at = columnSlots.map(() => -1);
  const missing: string[] = [];
  for (const key of columnSlots) {
    const name = preset.columns[key];
    if (name === undefined) continue;
    const index = names.indexOf(name);
    if (index < 0 && (required.includes(key) || (preset.name !== 'columns' && !optionalSlots.includes(key)))) missing.push(name);
    at[slot[key]] = index;
  }
  if (missing.length > 0) return notText(names) ?? `the ${preset.name} preset needs the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}, missing from this header`;
  return at;
}

// Why a header that matches nothing is not text at all (a NUL, or a byte that is not UTF-8): UTF-16
// big-endian, or a spreadsheet given where a CSV was expected (the CLI names those by their first
// bytes before reading; this also covers files dropped on the web twin).
function notText(header: readonly string[]): string | null {
  const text = header.join('');
  if (!text.includes('\u0000') && notUtf8(text) === null) return null;
  return 'the header is not UTF-8 text (UTF-16 big-endian, a spreadsheet, or binary): export or save it as CSV UTF-8';
}

/** A batch of rows; `column` gives a slot's raw (untrimmed) text, '' when the export lacks the column. */
export interface RowBatch {
  readonly length: number;
  line(row: number): number;
  fieldCount(row: number): number;
  blank(row: number): boolean;
  /** The row's 64-bit fingerprint over every field, into `out[0..1]`. */
  fingerprint(row: number, out: Uint32Array): void;
  column(row: number, slot: number): string;
}

/** The header record and its located columns (or the reason they are missing). */
export interface HeaderRow {
  line: number;
  fields: string[];
  columns: number[] | string;
}

/** A file's rows: the header (null for an empty file), then the batches. */
export interface RowStream {
  header(): Promise<HeaderRow | null>;
  batches(): AsyncIterable<RowBatch>;
  /** Releases what the stream holds (a parsing thread); safe to call at any point. */
  close(): void;
}

/** Parsed records, read in place. */
class RecordRows implements RowBatch {
  constructor(private readonly records: CsvRecord[], private readonly columns: readonly number[]) {}
  get length(): number {
    return this.records.length;
  }
  line(row: number): number {
    return this.records[row]!.line;
  }
  fieldCount(row: number): number {
    return this.records[row]!.fields.length;
  }
  blank(row: number): boolean {
    return isBlankRecord(this.records[row]!.fields);
  }
  fingerprint(row: number, out: Uint32Array): void {
    rowFingerprint(this.records[row]!.fields, out);
  }
  column(row: number, slot: number): string {
    const at = this.columns[slot]!;
    return at < 0 ? '' : (this.records[row]!.fields[at] ?? '');
  }
}

/** Rows read elsewhere (the rest of a file, on another thread) that follow the ones read here. */
export interface RowTail {
  batches: AsyncIterable<RowBatch>;
  close(): void;
}

/**
 * The rows of delimited text read from chunks in this thread, the first record being the header.
 * `tail`, when given, is started as soon as the header's columns are found, and its rows follow these.
 */
export function rowsFromChunks(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, preset: OrderPreset, tail?: (columns: number[], header: HeaderRow) => RowTail): RowStream {
  const source = readDelimitedBatches(chunks, { delimiter: preset.delimiter })[Symbol.asyncIterator]();
  let pending: CsvRecord[] = [];
  let header: HeaderRow | null | undefined;
  let rest: RowTail | null = null;
  return {
    async header() {
      while (pending.length === 0) {
        const next = await source.next();
        if (next.done) return (header = null);
        pending = next.value;
      }
      const first = pending.shift()!;
      header = { line: first.line, fields: first.fields, columns: locateColumns(first.fields, preset) };
      if (tail !== undefined && typeof header.columns !== 'string') rest = tail(header.columns, header);
      return header;
    },
    async *batches() {
      if (header === undefined) throw new Error('rowsFromChunks: read the header first');
      if (header === null || typeof header.columns === 'string') return;
      const columns = header.columns;
      if (pending.length > 0) yield new RecordRows(pending, columns);
      pending = [];
      for (let next = await source.next(); !next.done; next = await source.next()) yield new RecordRows(next.value, columns);
      if (rest !== null) yield* rest.batches;
    },
    close() {
      void source.return?.();
      rest?.close();
    },
  };
}

/** The rows of delimited text that follows a header read elsewhere (the rest of a file; `firstLine` is its first line's number). */
export function rowsAfterHeader(chunks: AsyncIterable<Buffer | string>, preset: OrderPreset, header: HeaderRow, firstLine: number): RowStream {
  const source = readDelimitedBatches(chunks, { delimiter: preset.delimiter, firstLine })[Symbol.asyncIterator]();
  const columns = typeof header.columns === 'string' ? null : header.columns;
  return {
    header: async () => header,
    async *batches() {
      if (columns === null) return;
      for (let next = await source.next(); !next.done; next = await source.next()) yield new RecordRows(next.value, columns);
    },
    close() {
      void source.return?.();
    },
  };
}

/** A batch packed for passing between threads: typed arrays plus one string of the slots' texts. */
export interface PackedBatch {
  lines: Int32Array;
  fieldCounts: Int32Array;
  blanks: Uint8Array;
  fingerprints: Uint32Array;
  /** Every row's slot texts, concatenated; row r slot s ends at ends[r * slots + s]. */
  text: string;
  ends: Int32Array;
}

/** Packs parsed records (the parsing thread's side). */
export function packRows(records: readonly CsvRecord[], columns: readonly number[]): PackedBatch {
  const n = records.length;
  const slots = columnSlots.length;
  const packed: PackedBatch = { lines: new Int32Array(n), fieldCounts: new Int32Array(n), blanks: new Uint8Array(n), fingerprints: new Uint32Array(2 * n), text: '', ends: new Int32Array(n * slots) };
  const out = new Uint32Array(2);
  let text = '';
  for (let r = 0; r < n; r++) {
    const fields = records[r]!.fields;
    packed.lines[r] = records[r]!.line;
    packed.fieldCounts[r] = fields.length;
    packed.blanks[r] = isBlankRecord(fields) ? 1 : 0;
    rowFingerprint(fields, out);
    packed.fingerprints[2 * r] = out[0]!;
    packed.fingerprints[2 * r + 1] = out[1]!;
    for (let s = 0; s < slots; s++) {
      const at = columns[s]!;
      if (at >= 0) text += fields[at] ?? '';
      packed.ends[r * slots + s] = text.length;
    }
  }
  packed.text = text;
  return packed;
}

/** A packed batch read in place (the importing thread's side). */
export class PackedRows implements RowBatch {
  private readonly slots = columnSlots.length;
  constructor(private readonly packed: PackedBatch) {}
  get length(): number {
    return this.packed.lines.length;
  }
  line(row: number): number {
    return this.packed.lines[row]!;
  }
  fieldCount(row: number): number {
    return this.packed.fieldCounts[row]!;
  }
  blank(row: number): boolean {
    return this.packed.blanks[row] === 1;
  }
  fingerprint(row: number, out: Uint32Array): void {
    out[0] = this.packed.fingerprints[2 * row]!;
    out[1] = this.packed.fingerprints[2 * row + 1]!;
  }
  column(row: number, slot: number): string {
    const at = row * this.slots + slot;
    const start = at === 0 ? 0 : this.packed.ends[at - 1]!;
    return this.packed.text.slice(start, this.packed.ends[at]!);
  }
}
