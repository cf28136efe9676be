// Summaries of a sweep: per point and metric the mean, sample sd and Student-t confidence interval over
// replications; one hash over every run's hash in (point, replication) order; the CSV exports.
import { hashString } from '../../sim/index.js';
import { meanConfidenceInterval } from '../../sim/stats/index.js';
import { toCsv } from '../files.js';
import { metricUnit } from '../metric-units.js';
import { canonicalJson, type RunResult } from '../result.js';
import { clipped, clippedShares, proportionDenominators, proportionSummary } from './proportions.js';
import { taskName, type Task } from './tasks.js';

const defaults = { level: 0.95 };

/** Mean and confidence interval of one metric at one point; the spread is null below two replications. */
export interface MetricSummary {
  n: number;
  mean: number;
  sd: number | null;
  halfWidth: number | null;
  low: number | null;
  high: number | null;
}

/** One design point's summary. */
export interface PointSummary {
  index: number;
  parameters: Record<string, unknown>;
  metrics: Record<string, MetricSummary>;
}

/** The point's index and parameters (what the summary needs of a design point). */
export type PointLabel = Pick<PointSummary, 'index' | 'parameters'>;

/** Mean, sd and t-interval (at `level`) of the samples. */
export function summarizeSamples(samples: readonly number[], level = defaults.level): MetricSummary {
  if (samples.length === 0) throw new RangeError('summarizeSamples: no samples');
  if (samples.length === 1) return { n: 1, mean: samples[0]!, sd: null, halfWidth: null, low: null, high: null };
  const { n, mean, sd, halfWidth, low, high } = meanConfidenceInterval(samples, level);
  return { n, mean, sd, halfWidth, low, high };
}

/** The value of `metric` in a run; a missing metric is a programming error, not bad input. */
export function metricOf(result: RunResult, metric: string): number {
  const value = result.metrics[metric];
  if (typeof value !== 'number') throw new Error(`run of ${result.scenario} seed ${result.seed} has no metric "${metric}"`);
  return value;
}

/** Per point, per metric summaries; `results[i]` belongs to `tasks[i]`. */
export function summarizePoints(points: readonly PointLabel[], tasks: readonly Task[], results: readonly RunResult[], metrics: readonly string[]): PointSummary[] {
  const byPoint = new Map<number, RunResult[]>();
  tasks.forEach((task, i) => {
    const runs = byPoint.get(task.point) ?? [];
    runs.push(results[i]!);
    byPoint.set(task.point, runs);
  });
  return points.map((point) => {
    const runs = byPoint.get(point.index) ?? [];
    const summaries = Object.fromEntries(metrics.map((m) => [m, summarizeMetric(runs, m)]));
    return { index: point.index, parameters: point.parameters, metrics: summaries };
  });
}

/** One metric over a point's runs; proportions get intervals inside [0, 1] (README "Intervals"). */
export function summarizeMetric(runs: readonly RunResult[], metric: string): MetricSummary {
  const samples = runs.map((r) => metricOf(r, metric));
  const summary = summarizeSamples(samples);
  const denominator = proportionDenominators[metric];
  if (denominator !== undefined && runs.every((r) => typeof r.metrics[denominator] === 'number')) {
    return proportionSummary(summary, samples, runs.map((r) => r.metrics[denominator]!));
  }
  return clippedShares.has(metric) ? clipped(summary) : summary;
}

/** One hash over every run (name, task key, result hash) in task order. */
export function runsHash(tasks: readonly Task[], results: readonly RunResult[]): string {
  return hashString(canonicalJson(tasks.map((task, i) => [taskName(task), task.key, results[i]!.hash])));
}

/** summary.csv: one row per (point, metric). */
export function summaryCsv(points: readonly PointSummary[]): string {
  const paths = Object.keys(points[0]?.parameters ?? {});
  const header = ['point', ...paths, 'metric', 'unit', 'n', 'mean', 'sd', 'halfWidth', 'low', 'high'];
  const rows = points.flatMap((p) =>
    Object.entries(p.metrics).map(([metric, s]) => [p.index, ...paths.map((path) => cell(p.parameters[path])), metric, metricUnit(metric), s.n, s.mean, s.sd, s.halfWidth, s.low, s.high]),
  );
  return toCsv([header, ...rows]);
}

/** runs.csv: one row per run with every metric it reported (wall time left out, so reruns compare equal). */
export function runsCsv(points: readonly PointLabel[], tasks: readonly Task[], results: readonly RunResult[]): string {
  const paths = Object.keys(points[0]?.parameters ?? {});
  const metrics = Object.keys(results[0]?.metrics ?? {});
  const header = ['point', 'replication', 'seed', ...paths, 'key', 'hash', 'violations', ...metrics];
  const rows = tasks.map((task, i) => {
    const result = results[i]!;
    const parameters = points[task.point]!.parameters;
    return [task.point, task.replication, task.seed, ...paths.map((path) => cell(parameters[path])), task.key, result.hash, result.invariants.violations.length, ...metrics.map((m) => result.metrics[m])];
  });
  return toCsv([header, ...rows]);
}

// Lists and objects go into one cell as JSON.
function cell(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
}
