// Loading an experiment (a built-in name or a file) and its base scenario document. The base stays a
// raw document (before validation) because vary paths address the file as the user wrote it.
import { dirname, resolve } from 'node:path';
import { builtInPolicies, type PolicyRegistries } from '../../models/policies.js';
import { builtinScenarios } from '../builtin/index.js';
import { InputError } from '../errors.js';
import { readJsonFile } from '../json-input.js';
import { validateScenario } from '../load.js';
import defaultExperiment from '../experiments/default.json';
import syncVsOwnership from '../experiments/sync-vs-ownership.json';
import syncSafety from '../experiments/sync-safety.json';
import omsTrigger from '../experiments/oms-trigger.json';
import { parseExperiment, type Experiment } from './schema.js';

/** Built-in experiment documents by name. */
export const builtinExperiments: Record<string, unknown> = {
  default: defaultExperiment,
  'sync-vs-ownership': syncVsOwnership,
  'sync-safety': syncSafety,
  'oms-trigger': omsTrigger,
};

/** A raw scenario document and the label its messages carry. */
export interface ScenarioDocument {
  document: unknown;
  label: string;
}

/** A validated experiment with its raw base scenario. */
export interface LoadedExperiment {
  experiment: Experiment;
  /** The experiment file (or `builtin-experiment:NAME`), for messages. */
  label: string;
  base: ScenarioDocument;
  /** The policies its scenarios may name (the built-ins, plus vendor files the caller loaded). */
  policies: PolicyRegistries;
}

const looksLikePath = /[./\\]/;

/** Names of the built-in experiments. */
export function builtinExperimentNames(): string[] {
  return Object.keys(builtinExperiments);
}

/** A built-in scenario by name, or a scenario file relative to `folder` (the working directory when null). */
export function loadScenarioDocument(ref: string, folder: string | null, field = 'scenario'): ScenarioDocument {
  const builtin = builtinScenarios[ref];
  if (builtin !== undefined) return { document: structuredClone(builtin), label: `builtin:${ref}` };
  if (!looksLikePath.test(ref)) {
    throw InputError.of({ path: field, value: ref, message: `no built-in scenario of that name and not a file path; built-ins: ${Object.keys(builtinScenarios).join(', ')}` });
  }
  const file = folder === null ? ref : resolve(folder, ref);
  return { document: readJsonFile(file), label: ref };
}

/** Loads and validates an experiment and its base scenario (which must itself be valid); its scenarios may name `policies`. */
export function loadExperiment(ref: string, policies: PolicyRegistries = builtInPolicies): LoadedExperiment {
  const builtin = builtinExperiments[ref];
  let raw: unknown;
  let label: string;
  let folder: string | null;
  if (builtin !== undefined) {
    raw = structuredClone(builtin);
    label = `builtin-experiment:${ref}`;
    folder = null;
  } else if (looksLikePath.test(ref)) {
    raw = readJsonFile(ref);
    label = ref;
    folder = dirname(resolve(ref));
  } else {
    throw InputError.of({ path: 'experiment', value: ref, message: `no built-in experiment of that name and not a file path; built-ins: ${builtinExperimentNames().join(', ')}` });
  }
  const experiment = parseExperiment(raw, label);
  if (folder === null && builtinScenarios[experiment.base] === undefined) {
    throw InputError.of({ file: label, path: 'base', value: experiment.base, message: 'a built-in experiment must use a built-in scenario' });
  }
  let base: ScenarioDocument;
  try {
    base = loadScenarioDocument(experiment.base, folder, 'base');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.problems.map((p) => ({ file: label, path: 'base', value: experiment.base, message: p.file ? `${p.file}: ${p.message}` : p.message })));
  }
  validateScenario(structuredClone(base.document), base.label, policies);
  return { experiment, label, base, policies };
}
