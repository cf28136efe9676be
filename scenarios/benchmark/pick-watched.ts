// The pick part on its own worker thread under a time limit, for when vendor pick policies take part:
// a policy that never returns ends the benchmark with RunTimedOut (exit 1) instead of hanging it.
import { InputError, PolicyError } from '../errors.js';
import { createWorkerPool } from '../experiment/pool.js';
import { withTimeout } from '../experiment/timeout.js';
import type { PickWatchedInput, PickWatchedOutcome } from '../experiment/worker-task.js';
import type { PickParts } from './pick-run.js';
import type { PickSuite } from './suites.js';

/** Loads the policy files into a fresh thread and runs the suite's pick part there. */
export async function runPicksWatched(suite: PickSuite, policyFiles: readonly string[], timeoutSeconds: number | undefined): Promise<PickParts> {
  const pool = createWorkerPool(1);
  let outcome: PickWatchedOutcome;
  try {
    outcome = await withTimeout(pool.runNamed<PickWatchedInput, PickWatchedOutcome>('runPicksInWorker', { suite, policyFiles: [...policyFiles] }), timeoutSeconds);
  } finally {
    await pool.destroy();
  }
  if (outcome.kind === 'policy') throw new PolicyError(outcome.policy, outcome.file, outcome.rule);
  if (outcome.kind === 'input') throw new InputError(outcome.problems);
  return { pick: outcome.pick, pickMultiBlock: outcome.pickMultiBlock, instancesHash: outcome.instancesHash };
}
