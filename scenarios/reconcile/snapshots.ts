// The three stock snapshots reconcile reads, each to units per SKU: the WMS's bins (`warehouse, bin,
// sku, quantity`, summed per SKU), the OMS's available-to-sell (`sku, quantity`) and the ERP's valued
// count (`sku, quantity, unitCost` in currency units, to integer cents exactly). Shopify's inventory
// export is read for the WMS side (On hand per location and bin) and the OMS side (Available).
// Every row is parsed or named as a problem (file:line, field, value, reason); nothing is dropped.
import { parseMoneyCents } from '../import/money.js';
import { isBlankRecord, notUtf8, readDelimited } from '../import/csv.js';
import { parseQuantity } from '../import/orders.js';
import type { RowProblem } from '../import/outcomes.js';

export type SnapshotSide = 'wms' | 'oms' | 'erp';

/** One snapshot: units per SKU (and unit cost in cents for the ERP), in first-seen order. */
export interface Snapshot {
  side: SnapshotSide;
  file: string;
  /** The layout recognised from the header. */
  layout: 'plain' | 'shopify-inventory';
  units: Map<string, number>;
  unitCostCents: Map<string, number>;
  rows: number;
  blankRows: number;
}

/** The columns each side needs in its plain layout (matched case-insensitively, spaces ignored). */
export const plainColumns: Record<SnapshotSide, readonly string[]> = {
  wms: ['warehouse', 'bin', 'sku', 'quantity'],
  oms: ['sku', 'quantity'],
  erp: ['sku', 'quantity', 'unitCost'],
};

/** Shopify's inventory export: the columns reconcile reads from it (the export has more). */
export const shopifyInventoryColumns = ['Handle', 'SKU', 'Location', 'Bin name', 'Available', 'On hand'] as const;

/** A header cell as the column names match it: case-insensitive, spaces, dashes and underscores ignored. */
export const columnKey = (name: string): string => name.trim().toLowerCase().replace(/[\s_-]+/g, '');
const key = columnKey;

/** Reads one snapshot from CSV chunks; problems go to `problems` (the caller refuses the input when any). */
export async function readSnapshot(side: SnapshotSide, file: string, chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, problems: RowProblem[]): Promise<Snapshot> {
  const snapshot: Snapshot = { side, file, layout: 'plain', units: new Map(), unitCostCents: new Map(), rows: 0, blankRows: 0 };
  let columns: { sku: number; quantity: number; unitCost: number } | null = null;
  const problem = (line: number, field: string, value: string, reason: string) => problems.push({ file, line, field, value, reason });
  for await (const record of readDelimited(chunks, { delimiter: ',' })) {
    if (columns === null) {
      const found = headerColumns(side, record.fields);
      if (typeof found === 'string') {
        problem(record.line, '(header)', record.fields.join(','), found);
        return snapshot;
      }
      snapshot.layout = found.layout;
      columns = found;
      continue;
    }
    if (isBlankRecord(record.fields)) {
      snapshot.blankRows++;
      continue;
    }
    snapshot.rows++;
    const field = (i: number) => (record.fields[i] ?? '').trim();
    const sku = field(columns.sku);
    if (sku === '' || notUtf8(sku) !== null) {
      problem(record.line, 'sku', sku, notUtf8(sku) ?? 'no SKU');
      continue;
    }
    const quantityName = snapshot.layout === 'plain' ? 'quantity' : side === 'oms' ? 'Available' : 'On hand';
    const quantity = parseQuantity(field(columns.quantity));
    if (typeof quantity === 'string') {
      problem(record.line, quantityName, field(columns.quantity), quantity);
      continue;
    }
    // Available-to-sell may be negative (a channel already oversold); a count on a shelf or in a ledger may not.
    if (quantity < 0 && side !== 'oms') {
      problem(record.line, quantityName, field(columns.quantity), 'a stock count cannot be negative');
      continue;
    }
    if (side === 'erp') {
      const cost = parseMoneyCents(field(columns.unitCost));
      if (!cost.ok || cost.cents < 0) {
        problem(record.line, 'unitCost', field(columns.unitCost), cost.ok ? 'a unit cost cannot be negative' : cost.reason);
        continue;
      }
      if (snapshot.units.has(sku)) {
        problem(record.line, 'sku', sku, 'listed twice in the ERP file (one count and one unit cost per SKU)');
        continue;
      }
      snapshot.unitCostCents.set(sku, cost.cents);
    } else if (side === 'oms' && snapshot.layout === 'plain' && snapshot.units.has(sku)) {
      problem(record.line, 'sku', sku, 'listed twice in the OMS file (one available-to-sell per SKU)');
      continue;
    }
    // WMS bins of one SKU add up; so do a Shopify SKU's locations.
    snapshot.units.set(sku, (snapshot.units.get(sku) ?? 0) + quantity);
  }
  if (columns === null) problem(0, '(header)', '', 'the file is empty: expected a header line');
  return snapshot;
}

function headerColumns(side: SnapshotSide, header: string[]): { layout: Snapshot['layout']; sku: number; quantity: number; unitCost: number } | string {
  const names = header.map(key);
  const at = (name: string) => names.indexOf(key(name));
  if (side !== 'erp' && shopifyInventoryColumns.every((c) => at(c) >= 0)) {
    return { layout: 'shopify-inventory', sku: at('SKU'), quantity: at(side === 'oms' ? 'Available' : 'On hand'), unitCost: -1 };
  }
  const missing = plainColumns[side].filter((c) => at(c) < 0);
  if (missing.length > 0) {
    const layouts = side === 'erp' ? '' : ` (or Shopify's inventory export: ${shopifyInventoryColumns.join(', ')})`;
    return `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}; the ${side.toUpperCase()} file needs ${plainColumns[side].join(', ')}${layouts}`;
  }
  return { layout: 'plain', sku: at('sku'), quantity: at('quantity'), unitCost: side === 'erp' ? at('unitCost') : -1 };
}
