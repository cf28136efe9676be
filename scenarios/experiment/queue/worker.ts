// The worker side of a distributed sweep (`baton worker`): takes run jobs from the queue and runs each
// on a local worker-thread pool, so the process's event loop stays free to renew its job locks. A job
// whose worker dies is found stalled by another worker's check and run again; its result is still
// delivered once, because the coordinator settles each task by job id.
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { RunResult } from '../../result.js';
import { createWorkerPool } from '../pool.js';
import type { RunTask } from '../tasks.js';
import { queueConnection } from './connection.js';
import { engineFingerprint, queueNameFor } from './engine.js';
import type { QueuedTask } from './coordinator.js';
import { materializePolicies } from './policy-bundle.js';
import { ScenarioCache } from './scenario-store.js';
import { watchReachability, type ReachabilityReport } from './reachability.js';

const defaults = {
  lockSeconds: 30,
  /** A job whose worker died this many times in a row is failed instead of run again. */
  maxStalledCount: 10,
};

export interface QueueWorkerOptions {
  /** Runs at once (worker threads). */
  concurrency: number;
  /** How long a job stays locked to a silent worker before another may take it over. */
  lockSeconds?: number;
  /** Runs a task (default: the worker-thread pool). */
  runTask?: RunTask;
  /** Called when a job starts and ends (for logs). */
  onJob?: (event: { id: string; state: 'started' | 'done' | 'failed'; error?: string }) => void;
  /** Told when Redis stops answering and when it answers again (default: nobody). */
  report?: ReachabilityReport;
  /** The engine fingerprint whose runs this worker takes (default: this installation's). */
  engine?: string;
}

/** A running worker; `close` finishes the runs in hand, then stops. */
export interface QueueWorker {
  close(): Promise<void>;
}

/** Connects to the queue at `url` and runs jobs until closed. */
export async function startQueueWorker(url: string, options: QueueWorkerOptions): Promise<QueueWorker> {
  const connection = queueConnection(url);
  const lockMs = Math.round((options.lockSeconds ?? defaults.lockSeconds) * 1000);
  const pool = options.runTask ? null : createWorkerPool(options.concurrency);
  const runTask = options.runTask ?? pool!.runTask;
  const redis = new Redis(connection.url, connection);
  const scenarios = new ScenarioCache(redis);
  const worker = new Worker<QueuedTask, RunResult>(
    queueNameFor(options.engine ?? engineFingerprint()),
    async (job) => {
      const id = job.id ?? '?';
      options.onJob?.({ id, state: 'started' });
      try {
        const { scenarioSha256, seed, days } = job.data.input;
        const policyFiles = await materializePolicies(redis, job.data.policies);
        // Stored without its seed (a point's replications share it): the job's seed goes back in.
        const scenarioConfig = { ...(await scenarios.get(scenarioSha256)), seed };
        const result = await runTask({ scenarioConfig, seed, days, policyFiles });
        options.onJob?.({ id, state: 'done' });
        return result;
      } catch (error) {
        options.onJob?.({ id, state: 'failed', error: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    },
    { connection, concurrency: options.concurrency, lockDuration: lockMs, stalledInterval: Math.max(500, Math.round(lockMs / 2)), maxStalledCount: defaults.maxStalledCount, autorun: false },
  );
  watchReachability(url, redis, [worker], options.report ?? (() => {}));
  await worker.waitUntilReady();
  void worker.run();
  return {
    close: async () => {
      await worker.close();
      await pool?.destroy();
      await redis.quit().catch(() => {});
    },
  };
}
