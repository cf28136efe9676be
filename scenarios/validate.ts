// Scenario validation without file access (safe in the browser): a parsed document -> ScenarioConfig,
// or an InputError listing every problem (schema, cross-field and engine bounds together) with its
// field path and value.
import type { ZodError, ZodType } from 'zod';
import type { ScenarioConfig } from '../models/config.js';
import { builtInPolicies, type PolicyRegistries } from '../models/policies.js';
import { crossCheck } from './cross-check.js';
import { engineBoundProblems } from './engine-bounds.js';
import { InputError, type InputProblem } from './errors.js';
import { formatPath, valueAt } from './json-path.js';
import { scenarioSchema, toScenarioConfig } from './schema.js';
import { closestName, keysAt } from './zod-keys.js';

const repairRounds = 4;

/** Validates a parsed scenario document; `file` labels the messages, `policies` are the policy names it may use. */
export function validateScenario(raw: unknown, file: string, policies: PolicyRegistries = builtInPolicies): ScenarioConfig {
  const parsed = scenarioSchema.safeParse(raw);
  if (parsed.success) {
    const config = toScenarioConfig(parsed.data);
    const problems = [...crossCheck(config, policies), ...engineBoundProblems(config)].map((p) => ({ ...p, file }));
    if (problems.length > 0) throw new InputError(problems);
    return config;
  }
  const problems = zodProblems(parsed.error, raw, file, scenarioSchema);
  throw new InputError([...problems, ...crossProblemsDespite(raw, parsed.error, file, policies)]);
}

/**
 * Cross-field problems of a document that failed the schema: the failing fields are taken out (so
 * their defaults apply) and the rest is checked again, so one round of messages shows both kinds.
 * Problems under a removed field are dropped: the schema message already covers them.
 */
function crossProblemsDespite(raw: unknown, error: ZodError, file: string, policies: PolicyRegistries): InputProblem[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
  let document = structuredClone(raw) as Record<string, unknown>;
  const removed: string[] = [];
  let issues = error.issues;
  for (let round = 0; round < repairRounds; round++) {
    for (const issue of issues) {
      const path = removablePath(document, issue.path as PropertyKey[], issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : []);
      if (path === null) return [];
      removed.push(formatPath(path));
      document = withoutPath(document, path);
    }
    const again = scenarioSchema.safeParse(document);
    if (again.success) {
      const config = toScenarioConfig(again.data);
      const covered = (path: string) => removed.some((r) => path === r || path.startsWith(`${r}.`) || path.startsWith(`${r}[`) || r.startsWith(`${path}.`) || r.startsWith(`${path}[`));
      return [...crossCheck(config, policies), ...engineBoundProblems(config)].filter((p) => !covered(p.path)).map((p) => ({ ...p, file }));
    }
    issues = again.error.issues;
  }
  return [];
}

/** The path to delete for an issue: the key itself, or the nearest object key above an array element; null at the root. */
function removablePath(root: unknown, path: PropertyKey[], unknownKeys: string[]): PropertyKey[] | null {
  if (unknownKeys.length > 0) return [...path, unknownKeys[0]!];
  for (let end = path.length; end > 0; end--) {
    if (typeof path[end - 1] === 'string' && !Array.isArray(valueAt(root, path.slice(0, end - 1)))) return path.slice(0, end);
  }
  return null;
}

function withoutPath(root: Record<string, unknown>, path: PropertyKey[]): Record<string, unknown> {
  const parent = valueAt(root, path.slice(0, -1));
  if (parent !== null && typeof parent === 'object') delete (parent as Record<PropertyKey, unknown>)[path[path.length - 1]!];
  return root;
}

/** One InputProblem per zod issue, with the offending value looked up in the raw document and, for an unknown key, the closest known one. */
export function zodProblems(error: ZodError, raw: unknown, file: string, schema?: ZodType): InputProblem[] {
  return error.issues.flatMap((issue): InputProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = schema ? keysAt(schema, issue.path as PropertyKey[]) : [];
      return (issue as { keys: string[] }).keys.map((key) => {
        const guess = closestName(key, known);
        const hint = guess !== null ? `; did you mean "${guess}"?` : known.length > 0 ? `; known keys: ${known.join(', ')}` : '';
        return { file, path: formatPath([...issue.path, key] as PropertyKey[]), message: `unknown key${hint}` };
      });
    }
    const value = valueAt(raw, issue.path as PropertyKey[]);
    const message = issue.code === 'invalid_value' ? `must be one of ${(issue as { values: unknown[] }).values.map((v) => JSON.stringify(v)).join(', ')}` : issue.message;
    return [{ file, path: formatPath(issue.path as PropertyKey[]) || '(root)', value, message }];
  });
}
