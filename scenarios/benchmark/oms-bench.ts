// The OMS-routing part of the benchmark: every policy runs every suite scenario on the same seeds
// (replication r of every policy on seed + r: common random numbers), and each metric is reported as
// the policy's mean and its paired difference with the baseline policy, with a 95% interval.
import { builtInPolicies, type PolicyRegistries } from '../../models/policies.js';
import type { ScenarioConfig } from '../../models/config.js';
import { compareMetric, type MetricComparison } from '../experiment/compare.js';
import { metricOf, runsHash } from '../experiment/aggregate.js';
import { loadScenarioDocument } from '../experiment/load.js';
import { buildPoint } from '../experiment/points.js';
import { runTasks, type Progress } from '../experiment/runner.js';
import { buildTasks, type RunTask, type Task } from '../experiment/tasks.js';
import type { RunResult } from '../result.js';
import type { OmsSuite } from './suites.js';

/** An OMS policy to benchmark; `file` is the vendor's file, absent for a built-in. */
export interface OmsContender {
  name: string;
  file?: string;
}

/** One policy on one scenario: per metric its mean and its paired difference with the baseline. */
export interface OmsStanding {
  policy: string;
  file?: string;
  /** 1 = lowest mean shipping cost (the first metric) on this scenario. */
  rank: number;
  metrics: Record<string, MetricComparison>;
}

export interface OmsScenarioResult {
  name: string;
  scenario: string;
  settings: Record<string, unknown>;
  days: number;
  replications: number;
  /** Seeds used by every policy: seed .. seed + replications - 1. */
  seeds: [number, number];
  standings: OmsStanding[];
  invariantViolations: Array<{ policy: string; seed: number; violations: string[] }>;
}

export interface OmsBenchmark {
  baseline: string;
  /** The metric that ranks the policies (lower is better). */
  rankedBy: string;
  scenarios: OmsScenarioResult[];
  /** Hash over every run's hash. */
  runsHash: string;
}

export interface OmsBenchmarkOptions {
  workers?: number;
  policyFiles: readonly string[];
  /** The loaded policies (vendor OMS policies among them), to validate the design points; the built-ins by default. */
  policies?: PolicyRegistries;
  /** Runs one task; the default runs it on a worker-thread pool. */
  runTask?: RunTask;
  /** A run taking longer fails (a vendor policy that never returns). */
  timeoutSeconds?: number;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

/** The tasks of the OMS part, one design point per (scenario, policy), in that order. */
export function omsTasks(suite: OmsSuite, contenders: readonly OmsContender[], policyFiles: readonly string[], policies: PolicyRegistries = builtInPolicies): { tasks: Task[]; configs: ScenarioConfig[] } {
  const configs: ScenarioConfig[] = [];
  suite.scenarios.forEach((s) => {
    const base = loadScenarioDocument(s.scenario, null);
    for (const contender of contenders) {
      const assignments = [...s.settings, { path: 'oms.routingPolicy', value: contender.name }].map((a) => ({ ...a, source: { path: `suite ${s.name}`, value: a.value } }));
      const point = buildPoint(configs.length, base.document, assignments, `benchmark scenario ${s.name} with ${contender.name}`, policies);
      configs.push({ ...point.config, horizonDays: suite.days });
    }
  });
  return { tasks: buildTasks(configs, { replications: suite.replications, rootSeed: suite.seed, policyFiles }), configs };
}

/** Runs every contender on every scenario of the suite. */
export async function runOmsBenchmark(suite: OmsSuite, contenders: readonly OmsContender[], options: OmsBenchmarkOptions): Promise<OmsBenchmark> {
  if (!contenders.some((c) => c.name === suite.baseline)) throw new RangeError(`benchmark: the baseline OMS policy ${suite.baseline} is not among the contenders`);
  const { tasks } = omsTasks(suite, contenders, options.policyFiles, options.policies);
  const results = await runTasks(tasks, { workers: options.workers, runTask: options.runTask, timeoutSeconds: options.timeoutSeconds, signal: options.signal, onProgress: options.onProgress });
  const runsOf = (point: number): RunResult[] => results.filter((_, i) => tasks[i]!.point === point);
  const rankedBy = suite.metrics[0]!;
  const scenarios = suite.scenarios.map((s, si): OmsScenarioResult => {
    const point = (c: number) => si * contenders.length + c;
    const baselineRuns = runsOf(point(contenders.findIndex((c) => c.name === suite.baseline)));
    const unranked = contenders.map((contender, c) => {
      const runs = runsOf(point(c));
      const metrics = Object.fromEntries(suite.metrics.map((m) => [m, compareMetric(baselineRuns.map((r) => metricOf(r, m)), runs.map((r) => metricOf(r, m)))]));
      return { policy: contender.name, ...(contender.file === undefined ? {} : { file: contender.file }), metrics };
    });
    const standings = unranked
      .map((s, i) => ({ s, i }))
      .sort((a, b) => a.s.metrics[rankedBy]!.meanB - b.s.metrics[rankedBy]!.meanB || a.i - b.i)
      .map(({ s }, i) => ({ ...s, rank: i + 1 }));
    const invariantViolations = contenders.flatMap((contender, c) =>
      runsOf(point(c)).flatMap((r) => (r.invariants.violations.length === 0 ? [] : [{ policy: contender.name, seed: r.seed, violations: r.invariants.violations }])),
    );
    return {
      name: s.name,
      scenario: s.scenario,
      settings: Object.fromEntries(s.settings.map((a) => [a.path, a.value])),
      days: suite.days,
      replications: suite.replications,
      seeds: [suite.seed, suite.seed + suite.replications - 1],
      standings,
      invariantViolations,
    };
  });
  return { baseline: suite.baseline, rankedBy, scenarios, runsHash: runsHash(tasks, results) };
}
