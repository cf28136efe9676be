// The numbers a student looks for first, as text with stable ids: on hand at the end, COGS,
// oversold orders and a few more, from the result and the visuals.
import type { RunVisuals } from '../../models/visuals.js';
import type { RunResult } from '../../scenarios/result.js';
import { formatCents, formatPlain, formatShare } from '../format/index.js';

/** One key number: a stable id (used as data-testid), a label and the formatted value. */
export interface KeyNumber {
  id: string;
  label: string;
  value: string;
}

const dash = '–';

/** On hand (WMS record) and on the shelf at the end for `sku` (the first series by default), then the run's money and order counts. */
export function keyNumbers(result: Pick<RunResult, 'metrics'>, visuals: RunVisuals, sku?: string): KeyNumber[] {
  const series = (sku === undefined ? visuals.skuSeries[0] : visuals.skuSeries.find((s) => s.sku === sku)) ?? null;
  const last = (values: readonly number[] | undefined) => (values && values.length > 0 ? formatPlain(values[values.length - 1]!) : dash);
  const m = result.metrics;
  const metric = (name: string, format: (v: number) => string) => (typeof m[name] === 'number' ? format(m[name]!) : dash);
  return [
    { id: 'onhand', label: series ? `on hand, SKU ${series.sku} (WMS record at the end)` : 'on hand', value: last(series?.wmsRecord) },
    { id: 'shelf', label: series ? `on the shelf, SKU ${series.sku}` : 'on the shelf', value: last(series?.physical) },
    { id: 'erp-quantity', label: series ? `ERP quantity, SKU ${series.sku}` : 'ERP quantity', value: last(series?.erp) },
    { id: 'accepted', label: 'orders accepted', value: metric('ordersAccepted', formatPlain) },
    { id: 'oversold', label: 'orders oversold', value: metric('oversoldOrders', formatPlain) },
    { id: 'cogs', label: 'COGS', value: metric('cogs', formatCents) },
    { id: 'revenue', label: 'revenue', value: metric('revenue', formatCents) },
    { id: 'inventory-value', label: 'inventory value', value: metric('inventoryValue', formatCents) },
    { id: 'fill-rate', label: 'fill rate', value: metric('fillRate', formatShare) },
    { id: 'drift-rate', label: 'drift rate', value: metric('driftRate', formatShare) },
  ];
}
