// The SKUs with the most value at risk in a reconciliation: per SKU, the ERP's disagreement with the
// floor and the units the channels may sell beyond it, each at the ERP's unit cost (stacked bars).
import * as Plot from '@observablehq/plot';
import type { Reconciliation, SkuReconciliation } from '../../scenarios/reconcile/compare.js';

const defaults = { rows: 20, width: 900 };

/** The SKUs the chart shows: those with value at risk, most first, at most `rows`. */
export function skusAtRisk(r: Reconciliation, rows = defaults.rows): SkuReconciliation[] {
  return r.perSku.filter((s) => s.valueAtRiskCents > 0).slice(0, rows);
}

/** Plot options for the value-at-risk bars (empty marks when nothing is at risk). */
export function valueAtRiskChart(r: Reconciliation, options: { currency?: string; width?: number; rows?: number } = {}): Plot.PlotOptions {
  const atRisk = skusAtRisk(r, options.rows);
  return {
    width: options.width ?? defaults.width,
    height: 40 + atRisk.length * 24,
    marginLeft: Math.min(260, 12 + 7 * Math.max(0, ...atRisk.map((s) => s.sku.length))),
    x: { label: `value at risk (${options.currency ?? 'USD'})`, grid: true },
    y: { label: null, domain: atRisk.map((s) => s.sku) },
    color: { domain: ['ERP vs floor', 'ATS above floor'], range: ['#b2182b', '#ef8a62'], legend: true },
    marks: [
      Plot.barX(atRisk.flatMap((s) => [
        { sku: s.sku, part: 'ERP vs floor', value: s.driftValueCents / 100 },
        { sku: s.sku, part: 'ATS above floor', value: (s.atsGapUnits * s.unitCostCents) / 100 },
      ]), { y: 'sku', x: 'value', fill: 'part' }),
      Plot.ruleX([0]),
    ],
  };
}
