// Runs tasks on the worker pool (or an injected `runTask`), at most two in flight per worker, and
// returns the results in task order whatever order they finish in. An abort stops it like a kill:
// results that arrive after the abort are dropped, never reported.
import { withTimeout } from './timeout.js';
import type { RunResult } from '../result.js';
import { createWorkerPool, defaultWorkerCount } from './pool.js';
import { taskName, type RunTask, type Task } from './tasks.js';

const defaults = { inFlightPerWorker: 2 };

/** How far a run of tasks has got. */
export interface Progress {
  done: number;
  total: number;
  /** Of `done`, how many were reused from an earlier, interrupted sweep. */
  reused: number;
}

export interface RunnerOptions {
  /** Worker threads (default: the machine's parallelism); also bounds the tasks in flight. */
  workers?: number;
  /** Runs one task; the default is a worker-thread pool started for this call and stopped after it. */
  runTask?: RunTask;
  /** Aborting stops the run: in-flight tasks are cancelled and a SweepInterrupted is thrown. */
  signal?: AbortSignal;
  /** Results already known, by task index; their tasks are not run. */
  reused?: ReadonlyMap<number, RunResult>;
  /** Called once per finished task, before progress is reported (e.g. to store it). */
  onResult?: (task: Task, result: RunResult) => void;
  onProgress?: (progress: Progress) => void;
  /** Run every other task when one fails, then throw RunsFailed listing the failures (default: stop at the first). */
  keepGoing?: boolean;
  /** A run taking longer fails (a policy that never returns); the pool's threads are then terminated. */
  timeoutSeconds?: number;
}

/** The run was aborted; finished runs were reported through onResult. */
export class SweepInterrupted extends Error {
  constructor(readonly done: number, readonly total: number) {
    super(`interrupted after ${done} of ${total} runs`);
    this.name = 'SweepInterrupted';
  }
}

/** One task failed; the others were cancelled. */
export class RunFailed extends Error {
  constructor(readonly task: Task, readonly reason: unknown) {
    super(`run ${taskName(task)} (seed ${task.seed}) failed: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'RunFailed';
  }
}

/** Some tasks failed (with keepGoing); every other task ran and was reported through onResult. */
export class RunsFailed extends Error {
  constructor(readonly failures: RunFailed[], readonly total: number) {
    super(`${failures.length} of ${total} runs failed:\n${failures.map((f) => `  - ${f.message}`).join('\n')}`);
    this.name = 'RunsFailed';
  }
}

/** Runs every task not in `reused` and returns all results in task order. */
export async function runTasks(tasks: readonly Task[], options: RunnerOptions = {}): Promise<RunResult[]> {
  const total = tasks.length;
  const results: Array<RunResult | undefined> = new Array(total);
  for (const [i, result] of options.reused ?? []) results[i] = result;
  const pending = tasks.map((_, i) => i).filter((i) => results[i] === undefined);
  const reused = total - pending.length;
  let done = reused;
  options.onProgress?.({ done, total, reused });
  if (options.signal?.aborted) throw new SweepInterrupted(done, total);
  if (pending.length === 0) return results as RunResult[];

  const workers = options.workers ?? defaultWorkerCount();
  if (!Number.isSafeInteger(workers) || workers < 1) throw new RangeError(`runTasks: workers must be a positive integer, got ${workers}`);
  const pool = options.runTask ? null : createWorkerPool(Math.min(workers, pending.length));
  const runTask = options.runTask ?? pool!.runTask;
  const cancel = new AbortController();
  const stop = () => cancel.abort();
  options.signal?.addEventListener('abort', stop);
  let failure: unknown = null;
  const failures: RunFailed[] = [];
  let next = 0;

  const lane = async (): Promise<void> => {
    while (failure === null && !cancel.signal.aborted && next < pending.length) {
      const i = pending[next++]!;
      const task = tasks[i]!;
      let result: RunResult;
      try {
        result = await withTimeout(runTask(task.input, cancel.signal), options.timeoutSeconds);
      } catch (error) {
        if (cancel.signal.aborted) return;
        if (options.keepGoing) {
          failures.push(new RunFailed(task, error));
          continue;
        }
        failure = new RunFailed(task, error);
        cancel.abort();
        return;
      }
      if (cancel.signal.aborted) return;
      try {
        options.onResult?.(task, result);
      } catch (error) {
        failure = error;
        cancel.abort();
        return;
      }
      results[i] = result;
      done++;
      options.onProgress?.({ done, total, reused });
    }
  };

  try {
    const lanes = Math.min(pending.length, workers * defaults.inFlightPerWorker);
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await pool?.destroy();
  }
  if (failure !== null) throw failure;
  if (cancel.signal.aborted) throw new SweepInterrupted(done, total);
  if (failures.length > 0) throw new RunsFailed(failures.sort((a, b) => a.task.point - b.task.point || a.task.replication - b.task.replication), total);
  return results as RunResult[];
}
