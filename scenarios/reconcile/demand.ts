// Demand rates for reconcile from an order history (the readers of `baton import`): units a day per
// SKU over the history's span (first to last order, at least one day).
import { orderSpan, type OrderHistory } from '../import/orders.js';
import type { DemandRates } from './compare.js';

const MS_PER_DAY = 86_400_000;

/** Units a day per SKU code: accepted units over the span from the first to the last order (>= 1 day). */
export function demandRates(history: OrderHistory): DemandRates {
  const { first, last } = orderSpan(history);
  const days = Number.isFinite(first) ? Math.max(1, (last - first) / MS_PER_DAY) : 1;
  const units = new Map<string, number>();
  history.lineSku.forEach((sku, line) => {
    const code = history.skus[sku]!;
    units.set(code, (units.get(code) ?? 0) + history.lineQty[line]!);
  });
  return new Map([...units].map(([code, n]) => [code, n / days]));
}
