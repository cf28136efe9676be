// A numeric knob is an axis: a sweep's metric against that knob (sync interval, reorder point...), one
// line per combination of the other knobs (ownership modes...), with its 95% interval as a band.
import * as Plot from '@observablehq/plot';
import { formatMoney, isCentsMetric, isShareMetric } from '../format/index.js';
import type { SweepSummaryLike } from './metric-intervals.js';

const defaults = { width: 680, height: 300 };

/** One point of one line. */
export interface LineRow {
  x: number;
  series: string;
  mean: number;
  low: number | null;
  high: number | null;
}

/** The first varied knob whose values are all numbers (at least two distinct), or null. */
export function numericKnob(summary: SweepSummaryLike): string | null {
  const knobs = Object.keys(summary.points[0]?.parameters ?? {});
  for (const knob of knobs) {
    const values = summary.points.map((p) => p.parameters[knob]);
    if (values.every((v) => typeof v === 'number' && Number.isFinite(v)) && new Set(values).size >= 2) return knob;
  }
  return null;
}

/** How the knob reads on the axis: seconds shown in minutes, anything else as it is. */
export function axisScale(knob: string): { factor: number; label: string } {
  const name = knob.replace(/\[[^\]]*\]/g, '').split('.').pop() ?? knob;
  return /Seconds$/.test(name) ? { factor: 1 / 60, label: `${name.replace(/Seconds$/, '')} (min)` } : { factor: 1, label: name };
}

/** The rows of `metric` against `knob`, each series named by the other knobs' values ("ownership=no-oms"). */
export function lineRows(summary: SweepSummaryLike, metric: string, knob: string): LineRow[] {
  const { factor } = axisScale(knob);
  return summary.points.map((point) => {
    const m = point.metrics[metric];
    if (m === undefined) throw new RangeError(`point ${point.index} of ${summary.experiment.name} has no metric ${JSON.stringify(metric)}`);
    const others = Object.entries(point.parameters).filter(([k]) => k !== knob);
    const series = others.length === 0 ? metric : others.map(([k, v]) => `${k.split('.').pop()}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' · ');
    return { x: Number(point.parameters[knob]) * factor, series, mean: m.mean, low: m.low, high: m.high };
  }).sort((a, b) => a.series.localeCompare(b.series) || a.x - b.x);
}

/** Plot options: `metric` (mean, 95% band) against the numeric knob, one coloured line per series. */
export function metricLineChart(summary: SweepSummaryLike, metric: string, knob: string, options: { width?: number } = {}): Plot.PlotOptions {
  const rows = lineRows(summary, metric, knob);
  const banded = rows.filter((r) => r.low !== null && r.high !== null);
  return {
    width: options.width ?? defaults.width,
    height: defaults.height,
    marginLeft: 70,
    x: { label: axisScale(knob).label, grid: true },
    y: { label: `${metric} (mean, 95% band)`, grid: true, tickFormat: axisTickFormat(metric) },
    color: { legend: true },
    marks: [
      Plot.areaY(banded, { x: 'x', y1: 'low', y2: 'high', fill: 'series', fillOpacity: 0.15, curve: 'linear' }),
      Plot.lineY(rows, { x: 'x', y: 'mean', stroke: 'series', strokeWidth: 2, curve: 'linear' }),
      Plot.dot(rows, { x: 'x', y: 'mean', fill: 'series', r: 3, title: (r: LineRow) => `${r.series}: ${r.mean}` }),
    ],
  };
}

/** Ticks in the metric's unit: money as currency, shares as percentages, anything else as Plot draws it. */
function axisTickFormat(metric: string): ((value: number) => string) | undefined {
  if (isCentsMetric(metric)) return (value) => formatMoney(value);
  if (isShareMetric(metric)) return (value) => `${Number((value * 100).toPrecision(3))}%`;
  return undefined;
}
