// The twin's forecast: the started scenario run `replications` times (seeds seed..seed + R - 1, on the
// sweep's worker pool), each metric summarised with its 95% interval (proportions stay in [0, 1]).
import { summarizeMetric, runsHash, type MetricSummary } from '../experiment/aggregate.js';
import { runTasks, type Progress } from '../experiment/runner.js';
import { buildTasks, type RunTask } from '../experiment/tasks.js';
import { validateScenario } from '../validate.js';

/** The metrics the twin's answer reads. */
export const twinMetrics = ['ordersAccepted', 'oversoldOrders', 'oversellRate', 'oversellCost', 'ordersRejected', 'stockoutSkuDays', 'fillRate', 'driftUnits', 'driftValue', 'sellerHealthBreachDays'] as const;

export interface TwinForecast {
  replications: number;
  seed: number;
  metrics: Record<string, MetricSummary>;
  /** Hash over every run's hash, in seed order. */
  hash: string;
}

/** Runs the started document `replications` times; its problems come back as an InputError naming `label`. */
export async function runTwinForecast(document: Record<string, unknown>, label: string, options: { replications: number; seed?: number; workers?: number; runTask?: RunTask; onProgress?: (p: Progress) => void }): Promise<TwinForecast> {
  const config = validateScenario(document, label);
  const seed = options.seed ?? 1;
  const tasks = buildTasks([config], { replications: options.replications, rootSeed: seed, policyFiles: [] });
  const results = await runTasks(tasks, { workers: options.workers, runTask: options.runTask, onProgress: options.onProgress });
  const metrics = Object.fromEntries(twinMetrics.map((m) => [m, summarizeMetric(results, m)]));
  return { replications: options.replications, seed, metrics, hash: runsHash(tasks, results) };
}
