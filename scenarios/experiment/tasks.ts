// Runs to do: design points x replications, in (point, replication) order. Replication r of every
// point uses seed root + r (common random numbers), so points differ only by their parameters.
import type { ScenarioConfig } from '../../models/config.js';
import { hashString } from '../../sim/index.js';
import { canonicalJson, type RunResult } from '../result.js';

/** What a worker needs for one run (plain JSON, so it crosses thread boundaries). */
export interface TaskInput {
  scenarioConfig: ScenarioConfig;
  seed: number;
  days: number;
  /** Vendor policy files, absolute paths, loaded in the worker before the run. */
  policyFiles: string[];
}

/** Runs one task; the default runs it on a worker thread. */
export type RunTask = (input: TaskInput, signal?: AbortSignal) => Promise<RunResult>;

/** One run of the sweep. */
export interface Task {
  point: number;
  replication: number;
  seed: number;
  /** Hash of the point's canonical scenario and the seed: a stored run with this key can be reused. */
  key: string;
  input: TaskInput;
}

/** The seed of replication `replication` (common to every point). */
export function replicationSeed(rootSeed: number, replication: number): number {
  return rootSeed + replication;
}

/** The identity of a run: its scenario (as validated) and seed. */
export function taskKey(config: ScenarioConfig, seed: number): string {
  return hashString(canonicalJson({ scenario: config, seed }));
}

/** "p3-r12", the run's name in files and messages. */
export function taskName(task: Pick<Task, 'point' | 'replication'>): string {
  return `p${task.point}-r${task.replication}`;
}

/** Every (point, replication) task, sorted by point then replication. */
export function buildTasks(configs: readonly ScenarioConfig[], options: { replications: number; rootSeed: number; policyFiles: readonly string[] }): Task[] {
  const tasks: Task[] = [];
  configs.forEach((config, point) => {
    for (let replication = 0; replication < options.replications; replication++) {
      const seed = replicationSeed(options.rootSeed, replication);
      const scenarioConfig = { ...config, seed };
      tasks.push({
        point,
        replication,
        seed,
        key: taskKey(scenarioConfig, seed),
        input: { scenarioConfig, seed, days: config.horizonDays, policyFiles: [...options.policyFiles] },
      });
    }
  });
  return tasks;
}
