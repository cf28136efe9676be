// A big export parsed by two threads gives exactly what one parser gives: the same outcomes, the same
// problems with the same line numbers, the same history, for splits anywhere in the file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError } from '../../../scenarios/import/csv.js';
import { importOrders } from '../../../scenarios/import/orders.js';
import { orderPresets, presetHeaders } from '../../../scenarios/import/presets.js';
import { recordBoundary, rowsFromFile } from '../../../scenarios/import/split-file.js';

const folder = mkdtempSync(join(tmpdir(), 'baton-split-'));
const preset = orderPresets['shopify-orders']!;


describe('rowsFromFile', () => {
  const text = (() => {
    const header = presetHeaders['shopify-orders']!;
    const lines: string[] = [];
    const at = (name: string) => header.indexOf(name);
    lines.push(header.join(','));
    for (let o = 0; o < 3_000; o++) {
      for (let k = 0; k < 1 + (o % 3); k++) {
        const row = new Array<string>(header.length).fill('');
        row[at('Name')] = `#${1000 + o}`;
        if (k === 0) row[at('Created at')] = `2026-08-0${1 + (o % 7)} 0${o % 10}:1${o % 6}:00 +0200`;
        row[at('Lineitem quantity')] = o % 97 === 5 && k === 0 ? 'two' : String(1 + (k % 2));
        row[at('Lineitem name')] = o % 5 === 0 ? `"Mug, ""large""\r\nline ${o}"` : `Item ${o}`;
        row[at('Lineitem price')] = `${(o % 40) + 1}.50`;
        row[at('Lineitem sku')] = `SKU-${o % 50}`;
        lines.push(row.join(','));
        if (o % 41 === 0) lines.push(row.join(','));
      }
      if (o % 53 === 0) lines.push('');
    }
    return `${lines.join('\r\n')}\r\n`;
  })();
  const path = join(folder, 'orders.csv');
  writeFileSync(path, text);

  it('finds record boundaries outside quotes, with the line breaks before them', () => {
    const small = join(folder, 'small.csv');
    writeFileSync(small, 'a,b\n"x\ny",1\nz,2\n');
    expect(recordBoundary(small, 5)).toEqual({ at: 12, lines: 3 }); // the break inside "x\ny" is skipped
    expect(recordBoundary(small, 13)).toEqual({ at: 16, lines: 4 });
    expect(recordBoundary(small, 16)).toBeNull();
  });

  it('gives the one-parser result for splits all over the file', async () => {
    const whole = await importOrders([{ name: 'orders.csv', chunks: [readFileSync(path)] }], { preset });
    expect(whole.tally.outcomes.duplicate).toBeGreaterThan(0);
    expect(whole.tally.outcomes.blank).toBeGreaterThan(0);
    expect(whole.tally.problems.length).toBeGreaterThan(0);
    for (const ownShare of [0.05, 0.3, 0.5, 0.77, 0.95]) {
      const boundary = recordBoundary(path, Math.floor(text.length * ownShare));
      expect(boundary!.at).toBeLessThan(text.length); // a real split: the second thread reads the rest
      expect(whole.tally.problems.some((p) => p.line > boundary!.lines)).toBe(true); // and reports lines from there
      const split = await importOrders([{ name: 'orders.csv', rows: rowsFromFile(path, preset, () => {}, { minSplitBytes: 0, ownShare }) }], { preset });
      expect(split, `split at ${ownShare}`).toEqual(whole);
    }
  }, 60_000);

  it('a malformed record in the second thread\'s part fails as one parser fails, with the same line', async () => {
    const broken = join(folder, 'broken.csv');
    const lines = text.split('\r\n');
    const at = lines.findIndex((line, i) => i > lines.length * 0.8 && line.includes(',Item '));
    lines[at] = lines[at]!.replace(',Item ', ',"Item '); // a quote opened and never closed
    writeFileSync(broken, lines.join('\r\n'));
    const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as CsvSyntaxError);
    const whole = await failure(importOrders([{ name: 'broken.csv', chunks: [readFileSync(broken)] }], { preset }));
    const split = await failure(importOrders([{ name: 'broken.csv', rows: rowsFromFile(broken, preset, () => {}, { minSplitBytes: 0, ownShare: 0.3 }) }], { preset }));
    expect(whole).toBeInstanceOf(CsvSyntaxError);
    expect(whole!.line).toBeGreaterThan(recordBoundary(broken, Math.floor(text.length * 0.3))!.lines); // in the second part
    expect(split).toBeInstanceOf(CsvSyntaxError);
    expect([split!.line, split!.reason]).toEqual([whole!.line, whole!.reason]);
  }, 60_000);
});
