// The rows of a partitioned import on disk: each row the order logic takes is written, with its
// place (`seq`), file, line, fingerprint and the texts of the columns the logic reads, to the file of
// its partition (chosen by a hash of its order id). Several threads may write rows of one partition
// to files of their own, each in row order; a partition is read back merged by row. Node only.
import { join } from 'node:path';
import { textHash } from './columns.js';
import type { ColumnSlot } from './order-rows.js';
import type { ImportRow } from './import-rows.js';
import { RecordReader, RecordWriter } from './spill.js';

/** The slots the order logic reads, in the order a row record holds them. */
const recordSlots = ['orderId', 'timestamp', 'status', 'channel', 'cancelledAt', 'updatedAt', 'financialStatus', 'quantity', 'sku', 'price', 'warehouse', 'region'] as const satisfies readonly ColumnSlot[];
const recordIndex: Partial<Record<ColumnSlot, number>> = Object.fromEntries(recordSlots.map((key, i) => [key, i]));

/** The partition of an order id (the high bits of a remixed hash, so ids in one partition still spread over its hash table). */
export function partitionOf(id: string, partitions: number): number {
  return Math.floor(((Math.imul(textHash(id) ^ 0x5bd1e995, 0x9e3779b1) >>> 0) * partitions) / 4294967296);
}

/** A file of one partition's rows; its rows' `seq` are stored from 0 and read back plus `seqOffset`. */
export interface RowFile {
  path: string;
  seqOffset: number;
}

/** One writer per partition, each to `rows-<partition>-<tag>.bin` in the folder. */
export class PartitionRowWriters {
  private readonly writers: RecordWriter[];
  /** Rows written to each partition. */
  readonly rows: number[];

  constructor(folder: string, readonly tag: string, private readonly partitions: number) {
    this.writers = Array.from({ length: partitions }, (_, p) => new RecordWriter(join(folder, `rows-${p}-${tag}.bin`)));
    this.rows = this.writers.map(() => 0);
  }

  /** The files written, per partition, with the offset their rows' seq take. */
  files(seqOffset: number): RowFile[] {
    return this.writers.map((w) => ({ path: w.path, seqOffset }));
  }

  /** Writes a row to its partition (its seq stored less `seqBase`). */
  write(row: ImportRow, seqBase = 0): void {
    const partition = partitionOf(row.get('orderId'), this.partitions);
    this.rows[partition]!++;
    const out = this.writers[partition]!;
    out.u32(row.seq - seqBase);
    out.u32(row.file);
    out.u32(row.line);
    out.u32(row.fingerprintHigh);
    out.u32(row.fingerprintLow);
    out.u32(row.sameAsBefore ? 1 : 0);
    for (const key of recordSlots) out.string(row.get(key));
    out.endRecord();
  }

  close(): void {
    for (const writer of this.writers) writer.close();
  }
}

/** A row read back from a file (the next one of its file). */
class RowRecord implements ImportRow {
  seq = 0;
  file = 0;
  line = 0;
  fingerprintHigh = 0;
  fingerprintLow = 0;
  sameAsBefore = false;
  readonly texts = recordSlots.map(() => '');

  constructor(private readonly reader: RecordReader, private readonly seqOffset: number) {}

  /** Reads the next row of the file; false at its end. */
  next(): boolean {
    const reader = this.reader;
    if (!reader.next()) return false;
    this.seq = reader.u32() + this.seqOffset;
    this.file = reader.u32();
    this.line = reader.u32();
    this.fingerprintHigh = reader.u32();
    this.fingerprintLow = reader.u32();
    this.sameAsBefore = reader.u32() === 1;
    for (let k = 0; k < this.texts.length; k++) this.texts[k] = reader.string();
    return true;
  }

  get(key: ColumnSlot): string {
    const at = recordIndex[key];
    return at === undefined ? '' : this.texts[at]!;
  }
}

/**
 * Feeds a partition's rows to `take` in row order, merged from its files. A row whose seq is in
 * `continuesBefore` continues the row before it (a part of a file read elsewhere began with it).
 */
export function readPartitionRows(files: readonly RowFile[], continuesBefore: ReadonlySet<number>, take: (row: ImportRow) => void): void {
  const heads = files.map((f) => new RowRecord(new RecordReader(f.path), f.seqOffset)).filter((record) => record.next());
  while (heads.length > 0) {
    let best = 0;
    for (let i = 1; i < heads.length; i++) if (heads[i]!.seq < heads[best]!.seq) best = i;
    const row = heads[best]!;
    if (continuesBefore.has(row.seq)) row.sameAsBefore = true;
    take(row);
    if (!row.next()) heads.splice(best, 1);
  }
}
