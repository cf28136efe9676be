// Compare: run A (the knobs above) and B (A with the changes made here) on the same seeds and show
// each metric's means and the paired difference B - A with its 95% interval.
import { formatMetric, formatMetricDifference } from '../../format/index.js';
import type { PairedRow } from '../../twin/index.js';
import { el } from '../dom.js';

const highlighted = ['oversoldOrders', 'oversellRate', 'driftRate', 'fillRate', 'atsStaleness', 'cycleTimeP50', 'pickTravelPerLine', 'cogs', 'revenue'];

// Every cell in the metric's own unit (money, percentage points, h/min), never raw seconds or cents.
const difference = formatMetricDifference;

/** The comparison table: highlighted metrics first, then the rest. */
export function showComparison(container: HTMLElement, rows: PairedRow[], seeds: number): void {
  const order = [...rows].sort((a, b) => rank(a.metric) - rank(b.metric));
  const table = el(
    'table',
    { class: 'compare', 'data-testid': 'compare-table' },
    el('thead', {}, el('tr', {}, el('th', {}, 'metric'), el('th', {}, 'A'), el('th', {}, 'B'), el('th', {}, 'B − A'), el('th', {}, seeds > 1 ? '95% CI of B − A' : 'CI (needs 2+ seeds)'))),
    el(
      'tbody',
      {},
      ...order.map((r) =>
        el(
          'tr',
          { 'data-metric': r.metric, class: highlighted.includes(r.metric) ? 'key' : '' },
          el('td', {}, r.metric),
          el('td', {}, formatMetric(r.metric, r.meanA)),
          el('td', {}, formatMetric(r.metric, r.meanB)),
          el('td', { class: r.difference === 0 ? '' : 'changed' }, difference(r.metric, r.difference)),
          el('td', {}, r.low === null || r.high === null ? '–' : `[${difference(r.metric, r.low)}, ${difference(r.metric, r.high)}]`),
        ),
      ),
    ),
  );
  container.replaceChildren(el('p', {}, `${seeds} seed${seeds === 1 ? '' : 's'}, each run under A and under B (common random numbers).`), table);
}

function rank(metric: string): number {
  const i = highlighted.indexOf(metric);
  return i < 0 ? highlighted.length : i;
}
