// The worker-thread pool (piscina) that runs sweep tasks, one whole run per task. Each thread pays a
// start-up cost (its module graph; from the sources also a TypeScript loader, from the compiled CLI
// none: there './worker-shim.mjs' is the bundled task), so tasks stay coarse: never split a run.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RunResult } from '../result.js';
import type { RunTask, TaskInput } from './tasks.js';

const defaults = {
  shim: new URL('./worker-shim.mjs', import.meta.url).href,
  // Threads stay alive for the whole sweep; the pool is destroyed when the sweep ends.
  idleTimeoutMs: 60 * 60 * 1000,
  // A run's garbage is short-lived (messages, lines, events); a young generation of 192 MB (64 MB
  // semi-spaces, V8's default is 16 MB) lets most of it die before it is copied or promoted: 8-13%
  // less CPU on `large`, 50-100 MB more peak memory a thread.
  youngGenerationMb: 192,
};

/** The young generation of a thread that runs the engine, in MB (three semi-spaces' worth in V8's terms). */
export const engineYoungGenerationMb = defaults.youngGenerationMb;

/** The worker threads' entry module (the task module behind a TypeScript loader, or the bundled task). */
export const workerEntry = defaults.shim;

/** A running pool; `destroy` stops its threads (call it once no task is in flight). */
export interface WorkerPool {
  runTask: RunTask;
  /** Runs the worker module's export `name` on `input` (for work other than a sweep run). */
  runNamed<I, O>(name: string, input: I): Promise<O>;
  threads: number;
  destroy(): Promise<void>;
}

/** The machine's parallelism: the default worker count. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

/** A pool of up to `threads` worker threads; `startThreads` of them (default: all) start at once, the rest when tasks queue up. */
export function createWorkerPool(threads: number, options: { startThreads?: number } = {}): WorkerPool {
  const pool = new Piscina({
    filename: defaults.shim,
    minThreads: Math.min(threads, options.startThreads ?? threads),
    maxThreads: threads,
    idleTimeout: defaults.idleTimeoutMs,
    resourceLimits: { maxYoungGenerationSizeMb: defaults.youngGenerationMb },
  });
  return {
    threads,
    // The abort signal is not handed to piscina: aborting a running task there races with a worker
    // that has just posted its result ("Unexpected message from Worker", uncaught). An aborted sweep
    // instead lets in-flight runs finish, drops their results, then destroys the pool.
    runTask: (input: TaskInput) => pool.run(input) as Promise<RunResult>,
    runNamed: <I, O>(name: string, input: I) => pool.run(input, { name }) as Promise<O>,
    destroy: () => pool.destroy(),
  };
}
