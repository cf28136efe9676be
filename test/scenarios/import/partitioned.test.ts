// A partitioned import (rows spread over partition files by order id, each imported alone, the orders
// merged back from sorted runs) writes exactly what an import in memory writes: the same report, the
// same replay scenario, forecast and normalised lines, byte for byte, for any number of partitions,
// on every preset's fixture and on a generated export full of the cases that cross partitions' paths
// (an order's rows far apart, duplicates far apart, ids reused on another channel, more than a
// hundred problems, several files).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../scenarios/errors.js';
import { buildOutputs, type ImportedHistory } from '../../../scenarios/import/build.js';
import { CsvSyntaxError } from '../../../scenarios/import/csv.js';
import { csvText, linesText, ordersCsvLines } from '../../../scenarios/import/orders-csv.js';
import type { OrderSource } from '../../../scenarios/import/import-rows.js';
import { importOrders, type ImportResult } from '../../../scenarios/import/orders.js';
import { importOrdersPartitioned, partitionCount } from '../../../scenarios/import/partitioned.js';
import { columnMapSchema, orderPresets, presetFromColumnMap, presetHeaders, type OrderPreset } from '../../../scenarios/import/presets.js';
import { replayScenarioJson } from '../../../scenarios/import/replay-file.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'baton-partitioned-'));

/** Every file an import writes, as text, plus the fatal problems. */
function written(result: ImportResult | (ImportedHistory & { fatal: unknown[] }), timeZone: string): Record<string, unknown> {
  if (result.fatal.length > 0) return { fatal: result.fatal, problems: result.tally.problems };
  const outputs = buildOutputs(result, { timeZone });
  return {
    report: JSON.stringify(outputs.report),
    scenario: [...replayScenarioJson(outputs)].join(''),
    forecast: JSON.stringify(outputs.forecast),
    orders: [...linesText(ordersCsvLines(outputs.history, outputs.calibration.originMs))].join(''),
  };
}

/** Imports in memory and in each number of partitions, expects the same files; returns the in-memory import. */
async function both(files: { name: string; text: string | Buffer }[], preset: OrderPreset, timeZone = 'UTC', partitions = [1, 2, 3, 7]): Promise<ImportResult> {
  const sources = (): OrderSource[] => files.map((f) => ({ name: f.name, chunks: [f.text] }));
  const result = await importOrders(sources(), { preset, timeZone });
  const inMemory = written(result, timeZone);
  for (const count of partitions) {
    const parted = await importOrdersPartitioned(sources(), { preset, timeZone, partitions: count, temporaryFolder: scratch });
    try {
      expect(written(parted, timeZone), `${count} partitions`).toEqual(inMemory);
    } finally {
      parted.dispose();
    }
  }
  return result;
}

/** A Shopify export where orders, duplicates and problems are spread all over the file. */
function scatteredExport(seed: number, orders: number): string {
  const header = presetHeaders['shopify-orders']!;
  const at = (name: string) => header.indexOf(name);
  let state = seed;
  const uniform = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
  const rows: string[][] = [];
  for (let o = 0; o < orders; o++) {
    const lines = 1 + Math.floor(uniform() * 4);
    for (let k = 0; k < lines; k++) {
      const row = new Array<string>(header.length).fill('');
      row[at('Name')] = `#${1000 + o}`;
      if (k === 0) {
        row[at('Shipping Country')] = ['US', 'DE', 'FR'][o % 3]!;
        row[at('Created at')] = `2026-08-${String(1 + Math.floor(uniform() * 20)).padStart(2, '0')} ${String(Math.floor(uniform() * 24)).padStart(2, '0')}:${String(Math.floor(uniform() * 60)).padStart(2, '0')}:00 +0200`;
        row[at('Financial Status')] = uniform() < 0.05 ? 'refunded' : 'paid';
        if (uniform() < 0.05) row[at('Cancelled at')] = '2026-08-21 10:00:00 +0200';
      }
      const r = uniform();
      row[at('Lineitem quantity')] = r < 0.03 ? 'two' : r < 0.05 ? '0' : r < 0.07 ? '-1' : String(1 + Math.floor(uniform() * 3));
      row[at('Lineitem name')] = `"Item ${o % 13}, ""blue"""`;
      row[at('Lineitem price')] = uniform() < 0.02 ? '1.999' : `${1 + Math.floor(uniform() * 90)}.${String(Math.floor(uniform() * 100)).padStart(2, '0')}`;
      row[at('Lineitem sku')] = uniform() < 0.01 ? '' : `SKU-${Math.floor(1 / (uniform() + 0.01))}`;
      rows.push(row);
    }
  }
  // Scatter: some rows move far from their order (a later row of an order whose first row is
  // elsewhere), some are repeated far away (duplicates), some reuse an id with a new time (the same
  // order again) and a few are blank.
  const out: string[][] = [];
  for (const row of rows) {
    out.push(row);
    const r = uniform();
    if (r < 0.03) out.splice(Math.floor(uniform() * out.length), 0, [...row]);
    else if (r < 0.05) out.push([...row]);
    else if (r < 0.06) out.push(new Array<string>(header.length).fill(''));
  }
  for (let i = 0; i < out.length; i += 97) {
    const j = Math.floor(uniform() * out.length);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return `${[header, ...out].map((row) => row.join(',')).join('\r\n')}\r\n`;
}

describe('importOrdersPartitioned', () => {
  it('writes what the import in memory writes: shopify-orders fixture', async () => {
    await both([{ name: 'shopify-orders.csv', text: fixture('shopify-orders.csv') }], orderPresets['shopify-orders']!);
  });

  it('writes what the import in memory writes: amazon-orders fixture (TSV, two channels)', async () => {
    await both([{ name: 'amazon-orders.tsv', text: fixture('amazon-orders.tsv') }], orderPresets['amazon-orders']!);
  });

  it('writes what the import in memory writes: online-retail fixture (London time)', async () => {
    await both([{ name: 'online-retail.csv', text: fixture('online-retail.csv') }], orderPresets['online-retail']!, 'Europe/London');
  });

  it('writes what the import in memory writes: scattered orders, far duplicates, hundreds of problems, two files', async () => {
    const first = scatteredExport(7, 1_500);
    const second = scatteredExport(11, 700);
    const result = await both([{ name: 'a.csv', text: first }, { name: 'b.csv', text: second }], orderPresets['shopify-orders']!, 'UTC', [2, 5, 16]);
    // the export does hold the cases it is made for
    const o = result.tally.outcomes;
    expect(result.tally.problemCount).toBeGreaterThan(100);
    expect(Math.min(o.accepted, o.return, o.cancellation, o.duplicate, o.blank, o.rejected)).toBeGreaterThan(0);
  });

  it('counts placed orders and lines per warehouse and region value (placedBy), a blank cell continuing an order taking its value, the same in partitions', async () => {
    const map = columnMapSchema.parse({ orderId: 'ref', timestamp: 'when', sku: 'item', quantity: 'n', unitPrice: 'price', warehouse: 'wh', region: 'ctry' });
    const t = '2026-03-02T10:00:00Z';
    const text = `ref,when,item,n,price,wh,ctry\nA1,${t},X,1,1.00,W1,DE\nA1,${t},Y,1,1.00,,\nB1,${t},X,1,1.00,W2,FR\nC1,${t},X,bad,1.00,W3,IT\nD1,${t},X,1,1.00,W2,\nE1,${t},X,1,1.00,W1,DE\n`;
    const result = await both([{ name: 'w.csv', text }], presetFromColumnMap(map));
    const outputs = buildOutputs(result, { timeZone: 'UTC' });
    expect(outputs.report.placedBy).toEqual({
      warehouse: { column: 'wh', distinct: 2, values: [{ value: 'W1', orders: 2, lines: 3 }, { value: 'W2', orders: 2, lines: 2 }] },
      region: { column: 'ctry', distinct: 3, values: [{ value: 'DE', orders: 2, lines: 3 }, { value: '', orders: 1, lines: 1 }, { value: 'FR', orders: 1, lines: 1 }] },
    });
    expect(outputs.replayHead.warehouses.map((w) => w.name)).toEqual(['main']); // counted, not replayed
    // a preset without the columns reports none
    expect(buildOutputs(await importOrders([{ name: 'a.tsv', chunks: [fixture('amazon-orders.tsv')] }], { preset: orderPresets['amazon-orders']! }), { timeZone: 'UTC' }).placedBy.warehouse).toBeUndefined();
  });

  it('splits a big file between two threads anywhere (even inside an order) and still writes the same files', async () => {
    const preset = orderPresets['shopify-orders']!;
    const text = scatteredExport(5, 1_200);
    const path = join(scratch, '..', `${basename(scratch)}-split.csv`);
    writeFileSync(path, text);
    try {
      const expected = written(await importOrders([{ name: 'split.csv', chunks: [text] }], { preset }), 'UTC');
      let bytes = 0;
      for (const splitShare of [0.13, 0.5, 0.77]) {
        const parted = await importOrdersPartitioned([{ name: 'split.csv', path }], { preset, partitions: 4, minSplitBytes: 1_000, splitShare, temporaryFolder: scratch, onBytes: (b) => (bytes = b) });
        try {
          expect(written(parted, 'UTC'), `split at ${splitShare}`).toEqual(expected);
        } finally {
          parted.dispose();
        }
        expect(bytes).toBe(Buffer.byteLength(text));
      }
    } finally {
      rmSync(path);
    }
  });

  it('a file split between two threads: a malformed record in the second part names its line', async () => {
    const preset = orderPresets['shopify-orders']!;
    const lines = scatteredExport(3, 400).split('\r\n');
    lines.splice(lines.length - 10, 0, '"#1,unclosed');
    const path = join(scratch, '..', `${basename(scratch)}-broken.csv`);
    writeFileSync(path, lines.join('\r\n'));
    try {
      const error = await importOrdersPartitioned([{ name: 'broken.csv', path }], { preset, partitions: 3, minSplitBytes: 1_000, temporaryFolder: scratch }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBeGreaterThan(lines.length / 2);
      expect(readdirSync(scratch)).toEqual([]);
    } finally {
      rmSync(path);
    }
  });

  it('a malformed record in the second of two files names that file, in memory and in partitions (the split file\'s second part too)', async () => {
    const preset = orderPresets['shopify-orders']!;
    const good = fixture('shopify-orders.csv');
    const lines = scatteredExport(4, 400).split('\r\n');
    lines.splice(lines.length - 10, 0, '"#1,unclosed');
    const path = join(scratch, '..', `${basename(scratch)}-second.csv`);
    writeFileSync(path, lines.join('\r\n'));
    try {
      const inMemory = await importOrders([{ name: 'good.csv', chunks: [good] }, { name: 'second.csv', chunks: [lines.join('\r\n')] }], { preset }).catch((e: unknown) => e);
      expect(inMemory).toBeInstanceOf(CsvSyntaxError);
      expect((inMemory as CsvSyntaxError).file).toBe('second.csv');
      const parted = await importOrdersPartitioned([{ name: 'good.csv', chunks: [good] }, { name: 'second.csv', path }], { preset, partitions: 3, minSplitBytes: 1_000, temporaryFolder: scratch }).catch((e: unknown) => e);
      expect(parted).toBeInstanceOf(CsvSyntaxError);
      expect((parted as CsvSyntaxError).file).toBe('second.csv');
      expect((parted as CsvSyntaxError).line).toBeGreaterThan(lines.length / 2);
    } finally {
      rmSync(path);
    }
  });

  it('orders.csv: the lines formatted straight from the history equal csv-stringify\'s rows, hostile ids and SKUs included', async () => {
    const header = presetHeaders['shopify-orders']!;
    const at = (name: string) => header.indexOf(name);
    const hostile = ['=SUM(A1)', '+1', '-2', '@x', 'a,b', 'say "hi"', 'two\nlines', 'plain', '\tlead'];
    const rows = hostile.flatMap((text, i) => {
      const row = new Array<string>(header.length).fill('');
      row[at('Name')] = i % 2 === 0 ? text : `#${i}`;
      row[at('Created at')] = '2026-08-04 05:24:22 +0500';
      row[at('Lineitem quantity')] = '1';
      row[at('Lineitem price')] = '2.50';
      row[at('Lineitem sku')] = i % 2 === 1 ? text : `SKU-${i}`;
      return [row.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')];
    });
    const result = await importOrders([{ name: 'hostile.csv', chunks: [`${header.join(',')}\n${rows.join('\n')}\n`] }], { preset: orderPresets['shopify-orders']! });
    expect(result.tally.outcomes.accepted).toBe(hostile.length);
    const outputs = buildOutputs(result, { timeZone: 'UTC' });
    expect([...linesText(ordersCsvLines(outputs.history, outputs.calibration.originMs))].join('')).toBe([...csvText(outputs.csvRows())].join(''));
  });

  it('reports the same file-level problems, and leaves no temporary file behind', async () => {
    const text = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n1,A,,x,12/1/10 8:26,1,,UK\n2,A,,y,12/1/10 8:26,1,,UK\n3,A,,1,12/1/10 8:26,1,,UK\n';
    await both([{ name: 'bad.csv', text }, { name: 'x.csv', text: 'a,b\n1,2\n' }], orderPresets['online-retail']!);
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('removes its temporary files when reading fails', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'baton-partitioned-fail-'));
    const broken = `${presetHeaders['shopify-orders']!.join(',')}\n"#1,unclosed\n`;
    await expect(importOrdersPartitioned([{ name: 'broken.csv', chunks: [broken] }], { preset: orderPresets['shopify-orders']!, partitions: 3, temporaryFolder: folder })).rejects.toThrow();
    expect(readdirSync(folder)).toEqual([]);
    expect(existsSync(folder)).toBe(true);
  });

  it('a temporary folder that cannot be made names itself and TMPDIR (an input error: exit 2 in the CLI)', async () => {
    const notAFolder = join(scratch, '..', `${basename(scratch)}-file`);
    writeFileSync(notAFolder, 'x');
    try {
      const error = await importOrdersPartitioned([{ name: 'a.csv', chunks: [fixture('shopify-orders.csv')] }], { preset: orderPresets['shopify-orders']!, partitions: 2, temporaryFolder: join(notAFolder, 'tmp') }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems[0]).toMatchObject({ file: join(notAFolder, 'tmp'), path: 'TMPDIR' });
      expect((error as InputError).problems[0]!.message).toContain("the import's temporary files cannot be written there (a part of the path is not a folder)");
    } finally {
      rmSync(notAFolder);
    }
  });

  it('partitionCount: one partition up to the size, then one more per size, at most 256', () => {
    expect(partitionCount(0, 100)).toBe(1);
    expect(partitionCount(100, 100)).toBe(1);
    expect(partitionCount(101, 100)).toBe(2);
    expect(partitionCount(1e12, 100)).toBe(256);
  });
});
