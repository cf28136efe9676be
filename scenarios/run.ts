// Running one scenario: apply overrides, run the pipeline, time it, and shape the result JSON.
import type { ScenarioConfig } from '../models/config.js';
import { runPipeline, type PipelineOptions } from '../models/pipeline.js';
import type { RunVisuals } from '../models/visuals.js';
import { runSizeProblem } from './engine-bounds.js';
import { InputError } from './errors.js';
import { resultHash, type RunResult } from './result.js';

export interface RunOverrides {
  seed?: number;
  days?: number;
}

/** The scenario with a different seed or horizon; a horizon that makes the run too large is an InputError naming --days. */
export function withOverrides(config: ScenarioConfig, overrides: RunOverrides): ScenarioConfig {
  const changed = { ...config, seed: overrides.seed ?? config.seed, horizonDays: overrides.days ?? config.horizonDays };
  const size = overrides.days === undefined ? null : runSizeProblem(changed);
  if (size !== null) throw InputError.of({ path: '--days', value: overrides.days, message: `${size.message} (mostly ${size.path} = ${size.value})` });
  return changed;
}

/** Runs one scenario and returns its result JSON (hash over everything but perf). */
export function runScenario(config: ScenarioConfig, options: PipelineOptions = {}): RunResult {
  return runScenarioWithVisuals(config, { ...options, visuals: false }).result;
}

/** Runs one scenario and also returns its visuals when `options.visuals` is set. */
export function runScenarioWithVisuals(config: ScenarioConfig, options: PipelineOptions = {}): { result: RunResult; visuals?: RunVisuals } {
  const started = performance.now();
  const outcome = runPipeline(config, options);
  const wallMs = Math.round(performance.now() - started);
  const body = { scenario: config.name, seed: config.seed, horizonDays: config.horizonDays, metrics: outcome.metrics, invariants: outcome.invariants };
  const result = { ...body, hash: resultHash(body), perf: { events: outcome.events, wallMs } };
  return outcome.visuals ? { result, visuals: outcome.visuals } : { result };
}
