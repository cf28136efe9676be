// "Your data": what the dropped files were taken for, their problems, the order import's report, the
// three numbers reconciled (the answer, the value-at-risk chart, the SKUs most at risk) and the
// forecast's start. The forecast run itself is shown by the page's usual run views.
import type { DroppedAnalysis } from '../../../scenarios/import/dropped-files.js';
import type { Reconciliation } from '../../../scenarios/reconcile/compare.js';
import { skusAtRisk, valueAtRiskChart } from '../../charts/value-at-risk.js';
import { formatCents, formatPlain } from '../../format/numbers.js';
import { reconcileSentence } from '../../reconcile/summary.js';
import { plotElement } from '../../render/plot-svg.js';
import { el } from '../dom.js';

const defaults = { tableRows: 20, width: 760 };
const sideNames = { wms: 'WMS', oms: 'OMS', erp: 'ERP' } as const;

function table(headers: string[], rows: (string | Node)[][], testId: string): HTMLTableElement {
  return el('table', { 'data-testid': testId },
    el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, ...rows.map((row) => el('tr', {}, ...row.map((cell) => el('td', {}, cell))))));
}

function importPart(analysis: DroppedAnalysis): HTMLElement | null {
  const s = analysis.summary;
  if (s === null) return null;
  const outcomes = Object.entries(s.outcomes).filter(([, n]) => n > 0).map(([name, n]) => `${formatPlain(n)} ${name}`).join(', ');
  return el('div', { 'data-testid': 'import-summary' },
    el('h3', {}, 'The orders'),
    el('p', {}, `${formatPlain(s.rows)} rows: ${outcomes}.`),
    el('p', {}, `${formatPlain(s.orders)} orders, ${formatPlain(s.lines)} lines, ${formatPlain(s.units)} units of ${formatPlain(s.skus)} SKUs on ${formatPlain(s.channels)} channel${s.channels === 1 ? '' : 's'}, ${formatCents(s.revenueCents)} revenue, ${s.firstOrderAt ?? '-'} to ${s.lastOrderAt ?? '-'}.`));
}

function reconcilePart(r: Reconciliation, width: number): HTMLElement {
  const atRisk = skusAtRisk(r);
  const rows = r.perSku.slice(0, defaults.tableRows).map((s) => [
    s.sku, formatPlain(s.wmsUnits), formatPlain(s.omsUnits), formatPlain(s.erpUnits), formatPlain(s.driftUnits), formatCents(s.driftValueCents),
    formatPlain(s.atsGapUnits), formatCents(s.valueAtRiskCents), s.risk === undefined ? '-' : formatPlain(Number(s.risk.expectedOversoldUnits.toFixed(2))),
  ]);
  return el('div', { 'data-testid': 'reconcile' },
    el('h3', {}, 'The three numbers'),
    el('p', { class: 'answer', 'data-testid': 'reconcile-answer' }, reconcileSentence(r)),
    atRisk.length === 0 ? el('p', { class: 'note' }, 'No SKU has value at risk: every count agrees.') : el('figure', { class: 'chart', id: 'chart-value-at-risk' },
      el('figcaption', {}, `The ${atRisk.length} SKUs with the most value at risk (ERP against the floor, and what the channels may sell beyond it, at the ERP's unit cost)`),
      plotElement(valueAtRiskChart(r, { width }), document)),
    table(['SKU', 'WMS', 'OMS ATS', 'ERP', 'drift', 'drift value', 'ATS gap', 'value at risk', 'expected oversold'], rows, 'reconcile-table'),
    r.perSku.length > defaults.tableRows ? el('p', { class: 'muted' }, `The ${defaults.tableRows} of ${formatPlain(r.perSku.length)} SKUs with the most value at risk; baton reconcile --out writes them all.`) : null);
}

/** Draws the analysis of dropped files into `container`. */
export function showDroppedAnalysis(container: HTMLElement, analysis: DroppedAnalysis): void {
  const width = Math.min(defaults.width, Math.max(360, container.clientWidth - 24));
  const start = analysis.forecast?.start ?? null;
  const forecastNote = analysis.forecast === null ? null : el('p', { 'data-testid': 'forecast-note' },
    `The forecast below is the demand calibrated on these orders, run ${String(analysis.forecast.document.horizonDays)} days forward`,
    start === null
      ? ' from stock sized on the history (drop a stock file to start from your floor).'
      : ` from your snapshot (${formatPlain(start.floorUnits)} units on the floor): the ERP counts ${formatPlain(start.erpDriftSkus)} SKUs differently from the floor (${formatPlain(start.erpDriftUnits)} units), and the channels may sell ${formatPlain(start.atsGapUnits)} units beyond it.`);
  const parts: (HTMLElement | null)[] = [
    table(['file', 'taken as'], analysis.files.map((f) => [f.name, f.role]), 'dropped-files'),
    analysis.problems.length === 0 ? null : el('div', { class: 'bad', 'data-testid': 'data-problems' },
      el('p', {}, `${analysis.problems.length} problem${analysis.problems.length === 1 ? '' : 's'}; nothing is built from a file with problems:`),
      el('ul', {}, ...analysis.problems.slice(0, 20).map((p) => el('li', {}, el('code', {}, p))))),
    importPart(analysis),
    analysis.reconciliation === null ? null : reconcilePart(analysis.reconciliation, width),
    analysis.missingSides.length === 0 ? null : el('p', { class: 'muted', 'data-testid': 'missing-sides' }, `To reconcile, also drop the ${analysis.missingSides.map((s) => sideNames[s]).join(' and ')} file${analysis.missingSides.length === 1 ? '' : 's'}.`),
    forecastNote,
  ];
  container.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
}
