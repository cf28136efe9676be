// The coordinator side of a distributed sweep: each task becomes a BullMQ job whose id is the hash of
// what the run depends on (scenario, seed, days, policy file contents), so adding it again (a restarted
// coordinator, a re-run sweep) finds the same job and its stored result instead of running it twice.
// Completion is heard from the queue's event stream and confirmed by a periodic check of every
// outstanding job, which also re-adds jobs (and policy files) a restarted Redis lost.
import { Queue, QueueEvents, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { hashString } from '../../../sim/index.js';
import { canonicalJson, resultHash, type RunResult } from '../../result.js';
import type { RunTask } from '../tasks.js';
import { queueConnection } from './connection.js';
import { engineFingerprint, engineOfWorkerClient, queueNameFor } from './engine.js';
import { readPolicyFiles, uploadPolicies, type PolicyRef } from './policy-bundle.js';
import { storedScenario, uploadScenario, type StoredScenario } from './scenario-store.js';
import { shownUrl, watchReachability, type ReachabilityReport } from './reachability.js';

const defaults = {
  /** A job that throws is tried this many times in all before the task is reported failed. */
  attempts: 3,
  backoffMs: 500,
  /** How often every outstanding job is checked directly (lost events, Redis restarts). */
  checkIntervalMs: 1000,
  /** How long runs may wait with no worker of this engine connected before the user is told. */
  noWorkerNoticeMs: 10_000,
};

/** What a queued job carries: the scenario and the policy files by hash, the seed and the days. */
export interface QueuedTask {
  input: { scenarioSha256: string; seed: number; days: number };
  policies: PolicyRef[];
}

export interface QueueRunnerOptions {
  attempts?: number;
  checkIntervalMs?: number;
  /** Told when Redis stops answering, when it answers again, and when no worker of this engine is connected (default: nobody). */
  report?: ReachabilityReport;
  /** The engine fingerprint whose workers run the tasks (default: this installation's). */
  engine?: string;
  noWorkerNoticeMs?: number;
}

/** A RunTask that sends runs to the queue; `close` disconnects (outstanding jobs stay queued). */
export interface QueueRunner {
  runTask: RunTask;
  close(): Promise<void>;
}

interface Outstanding {
  data: QueuedTask;
  scenario: StoredScenario;
  signal: AbortSignal | undefined;
  resolve(result: RunResult): void;
  reject(error: Error): void;
}

/** The job id of a task: equal scenarios, seeds, days and policy contents give equal ids. */
export function jobIdOf(task: QueuedTask): string {
  const { scenarioSha256, seed, days } = task.input;
  return `run-${hashString(canonicalJson({ scenario: scenarioSha256, seed, days, policies: task.policies.map((p) => p.sha256) }))}`;
}

/** Connects to the queue at `url` and returns a RunTask that runs each task on `baton worker`s. */
export async function openQueueRunner(url: string, policyFiles: readonly string[], options: QueueRunnerOptions = {}): Promise<QueueRunner> {
  const connection = queueConnection(url);
  const attempts = options.attempts ?? defaults.attempts;
  const files = readPolicyFiles(policyFiles);
  const policies: PolicyRef[] = files.map(({ sha256, name }) => ({ sha256, name }));
  const engine = options.engine ?? engineFingerprint();
  const report = options.report ?? (() => {});
  const queue = new Queue<QueuedTask, RunResult>(queueNameFor(engine), { connection });
  const events = new QueueEvents(queueNameFor(engine), { connection });
  const redis = new Redis(connection.url, connection);
  // Errors surface through the outstanding checks; the user hears of an outage once.
  watchReachability(url, redis, [queue, events], report);
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
  await uploadPolicies(redis, files);
  const outstanding = new Map<string, Outstanding[]>();

  const add = (id: string, data: QueuedTask) =>
    queue.add('run', data, { jobId: id, attempts, backoff: { type: 'fixed', delay: defaults.backoffMs }, removeOnComplete: false, removeOnFail: false });

  const settle = (id: string, job: Job<QueuedTask, RunResult> | undefined, state: string): void => {
    const waiting = outstanding.get(id);
    if (waiting === undefined || job === undefined) return;
    if (state === 'completed') {
      const result = job.returnvalue;
      outstanding.delete(id);
      const problem = checkResult(result);
      for (const w of waiting) problem === null ? w.resolve(result) : w.reject(new Error(problem));
    } else if (state === 'failed') {
      outstanding.delete(id);
      const error = new Error(`failed on the queue after ${job.attemptsMade} attempt(s): ${job.failedReason}`);
      for (const w of waiting) w.reject(error);
    }
  };

  // The state first, then the job: a job read just before a worker finished it, and its state just
  // after, would look completed without its result.
  const check = async (id: string): Promise<void> => {
    const state = await queue.getJobState(id);
    if (state === 'unknown') {
      // Redis lost it (a restart without persistence): send it again, with its scenario and policy files.
      const first = outstanding.get(id)?.[0];
      if (first === undefined) return;
      await uploadPolicies(redis, files);
      await uploadScenario(redis, first.scenario);
      await add(id, first.data);
      return;
    }
    if (state === 'completed' || state === 'failed') settle(id, (await queue.getJob(id)) ?? undefined, state);
  };

  const workerWatch = watchWorkers(queue, redis, engine, url, options.noWorkerNoticeMs ?? defaults.noWorkerNoticeMs, report);
  let checking = false;
  const timer = setInterval(() => {
    if (checking || outstanding.size === 0) return;
    checking = true;
    Promise.all([...[...outstanding.keys()].map((id) => check(id).catch(() => {})), workerWatch().catch(() => {})]).finally(() => {
      checking = false;
    });
  }, options.checkIntervalMs ?? defaults.checkIntervalMs);

  // One listener per signal (a sweep gives every task the same one), rejecting the tasks it covers.
  const abortable = new WeakSet<AbortSignal>();
  const listenForAbort = (signal: AbortSignal | undefined): void => {
    if (signal === undefined || abortable.has(signal)) return;
    abortable.add(signal);
    signal.addEventListener('abort', () => {
      for (const list of outstanding.values()) for (const w of list) if (w.signal === signal) w.reject(new Error('aborted'));
    }, { once: true });
  };

  const onFinished = ({ jobId }: { jobId: string }) => {
    if (outstanding.has(jobId)) check(jobId).catch(() => {});
  };
  events.on('completed', onFinished);
  events.on('failed', onFinished);

  const runTask: RunTask = async (input, signal) => {
    // Stored without its seed (the job carries it), so a point's replications share one copy.
    const scenario = storedScenario({ ...input.scenarioConfig, seed: 0 });
    const data: QueuedTask = { input: { scenarioSha256: scenario.sha256, seed: input.seed, days: input.days }, policies };
    const id = jobIdOf(data);
    await uploadScenario(redis, scenario);
    const done = new Promise<RunResult>((resolve, reject) => {
      const list = outstanding.get(id) ?? [];
      list.push({ data, scenario, signal, resolve, reject });
      outstanding.set(id, list);
    });
    listenForAbort(signal);
    const job = await add(id, data);
    // A job that failed in an earlier sweep is tried afresh, not reported from its old failure.
    if ((await job.getState()) === 'failed') await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    await check(id);
    return done;
  };

  return {
    runTask,
    close: async () => {
      clearInterval(timer);
      await Promise.allSettled([events.close(), queue.close(), redis.quit()]);
    },
  };
}

// Tells the user once when runs have waited `noticeMs` with no worker of this engine connected, naming
// the engines of the workers that are (another build's workers never take this build's runs).
function watchWorkers(queue: Queue, redis: Redis, engine: string, url: string, noticeMs: number, report: (line: string) => void): () => Promise<void> {
  let since = performance.now();
  let told = false;
  return async () => {
    if ((await queue.getWorkersCount()) > 0) {
      since = performance.now();
      told = false;
      return;
    }
    if (told || performance.now() - since < noticeMs) return;
    told = true;
    const clients = String(await redis.client('LIST'));
    const others = new Set<string>();
    for (const [, name] of clients.matchAll(/(?:^| )name=(\S+)/gm)) {
      const other = engineOfWorkerClient(name!);
      if (other !== null && other !== engine) others.add(other);
    }
    const elsewhere = others.size === 0 ? '' : `; workers of other Baton builds are connected (engine ${[...others].sort().join(', ')}), and a build takes only its own runs: give them this build`;
    report(`baton: no \`baton worker\` of this build (engine ${engine}) is connected to ${shownUrl(url)}; the runs wait for one${elsewhere}`);
  };
}

// A result from another machine is accepted only when it is whole and its hash verifies.
function checkResult(result: RunResult | null | undefined): string | null {
  if (result === null || typeof result !== 'object' || typeof result.hash !== 'string') return 'the worker returned no result';
  const { scenario, seed, horizonDays, metrics, invariants } = result;
  if (resultHash({ scenario, seed, horizonDays, metrics, invariants }) !== result.hash) return 'the worker returned a result whose hash does not verify';
  return null;
}
