// Paired comparison: two variants of one scenario (A and B, each a list of PATH=VALUE settings) run on
// common random numbers, replication r of both on seed root + r; per metric, the mean of each and the
// t-interval of the paired difference B - A.
import { resolve } from 'node:path';
import { pairedDifference } from '../../sim/stats/index.js';
import { InputError } from '../errors.js';
import { loadPolicyPlugins } from '../policy-plugins.js';
import type { RunResult } from '../result.js';
import { metricOf, runsHash, summarizeSamples, type MetricSummary } from './aggregate.js';
import { loadScenarioDocument } from './load.js';
import { buildPoint, type Assignment } from './points.js';
import { parsePath, PathError } from './path.js';
import { runTasks, type Progress } from './runner.js';
import { defaultMetrics } from './schema.js';
import { buildTasks, taskName, type RunTask } from './tasks.js';

const defaults = { replications: 20, seed: 1, level: 0.95 };

/** The defaults of a comparison (shared with the CLI's help). */
export const comparisonDefaults = { replications: defaults.replications, seed: defaults.seed } as const;

export interface ComparisonOptions {
  /** Built-in scenario name or scenario file. */
  scenario: string;
  a: readonly Assignment[];
  b: readonly Assignment[];
  replications?: number;
  seed?: number;
  days?: number;
  metrics?: readonly string[];
  workers?: number;
  policyFiles?: readonly string[];
  /** A run taking longer fails (a vendor policy that never returns); none: no limit. */
  timeoutSeconds?: number;
  runTask?: RunTask;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

/** One metric compared: both means and the paired difference B - A. */
export interface MetricComparison {
  meanA: number;
  meanB: number;
  difference: MetricSummary;
  /** True when the interval of B - A lies entirely above or below 0. */
  excludesZero: boolean;
}

export interface Comparison {
  scenario: string;
  seed: number;
  replications: number;
  horizonDays: number;
  a: Record<string, unknown>;
  b: Record<string, unknown>;
  metrics: Record<string, MetricComparison>;
  invariantViolations: Array<{ run: string; variant: 'A' | 'B'; seed: number; violations: string[] }>;
  /** Hash over every run's hash, A then B, in replication order. */
  hash: string;
}

/** Reads `PATH=VALUE` (VALUE as JSON when it parses, else as text); `argument` names the option in errors. */
export function parseAssignment(text: string, argument: string): Assignment {
  const source = { path: argument, value: text };
  const at = text.indexOf('=');
  if (at <= 0) throw InputError.of({ ...source, message: 'expected PATH=VALUE, e.g. oms.routingPolicy=lowest-cost' });
  const path = text.slice(0, at);
  try {
    parsePath(path);
  } catch (error) {
    if (error instanceof PathError) throw InputError.of({ ...source, message: `bad path "${path}": ${error.message}` });
    throw error;
  }
  const raw = text.slice(at + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Not JSON: the text itself is the value (`--a oms.routingPolicy=nearest`).
  }
  return { path, value, source };
}

/** Runs both variants and compares them metric by metric. */
export async function runComparison(options: ComparisonOptions): Promise<Comparison> {
  const replications = options.replications ?? defaults.replications;
  const rootSeed = options.seed ?? defaults.seed;
  const metrics = options.metrics ?? defaultMetrics;
  const policyFiles = (options.policyFiles ?? []).map((f) => resolve(f));
  const policies = await loadPolicyPlugins(policyFiles);
  const base = loadScenarioDocument(options.scenario, null);
  const variants = [options.a, options.b].map((assignments, i) => {
    const point = buildPoint(i, base.document, assignments, `${base.label} variant ${i === 0 ? 'A' : 'B'}`, policies);
    return options.days === undefined ? point : { ...point, config: { ...point.config, horizonDays: options.days } };
  });
  const tasks = buildTasks(
    variants.map((v) => v.config),
    { replications, rootSeed, policyFiles },
  );
  const results = await runTasks(tasks, { workers: options.workers, runTask: options.runTask, signal: options.signal, onProgress: options.onProgress, timeoutSeconds: options.timeoutSeconds });
  const runsOf = (point: number): RunResult[] => results.filter((_, i) => tasks[i]!.point === point);
  const [runsA, runsB] = [runsOf(0), runsOf(1)];
  return {
    scenario: variants[0]!.config.name,
    seed: rootSeed,
    replications,
    horizonDays: variants[0]!.config.horizonDays,
    a: variants[0]!.parameters,
    b: variants[1]!.parameters,
    metrics: Object.fromEntries(metrics.map((m) => [m, compareMetric(runsA.map((r) => metricOf(r, m)), runsB.map((r) => metricOf(r, m)))])),
    invariantViolations: tasks.flatMap((task, i) => {
      const violations = results[i]!.invariants.violations;
      return violations.length === 0 ? [] : [{ run: taskName(task), variant: task.point === 0 ? ('A' as const) : ('B' as const), seed: task.seed, violations }];
    }),
    hash: runsHash(tasks, results),
  };
}

/** Means of A and B and the paired interval of B - A (replication i of A pairs with replication i of B). */
export function compareMetric(a: readonly number[], b: readonly number[], level = defaults.level): MetricComparison {
  const meanA = summarizeSamples(a, level).mean;
  const meanB = summarizeSamples(b, level).mean;
  let difference: MetricSummary;
  if (a.length < 2) difference = summarizeSamples(b.map((x, i) => x - a[i]!), level);
  else {
    const { n, mean, sd, halfWidth, low, high } = pairedDifference(b, a, level);
    difference = { n, mean, sd, halfWidth, low, high };
  }
  const excludesZero = difference.low !== null && difference.high !== null && (difference.low > 0 || difference.high < 0);
  return { meanA, meanB, difference, excludesZero };
}
