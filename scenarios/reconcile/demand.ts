// Demand rates for reconcile from an order history (the readers of `baton import`): units a day per
// SKU over the history's span (first to last order, at least one day).
import type { HistoryStream } from '../import/history-stream.js';
import type { DemandRates } from './compare.js';

const MS_PER_DAY = 86_400_000;

/** Units a day per SKU code: accepted units over the span from the first to the last order (>= 1 day). */
export function demandRates(history: Pick<HistoryStream, 'skus' | 'skuUnits' | 'firstMs' | 'lastMs'>): DemandRates {
  const { firstMs: first, lastMs: last } = history;
  const days = Number.isFinite(first) ? Math.max(1, (last - first) / MS_PER_DAY) : 1;
  return new Map(history.skus.map((code, s) => [code, history.skuUnits[s]! / days]));
}
