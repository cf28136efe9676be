// One run on its own worker thread under a time limit: how `baton run` runs vendor policies, so a
// policy that never returns stops the run with a clear message instead of hanging the terminal.
import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioConfig } from '../../models/config.js';
import { InputError, PolicyError } from '../errors.js';
import type { RunResult } from '../result.js';
import { createWorkerPool } from './pool.js';
import { withTimeout } from './timeout.js';
import type { WatchedRunInput, WatchedRunOutcome } from './worker-task.js';

/** What to run and where its outputs go. */
export interface WatchedRunOptions {
  config: ScenarioConfig;
  /** Vendor policy files as the user named them (the thread shares the working folder), loaded before the run. */
  policyFiles: readonly string[];
  out: { folder: string; trace: boolean } | null;
  timeoutSeconds: number;
}

/** Runs the scenario on a worker thread; throws RunTimedOut (and leaves no output) past the limit. */
export async function runWatchedScenario(options: WatchedRunOptions): Promise<{ result: RunResult; files: string[] }> {
  const { config, out } = options;
  const folderExisted = out !== null && existsSync(out.folder);
  const input: WatchedRunInput = { scenarioConfig: config, seed: config.seed, days: config.horizonDays, policyFiles: [...options.policyFiles], out };
  const pool = createWorkerPool(1);
  let outcome: WatchedRunOutcome;
  try {
    outcome = await withTimeout(pool.runNamed<WatchedRunInput, WatchedRunOutcome>('runWatched', input), options.timeoutSeconds);
  } catch (error) {
    await pool.destroy();
    if (out !== null) removeUnfinishedOutputs(out.folder, folderExisted);
    throw error;
  }
  await pool.destroy();
  if (outcome.kind === 'policy') throw new PolicyError(outcome.policy, outcome.file, outcome.rule);
  if (outcome.kind === 'input') throw new InputError(outcome.problems);
  return { result: outcome.result, files: outcome.files };
}

/** A terminated thread may leave its temporary files (".PID.N.tmp") and a folder it created. */
function removeUnfinishedOutputs(folder: string, folderExisted: boolean): void {
  if (!existsSync(folder)) return;
  const temporary = new RegExp(`^\\.${process.pid}\\.\\d+\\.tmp$`);
  for (const name of readdirSync(folder)) if (temporary.test(name)) rmSync(join(folder, name), { force: true });
  if (!folderExisted && readdirSync(folder).length === 0) rmdirSync(folder);
}
