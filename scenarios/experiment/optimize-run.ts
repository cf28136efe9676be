// Runs `selectBest` on an experiment's design points with the sweep's runner (worker threads, the
// experiment's seeds: replication r of every point uses seed + r, so comparisons are paired).
import { resolve } from 'node:path';
import { loadPolicyPlugins } from '../policy-plugins.js';
import type { LoadedExperiment } from './load.js';
import { selectBest, type Constraint, type Evaluate, type OptimizeResult } from './optimize.js';
import { expandPoints } from './points.js';
import { runTasks, type Progress } from './runner.js';
import { buildTasks, type RunTask } from './tasks.js';

export interface OptimizeOptions {
  minimize: string;
  constraints: readonly Constraint[];
  /** Total runs allowed (default: points x the experiment's replications x 4). */
  budget?: number;
  /** Replications per point at most (default 8 x the experiment's replications). */
  maxReplications?: number;
  workers?: number;
  policyFiles?: readonly string[];
  runTask?: RunTask;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

/** The best point of the experiment's design for `minimize` under the constraints. */
export async function runOptimize(loaded: LoadedExperiment, options: OptimizeOptions): Promise<OptimizeResult & { experiment: string }> {
  const { experiment } = loaded;
  const policyFiles = (options.policyFiles ?? []).map((f) => resolve(f));
  await loadPolicyPlugins(policyFiles);
  const points = expandPoints(loaded);
  const configs = points.map((p) => p.config);
  const initial = Math.max(2, experiment.replications);
  const maxReplications = options.maxReplications ?? initial * 8;
  const budget = options.budget ?? points.length * initial * 4;
  let done = 0;
  const evaluate: Evaluate = async (survivors, from, to) => {
    const wanted = new Set(survivors);
    const tasks = buildTasks(configs, { replications: to, rootSeed: experiment.seed, policyFiles }).filter((t) => wanted.has(t.point) && t.replication >= from);
    const before = done;
    const results = await runTasks(tasks, {
      workers: options.workers,
      runTask: options.runTask,
      signal: options.signal,
      onProgress: (p) => {
        done = before + p.done;
        options.onProgress?.({ done, total: Math.max(budget, done), reused: 0 });
      },
    });
    const out = new Map<number, Array<Record<string, number>>>();
    tasks.forEach((task, i) => {
      const rows = out.get(task.point) ?? [];
      rows.push(results[i]!.metrics);
      out.set(task.point, rows);
    });
    return out;
  };
  const result = await selectBest(points.map((p) => p.parameters), evaluate, { minimize: options.minimize, constraints: options.constraints, budget, initialReplications: initial, maxReplications });
  return { experiment: experiment.name, ...result };
}
