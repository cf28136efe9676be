// Unit costs for an import (`baton import --catalog`), from a catalogue file in one of two layouts,
// recognised by the header: plain `sku, unitCost` rows (an ERP valued-count export with `quantity`
// too is read the same way; amounts in currency units, to integer cents exactly), or Shopify's
// products export (`Variant SKU`, `Cost per item`; rows without a variant SKU, its extra image rows,
// and variants with no cost given are skipped and counted). Every other row is taken or named as a
// problem (file:line, field, value, reason). Free of Node modules.
import { isBlankRecord, notUtf8, readDelimited } from './csv.js';
import { parseMoneyCents } from './money.js';
import type { RowProblem } from './outcomes.js';

/** Unit cost per SKU code, in cents, from a catalogue file. */
export interface CatalogCosts {
  file: string;
  layout: 'plain' | 'shopify-products';
  costCents: Map<string, number>;
  /** Rows with no SKU or no cost (Shopify layout only): not errors, not costs. */
  skippedRows: number;
}

const columnKey = (name: string): string => name.trim().toLowerCase().replace(/[\s_-]+/g, '');

/** The columns each layout reads (matched case-insensitively, spaces, dashes and underscores ignored). */
export const catalogLayouts = {
  plain: { sku: 'sku', cost: 'unitCost' },
  'shopify-products': { sku: 'Variant SKU', cost: 'Cost per item' },
} as const;

/** Reads a catalogue file; problems go to `problems` (the caller refuses the input when any). */
export async function readCatalog(file: string, chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, problems: RowProblem[]): Promise<CatalogCosts> {
  const catalog: CatalogCosts = { file, layout: 'plain', costCents: new Map(), skippedRows: 0 };
  let columns: { sku: number; cost: number } | null = null;
  const problem = (line: number, field: string, value: string, reason: string) => problems.push({ file, line, field, value, reason });
  for await (const record of readDelimited(chunks, { delimiter: ',' })) {
    if (columns === null) {
      const keys = record.fields.map(columnKey);
      const layout = keys.includes(columnKey(catalogLayouts['shopify-products'].sku)) ? 'shopify-products' : 'plain';
      const names = catalogLayouts[layout];
      const at = { sku: keys.indexOf(columnKey(names.sku)), cost: keys.indexOf(columnKey(names.cost)) };
      if (at.sku < 0 || at.cost < 0) {
        const missing = [at.sku < 0 ? names.sku : null, at.cost < 0 ? names.cost : null].filter((n) => n !== null);
        problem(record.line, '(header)', record.fields.slice(0, 6).join(','), `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}; a catalogue has sku and unitCost columns, or is Shopify's products export (Variant SKU, Cost per item)`);
        return catalog;
      }
      catalog.layout = layout;
      columns = at;
      continue;
    }
    if (isBlankRecord(record.fields)) continue;
    const sku = (record.fields[columns.sku] ?? '').trim();
    const costText = (record.fields[columns.cost] ?? '').trim();
    const names = catalogLayouts[catalog.layout];
    if (catalog.layout === 'shopify-products' && (sku === '' || costText === '')) {
      catalog.skippedRows++;
      continue;
    }
    if (sku === '' || notUtf8(sku) !== null) {
      problem(record.line, names.sku, sku, notUtf8(sku) ?? 'no SKU');
      continue;
    }
    const cost = parseMoneyCents(costText);
    if (!cost.ok || cost.cents < 0) {
      problem(record.line, names.cost, costText, cost.ok ? 'a unit cost cannot be negative' : cost.reason);
      continue;
    }
    const known = catalog.costCents.get(sku);
    if (known !== undefined && known !== cost.cents) {
      problem(record.line, names.sku, sku, `listed twice with different unit costs (${known} and ${cost.cents} cents)`);
      continue;
    }
    catalog.costCents.set(sku, cost.cents);
  }
  if (columns === null) problem(0, '(header)', '', 'the file is empty: expected a header line');
  return catalog;
}
