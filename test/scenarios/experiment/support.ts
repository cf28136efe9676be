import { InputError } from '../../../scenarios/errors.js';
// Test doubles for the experiment runner: a fake run whose metrics are simple functions of the seed and
// the scenario, so expected summaries can be worked out by hand.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { knownMetrics } from '../../../scenarios/experiment/schema.js';
import type { RunTask, TaskInput } from '../../../scenarios/experiment/tasks.js';
import { resultHash, type RunResult } from '../../../scenarios/result.js';

/**
 * A result without simulating: oversellRate = seed / 100 + syncIntervalSeconds of the first channel / 100000,
 * driftRate = (seed mod 3) / 10 + (1 if the ERP keeps its own count), every other metric 0.
 */
export function fakeResult(input: TaskInput): RunResult {
  const config = input.scenarioConfig;
  const metrics: Record<string, number> = Object.fromEntries(knownMetrics.map((m) => [m, 0]));
  metrics.oversellRate = input.seed / 100 + config.channels[0]!.syncIntervalSeconds / 100_000;
  metrics.driftRate = (input.seed % 3) / 10 + (config.ownership.erpOwnCount ? 1 : 0);
  const body = { scenario: config.name, seed: input.seed, horizonDays: input.days, metrics, invariants: { checked: 1, violations: [] } };
  return { ...body, hash: resultHash(body), perf: { events: 0, wallMs: 0 } };
}

/** A fake runTask that records its calls and finishes tasks out of order (later seeds first). */
export function fakeRunner(): { runTask: RunTask; calls: TaskInput[] } {
  const calls: TaskInput[] = [];
  const runTask: RunTask = async (input) => {
    calls.push(input);
    const delayMs = Math.max(0, 20 - input.seed) + (input.scenarioConfig.channels[0]!.syncIntervalSeconds % 7);
    await new Promise((done) => setTimeout(done, delayMs));
    return fakeResult(input);
  };
  return { runTask, calls };
}

/** A fresh temporary folder. */
export function tempFolder(prefix = 'baton-experiment-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The problems of the InputError `fn` throws; fails when it throws nothing or something else. */
export function problemsOf(fn: () => unknown): InputError['problems'] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected an InputError');
}
