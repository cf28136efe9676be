// Scenario loading: a built-in name or a file path -> validated ScenarioConfig.
import type { ScenarioConfig } from '../models/config.js';
import { buildPipeline } from '../models/pipeline.js';
import { builtInPolicies, type PolicyRegistries } from '../models/policies.js';
import { builtinScenarios } from './builtin/index.js';
import { InputError } from './errors.js';
import { readJsonFile } from './json-input.js';
import { validateScenario } from './validate.js';

export { validateScenario, zodProblems } from './validate.js';
/** Names of the built-in scenarios. */
export function builtinNames(): string[] {
  return Object.keys(builtinScenarios);
}

/** Loads a built-in scenario by name or a scenario file by path; it may name the policies in `policies`. */
export function loadScenario(ref: string, policies: PolicyRegistries = builtInPolicies): ScenarioConfig {
  const builtin = builtinScenarios[ref];
  if (builtin !== undefined) return buildable(validateScenario(structuredClone(builtin), `builtin:${ref}`, policies), `builtin:${ref}`, policies);
  if (!/[./\\]/.test(ref)) {
    throw InputError.of({ path: 'scenario', value: ref, message: `no built-in scenario of that name and not a file path; built-ins: ${builtinNames().join(', ')}` });
  }
  return buildable(validateScenario(readJsonFile(ref), ref, policies), ref, policies);
}

/**
 * The config, once every agent has been built from it without running: a RangeError a model raises
 * while building (a bound the schema and cross-checks missed) becomes an input error here, so
 * `validate` refuses whatever `run` would refuse before its first event.
 */
function buildable(config: ScenarioConfig, file: string, policies: PolicyRegistries): ScenarioConfig {
  try {
    buildPipeline(config, { policies });
  } catch (error) {
    if (error instanceof RangeError) throw InputError.of({ file, path: '(scenario)', message: `the model refuses it: ${error.message}` });
    throw error;
  }
  return config;
}
