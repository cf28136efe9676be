// Scenario validation without file access (safe in the browser): a parsed document -> ScenarioConfig,
// or an InputError listing every problem with its field path and value.
import type { ZodError } from 'zod';
import type { ScenarioConfig } from '../models/config.js';
import { crossCheck } from './cross-check.js';
import { InputError, type InputProblem } from './errors.js';
import { formatPath, valueAt } from './json-path.js';
import { scenarioSchema, toScenarioConfig } from './schema.js';

/** Validates a parsed scenario document; `file` labels the messages. */
export function validateScenario(raw: unknown, file: string): ScenarioConfig {
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, raw, file));
  const config = toScenarioConfig(parsed.data);
  const problems = crossCheck(config).map((p) => ({ ...p, file }));
  if (problems.length > 0) throw new InputError(problems);
  return config;
}

/** One InputProblem per zod issue, with the offending value looked up in the raw document. */
export function zodProblems(error: ZodError, raw: unknown, file: string): InputProblem[] {
  return error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
    const path = keys.length === 1 ? [...issue.path, keys[0]!] : issue.path;
    const message = keys.length > 0 ? `unknown key${keys.length > 1 ? `s ${keys.join(', ')}` : ''}` : issue.message;
    const value = issue.code === 'unrecognized_keys' ? undefined : valueAt(raw, issue.path as PropertyKey[]);
    return { file, path: formatPath(path as PropertyKey[]) || '(root)', value, message };
  });
}
