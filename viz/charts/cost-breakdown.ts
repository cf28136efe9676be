// Where the money goes, per variant: the six parts of totalCost (shipping, labour, holding,
// purchasing, oversell, stockout) as one stacked bar per sweep point, mean over its replications.
import * as Plot from '@observablehq/plot';
import { formatMoney } from '../format/index.js';

/** The metrics that add up to totalCost, in the order they are stacked. */
export const costComponents = ['shippingCost', 'labourCost', 'holdingCost', 'purchasingCost', 'oversellCost', 'stockoutCost'] as const;
export type CostComponent = (typeof costComponents)[number];

/** One point's mean cost per component, in cents. */
export interface PointCosts {
  label: string;
  cents: Record<CostComponent, number>;
}

/** One stacked segment. */
export interface CostRow {
  label: string;
  component: CostComponent;
  dollars: number;
}

const defaults = { width: 680, rowHeight: 30, marginLeftMin: 60, marginLeftMax: 340, charWidth: 6.2 };

/** Rows for the chart, point by point and component by component. */
export function costRows(points: readonly PointCosts[]): CostRow[] {
  return points.flatMap((p) => costComponents.map((component) => ({ label: p.label, component, dollars: p.cents[component] / 100 })));
}

/** Plot options: a horizontal stacked bar of the cost parts per point, with each total at its end. */
export function costBreakdownChart(points: readonly PointCosts[], options: { width?: number } = {}): Plot.PlotOptions {
  const rows = costRows(points);
  const totals = points.map((p) => ({ label: p.label, dollars: costComponents.reduce((sum, c) => sum + p.cents[c], 0) / 100 }));
  const longest = Math.max(0, ...points.map((p) => p.label.length));
  return {
    width: options.width ?? defaults.width,
    height: 60 + defaults.rowHeight * points.length,
    marginLeft: Math.min(defaults.marginLeftMax, Math.max(defaults.marginLeftMin, Math.round(longest * defaults.charWidth))),
    marginRight: 90,
    x: { label: 'mean cost per run ($)', grid: true, tickFormat: (d: number) => (d === 0 ? '$0' : formatMoney(Math.round(d * 100))) },
    y: { label: null, domain: points.map((p) => p.label) },
    color: { legend: true, domain: [...costComponents] },
    marks: [
      Plot.barX(rows, { y: 'label', x: 'dollars', fill: 'component', order: [...costComponents], title: (r: CostRow) => `${r.component}: ${formatMoney(Math.round(r.dollars * 100))}` }),
      Plot.text(totals, { y: 'label', x: 'dollars', text: (t: { dollars: number }) => formatMoney(Math.round(t.dollars * 100)), textAnchor: 'start', dx: 4 }),
      Plot.ruleX([0]),
    ],
  };
}
