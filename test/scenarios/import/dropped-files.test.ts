// The drop zone's engine: files recognised by their headers, orders imported, the three numbers
// reconciled and the forecast started, with the same answers as `baton import` and `baton reconcile`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDroppedFiles, recogniseFile, type DroppedFile } from '../../../scenarios/import/dropped-files.js';
import { importOrders } from '../../../scenarios/import/orders.js';
import { orderPresets } from '../../../scenarios/import/presets.js';
import { readSnapshot, reconcile } from '../../../scenarios/reconcile/index.js';
import { validateScenario } from '../../../scenarios/validate.js';

const root = resolve(import.meta.dirname, '../../..');
const file = (path: string): DroppedFile => ({ name: path.split('/').pop()!, text: readFileSync(join(root, path), 'utf8') });
const options = { syncMinutes: 15, forecastDays: 3 };

describe('recogniseFile', () => {
  it('names every order preset and every snapshot layout from the header alone', async () => {
    const kinds = await Promise.all([
      'test/fixtures/import/shopify-orders.csv', 'test/fixtures/import/amazon-orders.tsv', 'test/fixtures/import/online-retail.csv',
      'test/fixtures/reconcile/shopify-inventory.csv', 'docs/examples/reconcile/wms.csv', 'docs/examples/reconcile/oms.csv', 'docs/examples/reconcile/erp.csv',
    ].map(async (p) => {
      const role = await recogniseFile(file(p));
      return role.kind === 'orders' ? role.preset.name : role.kind === 'snapshot' ? role.sides.join('+') : role.kind;
    }));
    expect(kinds).toEqual(['shopify-orders', 'amazon-orders', 'online-retail', 'wms+oms', 'wms', 'oms', 'erp']);
  });

  it('says why a file is not recognised: an empty file, an unknown header', async () => {
    expect(await recogniseFile({ name: 'e.csv', text: '' })).toEqual({ kind: 'unknown', reason: 'the file is empty: expected a header line' });
    const role = await recogniseFile({ name: 'x.csv', text: 'colour,size\nred,9\n' });
    expect(role.kind).toBe('unknown');
    expect((role as { reason: string }).reason).toMatch(/^header not recognised \(colour, size\): expected an order export/);
  });
});

describe('analyseDroppedFiles', () => {
  it('reconciles the three snapshots exactly as baton reconcile does', async () => {
    const names = ['wms', 'oms', 'erp'] as const;
    const dropped = names.map((n) => file(`docs/examples/reconcile/${n}.csv`));
    const analysis = await analyseDroppedFiles(dropped, options);
    expect(analysis.problems).toEqual([]);
    expect(analysis.files.map((f) => f.role)).toEqual(['WMS stock', 'OMS available-to-sell', 'ERP valued count']);
    const direct = await Promise.all(names.map((n, i) => readSnapshot(n, dropped[i]!.name, [dropped[i]!.text], [])));
    expect(analysis.reconciliation).toEqual(reconcile(direct[0]!, direct[1]!, direct[2]!));
    expect(analysis.summary).toBeNull();
    expect(analysis.missingSides).toEqual([]);
  });

  it('imports orders like baton import, prices the gaps with their demand, and starts a valid forecast from the floor', async () => {
    const orders = file('test/fixtures/import/shopify-orders.csv');
    const analysis = await analyseDroppedFiles([orders, file('test/fixtures/reconcile/shopify-inventory.csv'), file('docs/examples/reconcile/erp.csv')], options);
    expect(analysis.problems).toEqual([]);
    const direct = await importOrders([{ name: orders.name, chunks: [orders.text] }], { preset: orderPresets['shopify-orders']!, timeZone: 'UTC' });
    expect(analysis.summary!.rows).toBe(direct.tally.rows);
    expect(analysis.summary!.orders).toBe(direct.history.orderIds.length);
    expect(Object.values(analysis.summary!.outcomes).reduce((a, b) => a + b, 0)).toBe(analysis.summary!.rows);
    expect(analysis.reconciliation!.perSku.some((s) => s.risk !== undefined)).toBe(true);
    const forecast = validateScenario(analysis.forecast!.document, 'forecast');
    expect(forecast.horizonDays).toBe(3);
    expect(analysis.forecast!.start).not.toBeNull();
  });

  it('lists what reconcile still needs, and names an unrecognised file without building anything from it', async () => {
    const analysis = await analyseDroppedFiles([file('docs/examples/reconcile/wms.csv'), { name: 'notes.txt', text: 'hello\n' }], options);
    expect(analysis.missingSides).toEqual(['oms', 'erp']);
    expect(analysis.reconciliation).toBeNull();
    expect(analysis.problems).toEqual([expect.stringMatching(/^notes\.txt: header not recognised/)]);
  });

  it('reports a malformed row with its file, line and value', async () => {
    const bad = { name: 'erp.csv', text: 'sku,quantity,unitCost\nMUG-1,4,abc\n' };
    const analysis = await analyseDroppedFiles([file('docs/examples/reconcile/wms.csv'), file('docs/examples/reconcile/oms.csv'), bad], options);
    expect(analysis.reconciliation).toBeNull();
    expect(analysis.problems).toEqual([expect.stringMatching(/^erp\.csv:2: unitCost, "abc", /)]);
  });
});
