// Running one scenario: apply overrides, run the pipeline, time it, and shape the result JSON.
import type { ScenarioConfig } from '../models/config.js';
import { runPipeline, type PipelineOptions } from '../models/pipeline.js';
import type { RunVisuals } from '../models/visuals.js';
import { resultHash, type RunResult } from './result.js';

export interface RunOverrides {
  seed?: number;
  days?: number;
}

/** The scenario with a different seed or horizon. */
export function withOverrides(config: ScenarioConfig, overrides: RunOverrides): ScenarioConfig {
  return { ...config, seed: overrides.seed ?? config.seed, horizonDays: overrides.days ?? config.horizonDays };
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
