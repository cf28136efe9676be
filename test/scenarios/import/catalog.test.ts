// Catalogue files for unit costs: the plain layout (an ERP count export too), Shopify's products
// export (image rows and variants without a cost skipped, not refused), and every bad row named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOutputs } from '../../../scenarios/import/build.js';
import { readCatalog } from '../../../scenarios/import/catalog.js';
import { importOrders } from '../../../scenarios/import/orders.js';
import type { RowProblem } from '../../../scenarios/import/outcomes.js';
import { orderPresets } from '../../../scenarios/import/presets.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url));

async function read(text: string | Buffer, file = 'catalog.csv') {
  const problems: RowProblem[] = [];
  const catalog = await readCatalog(file, [text], problems);
  return { catalog, problems };
}

describe('readCatalog', () => {
  it('plain sku, unitCost rows in currency units, to cents exactly', async () => {
    const { catalog, problems } = await read('SKU,Unit Cost\nMUG-1,5.10\nTOW-2,"1,250.05"\n\nLAMP-9,0\n');
    expect(problems).toEqual([]);
    expect(catalog.layout).toBe('plain');
    expect([...catalog.costCents]).toEqual([['MUG-1', 510], ['TOW-2', 125_005], ['LAMP-9', 0]]);
  });

  it('an ERP valued-count export (sku, quantity, unitCost) is a catalogue too', async () => {
    const { catalog, problems } = await read('sku,quantity,unitCost\nMUG-1,13,5.10\n');
    expect(problems).toEqual([]);
    expect(catalog.costCents.get('MUG-1')).toBe(510);
  });

  it("Shopify's products export: Cost per item by Variant SKU; image rows and variants without a cost are skipped", async () => {
    const { catalog, problems } = await read(fixture('shopify-products.csv'), 'products_export.csv');
    expect(problems).toEqual([]);
    expect(catalog.layout).toBe('shopify-products');
    expect([...catalog.costCents]).toEqual([['MUG-1', 510], ['TOW-2', 125]]);
    expect(catalog.skippedRows).toBe(2);
  });

  it('names every bad row: no SKU, a bad or negative cost, a SKU with two costs; a repeated equal cost is fine', async () => {
    const { problems } = await read('sku,unitCost\n,1.00\nA,abc\nB,-2.00\nC,1.999\nD,1.00\nD,1.00\nD,2.00\n');
    expect(problems.map((p) => [p.line, p.field, p.value])).toEqual([
      [2, 'sku', ''],
      [3, 'unitCost', 'abc'],
      [4, 'unitCost', '-2.00'],
      [5, 'unitCost', '1.999'],
      [8, 'sku', 'D'],
    ]);
    expect(problems[2]!.reason).toBe('a unit cost cannot be negative');
    expect(problems[4]!.reason).toBe('listed twice with different unit costs (100 and 200 cents)');
  });

  it('names a SKU whose bytes are not UTF-8', async () => {
    const { catalog, problems } = await read(Buffer.concat([Buffer.from('sku,unitCost\nCAF'), Buffer.from([0xc9]), Buffer.from('-1,1.00\nOK,2.00\n')]));
    expect(problems.map((p) => [p.line, p.field, p.value])).toEqual([[2, 'sku', 'CAF\uFFFD-1']]);
    expect(problems[0]!.reason).toMatch(/^not UTF-8 text/);
    expect([...catalog.costCents]).toEqual([['OK', 200]]);
  });

  it('a header without the columns, and an empty file, are named', async () => {
    expect((await read('code,cost\nA,1\n')).problems[0]!.reason).toContain('missing columns "sku", "unitCost"');
    expect((await read('')).problems[0]!.reason).toBe('the file is empty: expected a header line');
  });
});

describe('buildOutputs with a catalogue', () => {
  it('takes unit costs from it; SKUs absent from it cost 60% of their price, listed in the report', async () => {
    const result = await importOrders([{ name: 'shopify-orders.csv', chunks: [fixture('shopify-orders.csv')] }], { preset: orderPresets['shopify-orders']! });
    const { catalog } = await read(fixture('catalog.csv'));
    const outputs = buildOutputs(result, { timeZone: 'UTC', catalog });
    const items = new Map(outputs.replayHead.catalog.items!.map((i) => [i.code, i]));
    expect(items.get('MUG-1')!.costCents).toBe(510);
    expect(items.get('TOW-2')!.costCents).toBe(125);
    const lamp = items.get('LAMP-9')!;
    expect(lamp.costCents).toBe(Math.round(lamp.priceCents! * 0.6));
    const forecastItems = new Map(outputs.forecast.catalog.items!.map((i) => [i.code, i]));
    expect(forecastItems.get('MUG-1')!.costCents).toBe(510);
    const costs = (outputs.report as { costs: { fromCatalog: number; fromPrice: number; skusWithoutCatalogCost: string[] } }).costs;
    expect(costs.fromCatalog).toBe(2);
    expect(costs.skusWithoutCatalogCost.sort()).toEqual(['LAMP-9', 'STK-0']);
    expect(costs.fromPrice).toBe(2);
  });
});
