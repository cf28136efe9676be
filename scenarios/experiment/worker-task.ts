// Work done on a worker thread: one sweep run (the default export), or one watched `baton run`
// (`runWatched`), which also writes the run's output folder. Vendor policies load into the thread first.
// A thread started with a range-parse workerData parses part of an order export instead, and loads
// only the import's parsing code: the engine is imported dynamically, by pool threads alone.
import { InputError, PolicyError, type InputProblem } from '../errors.js';
import { isWriteFailure, writeError } from '../files.js';
import type { RunResult } from '../result.js';
import type { TaskInput } from './tasks.js';
import type { PickParts } from '../benchmark/pick-run.js';
import type { PickSuite } from '../benchmark/suites.js';
import { parentPort, workerData } from 'node:worker_threads';

const threadKind = (workerData as { kind?: unknown } | null)?.kind;
const parsesRange = threadKind === 'baton-parse-range';
const importsPartitions = threadKind === 'baton-import-partitions' || threadKind === 'baton-partition-range';

// A thread started to parse part of an order export, or to import partitions of one (not a pool
// thread), does only that.
if (parsesRange && parentPort !== null) {
  const port = parentPort;
  void import('../import/split-file.js').then(({ isRangeParseData, parseRangeInThread }) => {
    if (isRangeParseData(workerData)) return parseRangeInThread(workerData, port);
  });
}
if (importsPartitions && parentPort !== null) {
  const port = parentPort;
  void import('../import/partition-threads.js').then(({ isPartitionThreadData, partitionThread }) => {
    if (isPartitionThreadData(workerData)) partitionThread(workerData, port);
  });
}

const loadEngine = async () => {
  const [run, outputs, plugins, picks] = await Promise.all([import('../run.js'), import('../output-files.js'), import('../policy-plugins.js'), import('../benchmark/pick-run.js')]);
  return { runScenario: run.runScenario, withOverrides: run.withOverrides, writeRunOutputs: outputs.writeRunOutputs, loadPolicyPlugins: plugins.loadPolicyPlugins, benchmarkPicks: picks.benchmarkPicks };
};
// A pool thread starts loading the engine at once, before its first task arrives.
const eagerEngine = parsesRange || importsPartitions ? null : loadEngine();
eagerEngine?.catch(() => {}); // a failure is reported by the first task that awaits it
const engine = () => eagerEngine ?? loadEngine();

/** Runs one task (the pool calls this default export). */
export default async function runTaskInWorker(input: TaskInput): Promise<RunResult> {
  const { loadPolicyPlugins, runScenario, withOverrides } = await engine();
  const policies = await loadPolicyPlugins(input.policyFiles);
  return runScenario(withOverrides(input.scenarioConfig, { seed: input.seed, days: input.days }), { policies });
}

/** A watched run: the task, and where to write its outputs (none: only the result comes back). */
export interface WatchedRunInput extends TaskInput {
  out: { folder: string; trace: boolean } | null;
}

/** What a watched run ended with, as plain data (error classes do not survive the thread boundary). */
export type WatchedRunOutcome =
  | { kind: 'done'; result: RunResult; files: string[] }
  | { kind: 'policy'; policy: string; file: string; rule: string }
  | { kind: 'input'; problems: InputProblem[] };

/** Runs one scenario on this thread, writing its outputs when asked; policy and input errors come back as data. */
export async function runWatched(input: WatchedRunInput): Promise<WatchedRunOutcome> {
  try {
    const { loadPolicyPlugins, runScenario, withOverrides, writeRunOutputs } = await engine();
    const policies = await loadPolicyPlugins(input.policyFiles);
    const config = withOverrides(input.scenarioConfig, { seed: input.seed, days: input.days });
    if (input.out === null) return { kind: 'done', result: runScenario(config, { policies }), files: [] };
    const { result, files } = await writeRunOutputs(config, input.out.folder, { trace: input.out.trace, policies });
    return { kind: 'done', result, files };
  } catch (error) {
    if (error instanceof PolicyError) return { kind: 'policy', policy: error.policy, file: error.file, rule: error.rule };
    if (error instanceof InputError) return { kind: 'input', problems: error.problems };
    const path = (error as NodeJS.ErrnoException)?.path;
    if (isWriteFailure(error) && typeof path === 'string') return { kind: 'input', problems: writeError(path, error).problems };
    throw error;
  }
}

/** The benchmark's pick part: the suite and the vendor policy files (as the user named them). */
export interface PickWatchedInput {
  suite: PickSuite;
  policyFiles: string[];
}

/** What the pick part ended with, as plain data. */
export type PickWatchedOutcome =
  | ({ kind: 'done' } & PickParts)
  | { kind: 'policy'; policy: string; file: string; rule: string }
  | { kind: 'input'; problems: InputProblem[] };

/** Runs the benchmark's pick part on this thread; policy and input errors come back as data. */
export async function runPicksInWorker(input: PickWatchedInput): Promise<PickWatchedOutcome> {
  try {
    const { loadPolicyPlugins, benchmarkPicks } = await engine();
    const policies = await loadPolicyPlugins(input.policyFiles);
    return { kind: 'done', ...benchmarkPicks(input.suite, policies) };
  } catch (error) {
    if (error instanceof PolicyError) return { kind: 'policy', policy: error.policy, file: error.file, rule: error.rule };
    if (error instanceof InputError) return { kind: 'input', problems: error.problems };
    throw error;
  }
}
