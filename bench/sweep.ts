// Sweep throughput on the worker pool: runs per second of a small scenario with 1 and with 2 worker
// threads (pool already started), the speed-up between them, and what starting a pool costs.
// The design target is a speed-up of at least 1.8 with 2 workers on a 2-core machine.
import { createWorkerPool } from '../scenarios/experiment/pool.js';
import { runTasks } from '../scenarios/experiment/runner.js';
import { buildTasks, type Task } from '../scenarios/experiment/tasks.js';
import { loadScenario } from '../scenarios/load.js';
import { runScenario, withOverrides } from '../scenarios/run.js';

const defaults = {
  scenario: 'multichannel',
  days: 7,
  runs: 8,
  rootSeed: 1,
  // A run so small that its time is nearly all pool overhead (used to measure the pool start).
  tinyScenario: 'seed-walkthrough',
  workerCounts: [1, 2],
};

export interface SweepBench {
  scenario: string;
  days: number;
  runs: number;
  /** Start a pool of 2 threads and finish one tiny run on each, minus the tiny run's inline time. */
  poolStartMs: number;
  /** One run of the scenario on the main thread, for scale. */
  inlineRunMs: number;
  byWorkers: Record<string, { runsPerSecond: number; wallMs: number }>;
  /** runs/s with 2 workers over runs/s with 1. */
  speedup: number;
}

/** Measures sweep throughput with 1 and 2 workers and the pool start overhead. */
export async function benchSweep(): Promise<SweepBench> {
  const config = withOverrides(loadScenario(defaults.scenario), { days: defaults.days });
  const tasks = buildTasks([config], { replications: defaults.runs, rootSeed: defaults.rootSeed, policyFiles: [] });
  const tiny = buildTasks([loadScenario(defaults.tinyScenario)], { replications: 2, rootSeed: defaults.rootSeed, policyFiles: [] });

  const inlineTinyMs = timeInline(tiny[0]!);
  const inlineRunMs = timeInline(tasks[0]!);
  const startPool = createWorkerPool(2);
  const startedAt = performance.now();
  await Promise.all(tiny.map((t) => startPool.runTask(t.input)));
  const poolStartMs = performance.now() - startedAt - inlineTinyMs;
  await startPool.destroy();

  const byWorkers: SweepBench['byWorkers'] = {};
  for (const workers of defaults.workerCounts) {
    const pool = createWorkerPool(workers);
    // Warm every thread (loader, module graph, JIT) before timing.
    await Promise.all(Array.from({ length: workers }, (_, i) => pool.runTask(tiny[i % tiny.length]!.input)));
    const started = performance.now();
    await runTasks(tasks, { workers, runTask: pool.runTask });
    const wallMs = performance.now() - started;
    await pool.destroy();
    byWorkers[String(workers)] = { runsPerSecond: round((tasks.length * 1000) / wallMs), wallMs: Math.round(wallMs) };
  }
  return {
    scenario: defaults.scenario,
    days: defaults.days,
    runs: tasks.length,
    poolStartMs: Math.round(poolStartMs),
    inlineRunMs: Math.round(inlineRunMs),
    byWorkers,
    speedup: round(byWorkers['2']!.runsPerSecond / byWorkers['1']!.runsPerSecond),
  };
}

function timeInline(task: Task): number {
  const started = performance.now();
  runScenario(withOverrides(task.input.scenarioConfig, { seed: task.seed, days: task.input.days }));
  return performance.now() - started;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
