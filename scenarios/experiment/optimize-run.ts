// Runs `selectBest` on an experiment's design points with the sweep's runner (worker threads, the
// experiment's seeds: replication r of every point uses seed + r, so comparisons are paired).
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPolicyPlugins } from '../policy-plugins.js';
import { ensureFolder, insideFolder, writeFileAtomic } from '../files.js';
import { lockFolder } from '../folder-lock.js';
import type { RunResult } from '../result.js';
import type { LoadedExperiment } from './load.js';
import { selectBest, type Constraint, type Evaluate, type OptimizeResult } from './optimize.js';
import { expandPoints } from './points.js';
import { runTasks, type Progress } from './runner.js';
import { RunStore } from './store.js';
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
  /** A run taking longer fails (a vendor policy that never returns); none: no limit. */
  timeoutSeconds?: number;
  runTask?: RunTask;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** Folder that keeps every finished run (runs/) and the result (optimize.json); none: nothing kept. */
  out?: string;
  /** Reuse the runs already in `out` (an optimisation stopped part-way continues where it was). */
  resume?: boolean;
}

/** The best point of the experiment's design for `minimize` under the constraints. */
export async function runOptimize(loaded: LoadedExperiment, options: OptimizeOptions): Promise<OptimizeResult & { experiment: string; reusedRuns: number }> {
  const { experiment } = loaded;
  const policyFiles = (options.policyFiles ?? []).map((f) => resolve(f));
  const points = expandPoints({ ...loaded, policies: await loadPolicyPlugins(policyFiles) });
  const configs = points.map((p) => p.config);
  const initial = Math.max(2, experiment.replications);
  const maxReplications = options.maxReplications ?? initial * 8;
  const budget = options.budget ?? points.length * initial * 4;
  let done = 0;
  let reusedRuns = 0;
  const folder = options.out === undefined ? null : ensureFolder(options.out);
  const unlock = folder === null ? () => {} : lockFolder(folder, 'optimize');
  try {
    // The procedure is deterministic given the runs, so a resumed optimisation asks for the same
    // runs stage by stage and finds the finished ones in the store.
    const store = folder === null ? null : new RunStore(insideFolder(folder, 'runs'));
    if (folder !== null) rmSync(insideFolder(folder, 'optimize.json'), { force: true });
    if (store !== null && !options.resume) store.prepare([], false);
    const evaluate: Evaluate = async (survivors, from, to) => {
      const wanted = new Set(survivors);
      const tasks = buildTasks(configs, { replications: to, rootSeed: experiment.seed, policyFiles }).filter((t) => wanted.has(t.point) && t.replication >= from);
      const reused = new Map<number, RunResult>();
      if (store !== null && options.resume) {
        tasks.forEach((task, i) => {
          const stored = store.read(task);
          if (stored !== null) reused.set(i, stored);
        });
      }
      reusedRuns += reused.size;
      const before = done;
      const results = await runTasks(tasks, {
        workers: options.workers,
        runTask: options.runTask,
        signal: options.signal,
        timeoutSeconds: options.timeoutSeconds,
        reused,
        onResult: store === null ? undefined : (task, result) => store.write(task, result, points[task.point]!.parameters),
        onProgress: (p) => {
          done = before + p.done;
          options.onProgress?.({ done, total: Math.max(budget, done), reused: reusedRuns });
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
    const result = { experiment: experiment.name, ...(await selectBest(points.map((p) => p.parameters), evaluate, { minimize: options.minimize, constraints: options.constraints, budget, initialReplications: initial, maxReplications })) };
    if (folder !== null) writeFileAtomic(insideFolder(folder, 'optimize.json'), `${JSON.stringify(result, null, 2)}\n`);
    return { ...result, reusedRuns };
  } finally {
    unlock();
  }
}
