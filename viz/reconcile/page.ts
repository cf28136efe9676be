// The reconcile page: the answer in words, the SKUs with the most value at risk as a bar chart, and
// every SKU in a table ranked by value at risk. Self-contained (inline SVG, no scripts).
import type { Reconciliation } from '../../scenarios/reconcile/compare.js';
import { skusAtRisk, valueAtRiskChart } from '../charts/value-at-risk.js';
import { formatCents, formatPlain } from '../format/numbers.js';
import { serverDocument } from '../render/node-document.js';
import { renderPlot } from '../render/plot-svg.js';
import { chartFigure, escapeHtml, htmlPage, htmlTable } from '../report/html.js';
import { reconcileSentence } from './summary.js';

const defaults = { chartRows: 20, tableRows: 500, width: 900 };

/** The page for `baton reconcile --out`. */
export function renderReconcilePage(r: Reconciliation, sources: { wms: string; oms: string; erp: string }, currency = 'USD'): string {
  const atRisk = skusAtRisk(r, defaults.chartRows);
  const chart = atRisk.length === 0 ? '<p class="note">No SKU has value at risk: every count agrees.</p>' : chartFigure(
    renderPlot(valueAtRiskChart(r, { currency, width: defaults.width, rows: defaults.chartRows }), serverDocument()),
    `The ${atRisk.length} SKUs with the most value at risk: units the ERP and the floor disagree on, and units the channels may sell beyond the floor, at the ERP's unit cost.`,
    'value-at-risk',
  );
  const rows = r.perSku.slice(0, defaults.tableRows).map((s) => [
    escapeHtml(s.sku), formatPlain(s.wmsUnits), formatPlain(s.omsUnits), formatPlain(s.erpUnits), escapeHtml(formatCents(s.unitCostCents, currency)),
    formatPlain(s.driftUnits), escapeHtml(formatCents(s.driftValueCents, currency)), formatPlain(s.atsGapUnits), escapeHtml(formatCents(s.valueAtRiskCents, currency)),
    s.agrees ? 'yes' : '<span class="bad">no</span>', escapeHtml(s.missingFrom.join(', ') || '-'),
  ]);
  const more = r.perSku.length > defaults.tableRows ? `<p class="note">The first ${defaults.tableRows} of ${formatPlain(r.perSku.length)} SKUs; reconcile.csv lists them all.</p>` : '';
  const body = [
    '<h1>Baton reconcile: the three numbers</h1>',
    `<p class="lead">WMS ${escapeHtml(sources.wms)} · OMS ${escapeHtml(sources.oms)} · ERP ${escapeHtml(sources.erp)}</p>`,
    `<section class="answers"><h2>The answer</h2><p>${escapeHtml(reconcileSentence(r, currency))}</p></section>`,
    '<h2>Where the money is</h2>',
    chart,
    '<h2>Every SKU, most value at risk first</h2>',
    htmlTable(['SKU', 'WMS', 'OMS ATS', 'ERP', 'unit cost', 'drift', 'drift value', 'ATS gap', 'value at risk', 'agrees', 'missing from'], rows, 'reconcile'),
    more,
  ];
  return htmlPage('Baton reconcile', body.join('\n'));
}
