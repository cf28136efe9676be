// Reading an import's rows: each source's data rows in order, numbered across sources (`seq`), blank
// rows and rows of the wrong width counted at once, every other row handed to the order logic with its
// fingerprint and whether it continues the row before it; and the counts every part of one import
// shares. Free of Node modules.
import { CsvSyntaxError } from './csv.js';
import { rowsFromChunks, slot, type ColumnSlot, type RowBatch, type RowStream } from './order-rows.js';
import { OutcomeTally, type Outcome, type RowProblem, type TallySnapshot } from './outcomes.js';
import { PlacedCounts, type PlacedSnapshot } from './placed-by.js';
import type { OrderPreset } from './presets.js';

/**
 * One export file to read: its name (for problems) and its bytes in chunks, or its rows (read partly
 * on another thread), or its path (a partitioned import splits it between two threads itself).
 */
export type OrderSource = { name: string; chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string> } | { name: string; rows: RowStream } | { name: string; path: string };

/** One data row as the order logic takes it (filled in place by the reader; fields already trimmed). */
export interface ImportRow {
  /** The row's place among every data row of every source (0, 1, ...): first-seen orders follow it. */
  seq: number;
  /** Index of the row's source file in the list given. */
  file: number;
  line: number;
  fingerprintHigh: number;
  fingerprintLow: number;
  /**
   * True when the row before it (blank rows, rows of the wrong width and rows without an order id
   * aside; duplicates counted) has the same order id: a continuation row continues that order.
   */
  sameAsBefore: boolean;
  /** The preset column's text in this row, trimmed ('' when the export lacks the column). */
  get(key: ColumnSlot): string;
}

/** An import's counts as plain data. */
export interface CountsSnapshot {
  tally: TallySnapshot;
  unitsAccepted: number;
  revenueCents: number;
  rowsOf: number[];
  rejectedOf: number[];
  placed: PlacedSnapshot;
}

/** Counts shared by every part of one import (all sources, and every partition of a partitioned one). */
export class ImportCounts {
  readonly tally = new OutcomeTally();
  readonly fatal: RowProblem[] = [];
  unitsAccepted = 0;
  revenueCents = 0;
  /** Placed orders and lines per warehouse and region value. */
  readonly placed = new PlacedCounts();
  private readonly rowsOf: number[];
  private readonly rejectedOf: number[];

  constructor(readonly files: readonly string[]) {
    this.rowsOf = files.map(() => 0);
    this.rejectedOf = files.map(() => 0);
  }

  /** Records a data row's outcome (its problem, when rejected, ordered by the row's place). */
  add(row: Pick<ImportRow, 'seq' | 'file'>, outcome: Outcome, problem?: RowProblem): void {
    this.tally.add(outcome, problem, row.seq);
    if (outcome !== 'blank') this.rowsOf[row.file]!++;
    if (outcome === 'rejected') this.rejectedOf[row.file]!++;
  }

  /** The counts as plain data (to cross threads); file-level problems are not included. */
  snapshot(): CountsSnapshot {
    return { tally: this.tally.snapshot(), unitsAccepted: this.unitsAccepted, revenueCents: this.revenueCents, rowsOf: [...this.rowsOf], rejectedOf: [...this.rejectedOf], placed: this.placed.snapshot() };
  }

  /** Adds the counts of other rows of the same import (a partition or a part of a file read elsewhere, its rows numbered from `seqOffset`). */
  merge(other: CountsSnapshot, seqOffset = 0): void {
    this.tally.merge(other.tally, seqOffset);
    this.unitsAccepted += other.unitsAccepted;
    this.revenueCents += other.revenueCents;
    other.rowsOf.forEach((n, f) => (this.rowsOf[f]! += n));
    other.rejectedOf.forEach((n, f) => (this.rejectedOf[f]! += n));
    this.placed.merge(other.placed);
  }

  /** Adds a file-level problem for each file whose non-blank rows were mostly rejected. */
  checkRejectedShares(maxShare: number): void {
    this.files.forEach((file, f) => {
      const rows = this.rowsOf[f]!;
      const rejected = this.rejectedOf[f]!;
      if (rows > 0 && rejected / rows > maxShare) {
        this.fatal.push({ file, line: 0, field: '(file)', value: `${rejected} of ${rows} rows`, reason: `most rows were rejected (more than ${Math.round(maxShare * 100)}%): is this the right preset?` });
      }
    });
  }
}

/** Where reading rows stands: the next row's place (`seq`). */
export interface RowCursor {
  seq: number;
}

/** What reading one source (or part of one) met: its last order id, and its first row with one. */
export interface ReadSpan {
  lastId: string;
  firstWithId: { seq: number; id: string } | null;
}

/**
 * Reads one source's rows (source `file` of the import): blank rows and rows of the wrong width are
 * counted here; every other row is handed to `take` (filled in place, valid during the call). A file
 * problem (empty or unrecognised header) goes to `counts.fatal`. `cursor.seq` numbers the rows.
 */
export async function readSourceRows(source: OrderSource, file: number, preset: OrderPreset, counts: ImportCounts, cursor: RowCursor, take: (row: ImportRow) => void): Promise<ReadSpan> {
  let batch: RowBatch | null = null;
  let r = 0;
  const fingerprint = new Uint32Array(2);
  const row: ImportRow = {
    seq: 0, file, line: 0, fingerprintHigh: 0, fingerprintLow: 0, sameAsBefore: false,
    get: (key: ColumnSlot): string => batch!.column(r, slot[key]).trim(),
  };
  const name = source.name;
  const span: ReadSpan = { lastId: '', firstWithId: null };
  if (!('rows' in source || 'chunks' in source)) throw new Error(`${name}: a file source is read by the partitioned import only`);
  const stream = 'rows' in source ? source.rows : rowsFromChunks(source.chunks, preset);
  try {
    const header = await stream.header();
    if (header === null) counts.fatal.push({ file: name, line: 1, field: '(header)', value: '', reason: 'empty file: no header row' });
    else if (typeof header.columns === 'string') counts.fatal.push({ file: name, line: header.line, field: '(header)', value: header.fields.slice(0, 6).join(preset.delimiter === '\t' ? ' ' : ','), reason: header.columns });
    const width = header?.fields.length ?? 0;
    for await (batch of stream.batches()) for (r = 0; r < batch.length; r++) {
      row.seq = cursor.seq++;
      row.line = batch.line(r);
      if (batch.blank(r)) {
        counts.add(row, 'blank');
        continue;
      }
      const fieldCount = batch.fieldCount(r);
      if (fieldCount !== width) {
        counts.add(row, 'rejected', { file: name, line: row.line, field: '(row)', value: `${fieldCount} fields`, reason: `the header has ${width} fields` });
        continue;
      }
      batch.fingerprint(r, fingerprint);
      row.fingerprintHigh = fingerprint[0]!;
      row.fingerprintLow = fingerprint[1]!;
      const id = row.get('orderId');
      row.sameAsBefore = id !== '' && id === span.lastId;
      if (id !== '') {
        span.lastId = id;
        span.firstWithId ??= { seq: row.seq, id };
      }
      take(row);
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) error.file ??= name;
    throw error;
  } finally {
    stream.close();
  }
  return span;
}

/** Reads every source's rows in order (see `readSourceRows`). */
export async function readImportRows(sources: OrderSource[], preset: OrderPreset, counts: ImportCounts, take: (row: ImportRow) => void): Promise<void> {
  const cursor: RowCursor = { seq: 0 };
  for (let f = 0; f < sources.length; f++) await readSourceRows(sources[f]!, f, preset, counts, cursor, take);
}

