// A sweep's metric per design point: the mean over replications as a dot and its confidence interval
// (95 % by default in summary.json) as a bar. Points with one replication have no interval.
import type { MetricSummary } from '../../scenarios/experiment/aggregate.js';
import * as Plot from '@observablehq/plot';
import { formatParameterValue, type HeadlineLike } from '../format/index.js';

const defaults = { width: 680, rowHeight: 26, marginLeftMin: 60, marginLeftMax: 340, charWidth: 6.2 };

/** One metric's summary at one point, as summary.json writes it (spread null below two replications). */
export type MetricSummaryLike = MetricSummary;

/** The part of a sweep's summary.json the charts and the report read. */
export interface SweepSummaryLike {
  experiment: { name: string; description?: string; metrics?: string[]; replications?: number; seed?: number; [key: string]: unknown };
  points: { index: number; parameters: Record<string, unknown>; metrics: Record<string, MetricSummaryLike> }[];
  hash: string;
  runs?: number;
  invariantViolations?: number;
  /** The sweep's clear differences (absent in summaries written before they existed). */
  headlines?: HeadlineLike[];
}

/** One row of the chart. */
export interface IntervalRow {
  label: string;
  mean: number;
  low: number | null;
  high: number | null;
  n: number;
}

/** "#1 syncIntervalSeconds=300 · ownership=no-oms": the last segment of each varied path and its value. */
export function pointLabel(point: { index: number; parameters: Record<string, unknown> }): string {
  const parts = Object.entries(point.parameters).map(([path, value]) => {
    const segments = path.replace(/\[[^\]]*\]/g, '').split('.');
    return `${segments[segments.length - 1]}=${formatParameterValue(value)}`;
  });
  return `#${point.index} ${parts.join(' · ')}`.trim();
}

/** Metric names present in every point, in the experiment's order when it lists them. */
export function summaryMetrics(summary: SweepSummaryLike): string[] {
  const listed = summary.experiment.metrics ?? Object.keys(summary.points[0]?.metrics ?? {});
  return listed.filter((m) => summary.points.every((p) => p.metrics[m] !== undefined));
}

/** The chart's rows for `metric`; throws a RangeError naming a metric the summary lacks. */
export function intervalRows(summary: SweepSummaryLike, metric: string): IntervalRow[] {
  return summary.points.map((point) => {
    const m = point.metrics[metric];
    if (m === undefined) throw new RangeError(`point ${point.index} of ${summary.experiment.name} has no metric ${JSON.stringify(metric)}; it has ${Object.keys(point.metrics).join(', ')}`);
    return { label: pointLabel(point), mean: m.mean, low: m.low, high: m.high, n: m.n };
  });
}

/** Plot options: one row per point, the mean and its confidence interval for `metric`. */
export function metricIntervalChart(summary: SweepSummaryLike, metric: string, options: { width?: number } = {}): Plot.PlotOptions {
  const rows = intervalRows(summary, metric);
  const longest = Math.max(0, ...rows.map((r) => r.label.length));
  const marginLeft = Math.min(defaults.marginLeftMax, Math.max(defaults.marginLeftMin, Math.ceil(longest * defaults.charWidth) + 12));
  return {
    width: options.width ?? defaults.width,
    height: 50 + rows.length * defaults.rowHeight,
    marginLeft,
    x: { label: `${metric} (mean and 95% CI)`, grid: true },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: intervalMarks(rows, (r) => `mean ${r.mean} (n = ${r.n})`),
  };
}

/** Marks for one row per label: a rule at 0, the interval as a bar with end ticks, the mean as a dot. */
export function intervalMarks<R extends Omit<IntervalRow, 'n'>>(rows: readonly R[], title?: (row: R) => string): Plot.Markish[] {
  const withSpread = rows.filter((r) => r.low !== null && r.high !== null);
  return [
    Plot.ruleX([0], { stroke: '#999' }),
    Plot.ruleY(withSpread, { y: 'label', x1: 'low', x2: 'high', stroke: '#3182bd', strokeWidth: 3, strokeOpacity: 0.6 }),
    Plot.tickX(withSpread, { y: 'label', x: 'low', stroke: '#3182bd' }),
    Plot.tickX(withSpread, { y: 'label', x: 'high', stroke: '#3182bd' }),
    Plot.dot(rows, { y: 'label', x: 'mean', fill: '#08519c', r: 4, ...(title === undefined ? {} : { title }) }),
  ];
}
