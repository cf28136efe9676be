// The HTML report: one self-contained page for a run (its charts and metrics) or a sweep (each
// metric per point with its confidence interval, and the summary table).
import type * as Plot from '@observablehq/plot';
import type { RunVisuals } from '../../models/visuals.js';
import { costBreakdownChart, cycleTimeChart, daysAbove, sellerHealthChart, sellerRates, fiveNumbersChart, floorMapChart, metricIntervalChart, metricLineChart, numericKnob, pointLabel, sampleRoutePaths, summaryMetrics, utilizationChart, type SweepSummaryLike } from '../charts/index.js';
import { formatMetric, formatPlain, headlineSentence } from '../format/index.js';
import { serverDocument } from '../render/node-document.js';
import { renderPlot } from '../render/plot-svg.js';
import { chartFigure, escapeHtml, htmlPage, htmlTable } from './html.js';
import type { ReportInput, RunReportInput, SweepReportInput } from './input.js';

const defaults = {
  headlineMetrics: ['ordersAccepted', 'oversoldOrders', 'fillRate', 'driftRate', 'revenue', 'cogs'],
  chartWidth: 980,
};

export interface ReportOptions {
  /** Where charts are drawn; a fresh server-side document by default. */
  document?: Document;
}

/** The report page for a run or a sweep, as one HTML string with every chart inlined. */
export function renderReport(input: ReportInput, options: ReportOptions = {}): string {
  const document = options.document ?? serverDocument();
  const draw = (plot: Plot.PlotOptions) => renderPlot(plot, document);
  return input.kind === 'run' ? runReport(input, draw) : sweepReport(input, draw);
}

type Draw = (plot: Plot.PlotOptions) => string;

function runReport(input: RunReportInput, draw: Draw): string {
  const { result, visuals } = input;
  const facts: [string, string][] = [
    ['scenario', result.scenario],
    ['seed', String(result.seed)],
    ['horizon', `${formatPlain(result.horizonDays)} days`],
    ['hash', result.hash],
    ['invariants', `${result.invariants.checked} checks, ${result.invariants.violations.length} violations`],
  ];
  if (result.perf) facts.push(['events', formatPlain(result.perf.events)]);
  if (input.source) facts.push(['source', input.source]);
  const parts = [
    `<h1>Baton run: ${escapeHtml(result.scenario)}</h1>`,
    `<p class="lead">seed ${result.seed} · ${formatPlain(result.horizonDays)} days · hash <code>${escapeHtml(result.hash)}</code></p>`,
    factsList(facts),
    headline(result.metrics),
  ];
  if (result.invariants.violations.length > 0) {
    parts.push(`<div class="note bad"><strong>Invariant violations</strong><ul>${result.invariants.violations.map((v) => `<li>${escapeHtml(v)}</li>`).join('')}</ul></div>`);
  }
  if (visuals === null) parts.push('<p class="note">This run was recorded without visuals.json, so only its metrics are shown. Run it with <code>baton run SCENARIO --out DIR</code> to record the charts.</p>');
  else parts.push(...runCharts(visuals, draw));
  parts.push('<h2>Metrics</h2>', metricsTable(result.metrics), footer());
  return htmlPage(`Baton report: ${result.scenario} (seed ${result.seed})`, parts.join('\n'));
}

function runCharts(visuals: RunVisuals, draw: Draw): string[] {
  const width = defaults.chartWidth;
  const parts = ['<h2>The five numbers per SKU</h2>', '<p>Shelf (truth), WMS record, OMS available-to-sell, each channel\'s view and the ERP quantity. Where lines coincide the systems agree.</p>'];
  if (visuals.skuSeries.length === 0) parts.push('<p class="note">No SKU series in this run.</p>');
  for (const series of visuals.skuSeries) {
    parts.push(chartFigure(draw(fiveNumbersChart(visuals, { sku: series.sku, width })), `SKU ${series.sku}`, `five-numbers-${series.sku}`));
  }
  parts.push('<h2>Cycle time</h2>', chartFigure(draw(cycleTimeChart(visuals, { width })), 'Orders by time from acceptance to shipment; the last bar holds every longer time.', 'cycle-time'));
  if (visuals.sellerHealth !== undefined && visuals.sellerHealth.length > 0) parts.push(...sellerHealthCharts(visuals.sellerHealth, draw));
  parts.push('<h2>Worker utilisation</h2>', chartFigure(draw(utilizationChart(visuals, { width })), 'Share of available labour time spent busy, per sampling step.', 'utilization'));
  parts.push('<h2>Warehouse floors</h2>');
  for (const floor of visuals.floors) {
    parts.push(`<h3>${escapeHtml(floor.warehouse)}</h3>`);
    if (floor.sampleRoutes.length > 0) {
      parts.push(chartFigure(draw(floorMapChart(floor, { colorBy: 'stock', paths: sampleRoutePaths(floor), width })), 'Bins coloured by units on the shelf; one sample pick list walked by every routing policy (depot: triangle).', `floor-${floor.warehouse}-routes`));
    }
    const rounds = floor.recentRounds.map((r) => r.path);
    const last = floor.recentRounds[floor.recentRounds.length - 1];
    const paths = last ? [{ label: `last round (${last.policy}, ${last.length.toFixed(1)} m)`, points: last.path, trail: rounds.slice(0, -1) }] : [];
    parts.push(chartFigure(draw(floorMapChart(floor, { colorBy: 'error', paths, width })), 'Bins coloured by record error (WMS record minus shelf); recent pick rounds faint, the last one bold.', `floor-${floor.warehouse}-error`));
  }
  return parts;
}

/** Seller health: each rate per channel by day against its threshold, and the days above it. */
function sellerHealthCharts(series: NonNullable<RunVisuals['sellerHealth']>, draw: Draw): string[] {
  const width = defaults.chartWidth;
  const breaches = series.flatMap((s) => sellerRates.map((rate) => ({ channel: s.channel, rate, days: daysAbove(s, rate) })).filter((b) => b.days.length > 0));
  const summary = breaches.length === 0
    ? '<p>No channel went above a marketplace threshold on any day.</p>'
    : `<p class="note bad">${breaches.map((b) => `${escapeHtml(b.channel)}: ${b.rate} above its threshold on ${b.days.length} day${b.days.length === 1 ? '' : 's'} (first day ${b.days[0]})`).join('; ')}.</p>`;
  return [
    '<h2>Seller health</h2>',
    `<p>The rates marketplaces police, per channel, each day over the ${series[0]!.windowDays} whole days before it; dashed: the channel's threshold.</p>`,
    summary,
    ...sellerRates.map((rate) => chartFigure(draw(sellerHealthChart(series, rate, { width })), rate, `seller-${rate}`)),
  ];
}

function sweepReport(input: SweepReportInput, draw: Draw): string {
  const { summary } = input;
  const metrics = summaryMetrics(summary);
  const ordered = [...metrics.filter((m) => m === 'oversellRate' || m === 'driftRate'), ...metrics.filter((m) => m !== 'oversellRate' && m !== 'driftRate')];
  const facts: [string, string][] = [
    ['experiment', summary.experiment.name],
    ['points', String(summary.points.length)],
    ['replications', summary.experiment.replications === undefined ? '-' : String(summary.experiment.replications)],
    ['seed', summary.experiment.seed === undefined ? '-' : String(summary.experiment.seed)],
    ['hash', summary.hash],
  ];
  if (summary.runs !== undefined) facts.push(['runs', String(summary.runs)]);
  if (summary.invariantViolations !== undefined) facts.push(['invariant violations', String(summary.invariantViolations)]);
  if (input.source) facts.push(['source', input.source]);
  const parts = [
    `<h1>Baton sweep: ${escapeHtml(summary.experiment.name)}</h1>`,
    summary.experiment.description ? `<p class="lead">${escapeHtml(summary.experiment.description)}</p>` : '',
    answers(summary),
    factsList(facts),
    ...pointCharts(summary, ordered, draw),
    ...costBars(input, draw),
    '<h2>Summary table</h2>',
    sweepTable(summary, ordered),
    ...exampleRun(input.example, draw),
    footer(),
  ];
  return htmlPage(`Baton sweep report: ${summary.experiment.name}`, parts.filter(Boolean).join('\n'));
}

/** Each metric against the numeric knob when there is one (a line per other setting), else per point. */
function pointCharts(summary: SweepSummaryLike, metrics: string[], draw: Draw): string[] {
  const knob = numericKnob(summary);
  if (knob === null) {
    return [
      '<h2>Metrics per point (mean and 95% confidence interval over replications)</h2>',
      ...metrics.map((m) => chartFigure(draw(metricIntervalChart(summary, m, { width: defaults.chartWidth })), m, `intervals-${m}`)),
    ];
  }
  return [
    `<h2>Metrics against ${escapeHtml(knob)} (mean and 95% band over replications)</h2>`,
    ...metrics.map((m) => chartFigure(draw(metricLineChart(summary, m, knob, { width: defaults.chartWidth })), `${m}: one line per setting of the other knobs`, `lines-${m}`)),
  ];
}

/** Where the money goes: one stacked bar of the cost parts per point (when the runs table has them). */
function costBars(input: SweepReportInput, draw: Draw): string[] {
  if (input.costs === undefined) return [];
  return [
    '<h2>Where the money goes</h2>',
    '<p>Mean cost per run by part, over each point\'s replications (from runs.csv). The parts add up to totalCost: shipping, labour, holding and purchasing are paid; oversell is the cancellation penalty plus the lost margin; stockout is the margin lost on rejected demand.</p>',
    chartFigure(draw(costBreakdownChart(input.costs, { width: defaults.chartWidth })), 'Cost parts per point, stacked', 'cost-breakdown'),
  ];
}

/** The answer first: the sweep's clear differences in words, or that there are none. */
function answers(summary: SweepSummaryLike): string {
  if (summary.headlines === undefined) return '';
  const replications = summary.experiment.replications ?? '?';
  if (summary.headlines.length === 0) {
    return `<section class="answers"><h2>The answer</h2><p>No knob moved any metric clearly: every paired 95% interval over ${escapeHtml(String(replications))} replications includes 0. More replications may separate them.</p></section>`;
  }
  const items = summary.headlines.map((h) => `<li data-metric="${escapeHtml(h.metric)}">${escapeHtml(headlineSentence(h))}</li>`);
  return `<section class="answers"><h2>The answer</h2><ul>${items.join('')}</ul><p class="lead">Paired 95% intervals over ${escapeHtml(String(replications))} replications on common random numbers; only differences whose interval excludes 0 are listed.</p></section>`;
}

function exampleRun(example: RunReportInput | undefined, draw: Draw): string[] {
  if (example === undefined) return [];
  const { result, visuals } = example;
  const parts = [
    `<h2>Example run: ${escapeHtml(result.scenario)}, seed ${result.seed}</h2>`,
    `<p class="lead">One run, seed ${result.seed}, ${formatPlain(result.horizonDays)} days, drawn in full from the folder's example-run/ · hash <code>${escapeHtml(result.hash)}</code></p>`,
    headline(result.metrics),
  ];
  if (visuals !== null) parts.push(...runCharts(visuals, draw));
  return parts;
}

function factsList(facts: [string, string][]): string {
  return `<dl class="facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd data-fact="${escapeHtml(k)}">${escapeHtml(v)}</dd>`).join('')}</dl>`;
}

function headline(metrics: Record<string, number>): string {
  const cards = defaults.headlineMetrics
    .filter((m) => metrics[m] !== undefined)
    .map((m) => `<div class="number"><div class="value" data-metric="${m}">${escapeHtml(formatMetric(m, metrics[m]!))}</div><div class="label">${escapeHtml(m)}</div></div>`);
  return `<div class="numbers">${cards.join('')}</div>`;
}

/** Every metric with its formatted and raw value. */
function metricsTable(metrics: Record<string, number>): string {
  const rows = Object.entries(metrics).map(([name, value]) => [escapeHtml(name), escapeHtml(formatMetric(name, value)), `<span class="mono">${escapeHtml(String(value))}</span>`]);
  return htmlTable(['metric', 'value', 'raw'], rows, 'metrics');
}

function sweepTable(summary: SweepSummaryLike, metrics: string[]): string {
  const rows = summary.points.map((p) => [
    escapeHtml(pointLabel(p)),
    ...metrics.map((m) => {
      const s = p.metrics[m]!;
      const spread = s.halfWidth === null ? '' : ` ± ${formatPlain(s.halfWidth)}`;
      return `${escapeHtml(formatPlain(s.mean))}${escapeHtml(spread)}`;
    }),
  ]);
  return htmlTable(['point', ...metrics.map(escapeHtml)], rows, 'sweep');
}

function footer(): string {
  return '<footer>Drawn by <code>baton report</code>: a deterministic simulation, so the same scenario, seed and code give the same hash.</footer>';
}
