// The sweep's answers: for each knob, its first value against each other one with every other knob
// held fixed, compared per metric on common random numbers (replication r of both points ran on the
// same seed), keeping the differences whose paired 95% interval excludes 0.
import type { RunResult } from '../result.js';
import { metricOf, summarizeSamples, type MetricSummary, type PointLabel } from './aggregate.js';
import type { Task } from './tasks.js';

/** One clear difference: `metric` moves from meanA (knob = from) to meanB (knob = to), others as `given`. */
export interface Headline {
  knob: string;
  from: unknown;
  to: unknown;
  /** The other knobs' values, the same in both points. */
  given: Record<string, unknown>;
  metric: string;
  /** The runs' horizon: money differences are over this many days. */
  horizonDays: number;
  meanA: number;
  meanB: number;
  /** The paired difference B - A over replications (t-interval). */
  difference: MetricSummary;
}

const defaults = { limit: 6 };

/**
 * The clear differences of a sweep, at most one per (knob, metric): the strongest (|mean| / half-width)
 * of its comparisons, in the order the experiment lists its metrics, then strongest first.
 */
export function sweepHeadlines(points: readonly PointLabel[], tasks: readonly Task[], results: readonly RunResult[], metrics: readonly string[], limit = defaults.limit): Headline[] {
  const runs = runsByPoint(tasks, results);
  const best = new Map<string, { headline: Headline; strength: number }>();
  for (const knob of knobsOf(points)) {
    const baseline = firstValueOf(points, knob);
    for (const a of points.filter((p) => same(p.parameters[knob], baseline))) {
      for (const b of points.filter((p) => !same(p.parameters[knob], baseline) && othersEqual(p, a, knob))) {
        for (const metric of metrics) {
          const candidate = compare(knob, a, b, runs, metric);
          if (candidate === null) continue;
          const key = `${knob}\u0000${metric}`;
          if ((best.get(key)?.strength ?? -1) < candidate.strength) best.set(key, candidate);
        }
      }
    }
  }
  const rank = (metric: string) => metrics.indexOf(metric);
  return [...best.values()]
    .sort((x, y) => rank(x.headline.metric) - rank(y.headline.metric) || y.strength - x.strength)
    .slice(0, limit)
    .map((c) => c.headline);
}

function compare(knob: string, a: PointLabel, b: PointLabel, runs: Map<number, Map<number, RunResult>>, metric: string): { headline: Headline; strength: number } | null {
  const runsA = [...(runs.get(a.index) ?? new Map<number, RunResult>())];
  const pairs = runsA.flatMap(([seed, runA]) => {
    const runB = runs.get(b.index)?.get(seed);
    return runB === undefined ? [] : [[metricOf(runA, metric), metricOf(runB, metric)] as const];
  });
  if (pairs.length < 2) return null;
  const difference = summarizeSamples(pairs.map(([x, y]) => y - x));
  const { low, high, halfWidth } = difference;
  if (low === null || high === null || halfWidth === null || (low <= 0 && high >= 0)) return null;
  const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  const given = Object.fromEntries(Object.entries(a.parameters).filter(([k]) => k !== knob));
  const headline: Headline = {
    knob, from: a.parameters[knob], to: b.parameters[knob], given, metric, horizonDays: runsA[0]![1].horizonDays,
    meanA: mean(pairs.map(([x]) => x)), meanB: mean(pairs.map(([, y]) => y)), difference,
  };
  // A difference with no spread at all (every replication moved by the same amount) is the strongest.
  return { headline, strength: halfWidth === 0 ? Infinity : Math.abs(difference.mean) / halfWidth };
}

function runsByPoint(tasks: readonly Task[], results: readonly RunResult[]): Map<number, Map<number, RunResult>> {
  const byPoint = new Map<number, Map<number, RunResult>>();
  tasks.forEach((task, i) => {
    const runs = byPoint.get(task.point) ?? new Map<number, RunResult>();
    runs.set(task.seed, results[i]!);
    byPoint.set(task.point, runs);
  });
  return byPoint;
}

function knobsOf(points: readonly PointLabel[]): string[] {
  const knobs = [...new Set(points.flatMap((p) => Object.keys(p.parameters)))];
  return knobs.filter((k) => new Set(points.map((p) => JSON.stringify(p.parameters[k]))).size > 1);
}

function firstValueOf(points: readonly PointLabel[], knob: string): unknown {
  return points.find((p) => knob in p.parameters)?.parameters[knob];
}

function othersEqual(p: PointLabel, q: PointLabel, knob: string): boolean {
  const keys = new Set([...Object.keys(p.parameters), ...Object.keys(q.parameters)]);
  return [...keys].every((k) => k === knob || same(p.parameters[k], q.parameters[k]));
}

function same(x: unknown, y: unknown): boolean {
  return JSON.stringify(x) === JSON.stringify(y);
}
