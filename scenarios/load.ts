// Scenario loading: a built-in name or a file path -> validated ScenarioConfig.
import type { ScenarioConfig } from '../models/config.js';
import { builtinScenarios } from './builtin/index.js';
import { InputError } from './errors.js';
import { readJsonFile } from './json-input.js';
import { validateScenario } from './validate.js';

export { validateScenario, zodProblems } from './validate.js';
/** Names of the built-in scenarios. */
export function builtinNames(): string[] {
  return Object.keys(builtinScenarios);
}

/** Loads a built-in scenario by name or a scenario file by path. */
export function loadScenario(ref: string): ScenarioConfig {
  const builtin = builtinScenarios[ref];
  if (builtin !== undefined) return validateScenario(structuredClone(builtin), `builtin:${ref}`);
  if (!/[./\\]/.test(ref)) {
    throw InputError.of({ path: 'scenario', value: ref, message: `no built-in scenario of that name and not a file path; built-ins: ${builtinNames().join(', ')}` });
  }
  return validateScenario(readJsonFile(ref), ref);
}
