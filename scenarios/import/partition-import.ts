// One partition of a partitioned import: its rows, merged from its row files in row order, through
// the order logic (the rows of a set of order ids give those ids the outcomes the whole export gives
// them), then its orders written twice, sorted by import order and by time. Threads share the
// partitions through a counter. Node only (files).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { kindCounts, linesByOrder, ordersByTime, skuTotals, type HistoryTotals } from './history-stream.js';
import { ImportCounts, type CountsSnapshot } from './import-rows.js';
import { OrderImporter, type CreditLine, type ImportOptions } from './orders.js';
import { readPartitionRows, type RowFile } from './partition-rows.js';
import { RecordWriter } from './spill.js';

/** What the threads importing partitions share: the folder, the import's settings, the row files, and the next partition to take. */
export interface PartitionWork {
  folder: string;
  partitions: number;
  files: string[];
  options: ImportOptions;
  /** Per partition, its row files and its number of rows. */
  rowFiles: RowFile[][];
  partitionRows: number[];
  /** Rows (by seq) that continue the row before them, across the split of a file. */
  continuesBefore: number[];
  /** An Int32 counter: each thread takes the partition it holds, and moves it on. */
  next: SharedArrayBuffer;
}

/** What importing one partition gives, as plain data (it may cross threads). Its runs number channels and SKUs locally. */
export interface PartitionOutcome extends HistoryTotals {
  partition: number;
  channels: string[];
  channelSeq: number[];
  skus: string[];
  skuSeq: number[];
  skuUnits: number[];
  skuRevenueCents: number[];
  counts: CountsSnapshot;
  byImport: string;
  byTime: string;
  /** Returns not tied to a replayed order, in row order (by their global seq). */
  credits: CreditLine[];
}

/** Takes partitions until none is left; returns what each gave. Gives way to the thread's other tasks (messages) between partitions. */
export async function importPartitions(work: PartitionWork): Promise<PartitionOutcome[]> {
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
  const importer = new OrderImporter(work.options, counts, work.partitionRows[partition]);
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
  const totals = skuTotals(local);
  const kinds = kindCounts(local.orderKind);
  const write = (path: string, orders: Iterable<number>): string => {
    const out = new RecordWriter(path);
    for (const o of orders) {
      out.f64(importer.orderSeq.get(o));
      out.f64(local.orderMs[o]!);
      out.u32(local.orderChannel[o]!);
      out.u32(local.orderKind[o]!);
      out.f64(local.orderCancelMs[o]!);
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
    skuUnits: totals.units,
    skuRevenueCents: totals.revenueCents,
    counts: counts.snapshot(),
    orders: n,
    lines: local.lineOrder.length,
    returnedOrders: kinds.returned,
    cancelledOrders: kinds.cancelled,
    firstMs,
    lastMs,
    byImport: write(join(work.folder, `orders-${partition}.bin`), Array.from({ length: n }, (_, o) => o)),
    byTime: write(join(work.folder, `orders-by-time-${partition}.bin`), ordersByTime(local)),
    credits: importer.credits,
  };
}

