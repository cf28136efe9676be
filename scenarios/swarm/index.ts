// `baton swarm`: many seeds, each its own scenario and fault mix, each checked by the invariants and
// by the auditor; every failure carries the one command that reproduces it.
import { CallbackTrace } from '../../sim/index.js';
import { runPipeline } from '../../models/pipeline.js';
import type { BatonTrace } from '../../models/trace.js';
import { validateScenario } from '../validate.js';
import { auditRun, PostingTotals } from './audit.js';
import { swarmScenario } from './generate.js';

export { swarmScenario } from './generate.js';
export { auditRun, PostingTotals } from './audit.js';

/** A seed that broke something, and how to see it again. */
export interface SwarmFailure {
  seed: number;
  command: string;
  violations: string[];
}

/** Runs seed `seed` for `days` days; the violations found (empty when it passes). */
function swarmSeed(seed: number, days: number): string[] {
  let config;
  try {
    config = validateScenario(swarmScenario(seed, days), `swarm seed ${seed}`);
  } catch (error) {
    return [`the generator drew an invalid scenario: ${error instanceof Error ? error.message : String(error)}`];
  }
  const postings = new PostingTotals();
  try {
    const { metrics, invariants, agents } = runPipeline(config, { tracer: new CallbackTrace<BatonTrace>((record) => postings.add(record)) });
    return [...invariants.violations, ...auditRun(metrics, postings, agents.oms?.orderStates() ?? null)];
  } catch (error) {
    return [`the run failed: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** Runs seeds from, from + 1, ... from + count - 1 and returns the failures, in seed order. */
export function runSwarm(from: number, count: number, days: number, onSeed?: (done: number) => void): SwarmFailure[] {
  const failures: SwarmFailure[] = [];
  for (let i = 0; i < count; i++) {
    const seed = from + i;
    const violations = swarmSeed(seed, days);
    if (violations.length > 0) failures.push({ seed, command: `npx baton swarm --seeds 1 --from ${seed} --days ${days}`, violations });
    onSeed?.(i + 1);
  }
  return failures;
}
