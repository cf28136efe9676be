// Design points: each is the base scenario document with some fields set. A grid takes every
// combination of the vary entries (the last entry changes fastest); a list pairs their values in order.
import { runSizeProblem } from '../engine-bounds.js';
import type { ScenarioConfig } from '../../models/config.js';
import { builtInPolicies, type PolicyRegistries } from '../../models/policies.js';
import { InputError } from '../errors.js';
import { validateScenario } from '../load.js';
import { scenarioSchema } from '../schema.js';
import type { LoadedExperiment } from './load.js';
import { parsePath, PathError, setAtPath } from './path.js';

/** One field set to one value; `source` names where it came from (`vary[1]`, `--a`) for messages. */
export interface Assignment {
  path: string;
  value: unknown;
  source: { file?: string; path: string; value: unknown };
}

/** One design point: its parameters, its raw document and the validated scenario. */
export interface DesignPoint {
  index: number;
  /** The varied paths and this point's values, in vary order. */
  parameters: Record<string, unknown>;
  document: unknown;
  config: ScenarioConfig;
}

/** The assignment lists of each point of the design, in point order. */
export function designAssignments(loaded: LoadedExperiment): Assignment[][] {
  const { vary, design } = loaded.experiment;
  const entry = (i: number, v: number): Assignment => ({
    path: vary[i]!.path,
    value: vary[i]!.values[v],
    source: { file: loaded.label, path: `vary[${i}].path`, value: vary[i]!.path },
  });
  if (vary.length === 0) return [[]];
  if (design === 'list') return vary[0]!.values.map((_, v) => vary.map((_, i) => entry(i, v)));
  let combos: Assignment[][] = [[]];
  vary.forEach((varied, i) => {
    combos = combos.flatMap((prefix) => varied.values.map((_, v) => [...prefix, entry(i, v)]));
  });
  return combos;
}

/** A copy of `document` with each assignment applied in order; path problems name the assignment's source. */
export function applyAssignments(document: unknown, assignments: readonly Assignment[]): unknown {
  const copy = structuredClone(document);
  for (const a of assignments) {
    try {
      setAtPath(copy, parsePath(a.path), a.value, scenarioSchema);
    } catch (error) {
      if (error instanceof PathError) throw InputError.of({ ...a.source, message: `no such place in the scenario: ${error.message}` });
      throw error;
    }
  }
  return copy;
}

/** Builds and validates one point; `label` names it in scenario errors (e.g. `exp.json vary point 3`). */
export function buildPoint(index: number, baseDocument: unknown, assignments: readonly Assignment[], label: string, policies: PolicyRegistries = builtInPolicies): DesignPoint {
  const document = applyAssignments(baseDocument, assignments);
  const config = validateScenario(structuredClone(document), label, policies);
  const parameters = Object.fromEntries(assignments.map((a) => [a.path, a.value]));
  return { index, parameters, document, config };
}

/** Every point of an experiment, validated, in design order. Days come from the experiment when it sets them. */
export function expandPoints(loaded: LoadedExperiment): DesignPoint[] {
  const days = loaded.experiment.days;
  return designAssignments(loaded).map((assignments, index) => {
    const point = buildPoint(index, loaded.base.document, assignments, `${loaded.label} vary point ${index}`, loaded.policies);
    if (days === undefined) return point;
    const config = { ...point.config, horizonDays: days };
    const size = runSizeProblem(config);
    if (size !== null) throw InputError.of({ file: loaded.label, path: 'days', value: days, message: `vary point ${index}: ${size.message} (mostly ${size.path} = ${size.value})` });
    return { ...point, config };
  });
}
