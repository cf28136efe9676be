// One sweep run on a worker thread: load the vendor policies into this thread, then run the scenario.
import { loadPolicyPlugins } from '../policy-plugins.js';
import type { RunResult } from '../result.js';
import { runScenario, withOverrides } from '../run.js';
import type { TaskInput } from './tasks.js';

/** Runs one task (the pool calls this default export). */
export default async function runTaskInWorker(input: TaskInput): Promise<RunResult> {
  await loadPolicyPlugins(input.policyFiles);
  return runScenario(withOverrides(input.scenarioConfig, { seed: input.seed, days: input.days }));
}
