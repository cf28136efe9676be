// The experiment file format (JSON): a base scenario, the fields to vary and their values, how many
// replications, which metrics to summarize. Strict at every level; problems name the field and value.
import { z } from 'zod';
import { Metrics } from '../../models/metrics.js';
import { InputError } from '../errors.js';
import { zodProblems } from '../load.js';
import { parsePath, PathError } from './path.js';

const defaults = {
  seed: 1,
  design: 'grid' as const,
  metrics: ['oversellRate', 'driftRate', 'atsStaleness', 'fillRate', 'recordAccuracy'],
};
const limits = { replications: 10_000, varyEntries: 20, valuesPerEntry: 1_000, points: 10_000, runs: 1_000_000, metrics: 100, horizonDays: 3_650 };

/** Every metric name a run reports (the result JSON's `metrics` keys). */
export const knownMetrics: readonly string[] = Object.keys(new Metrics().snapshot());
const knownMetricSet = new Set(knownMetrics);

const name = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.-]+$/, 'use letters, digits, dot, dash or underscore');
const metricName = z.string().refine((m) => knownMetricSet.has(m), { message: `not a metric; known metrics: ${knownMetrics.join(', ')}` });
const varyEntry = z.strictObject({
  path: z.string().min(1).max(200),
  values: z.array(z.json()).min(1).max(limits.valuesPerEntry),
});

/** The experiment file schema. */
export const experimentSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name,
    description: z.string().max(2_000).default(''),
    base: z.string().min(1).max(1_000),
    replications: z.number().int().min(1).max(limits.replications),
    seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER - limits.replications).default(defaults.seed),
    days: z.number().positive().max(limits.horizonDays).optional(),
    vary: z.array(varyEntry).max(limits.varyEntries).default([]),
    design: z.enum(['grid', 'list']).default(defaults.design),
    metrics: z.array(metricName).min(1).max(limits.metrics).default(defaults.metrics),
  })
  .superRefine((e, ctx) => {
    e.vary.forEach((entry, i) => {
      try {
        parsePath(entry.path);
      } catch (error) {
        if (!(error instanceof PathError)) throw error;
        ctx.addIssue({ code: 'custom', path: ['vary', i, 'path'], message: error.message });
      }
      if (e.vary.findIndex((other) => other.path === entry.path) < i) ctx.addIssue({ code: 'custom', path: ['vary', i, 'path'], message: 'this path is varied twice' });
    });
    const first = e.vary[0]?.values.length ?? 1;
    if (e.design === 'list') {
      e.vary.forEach((entry, i) => {
        if (entry.values.length !== first) {
          ctx.addIssue({ code: 'custom', path: ['vary', i, 'values'], message: `design "list" pairs the values in order, so every vary entry needs ${first} values, not ${entry.values.length}` });
        }
      });
    }
    const points = e.design === 'list' ? first : e.vary.reduce((n, entry) => n * entry.values.length, 1);
    if (points > limits.points) ctx.addIssue({ code: 'custom', path: ['vary'], message: `the design has ${points} points; at most ${limits.points}` });
    else if (points * e.replications > limits.runs) ctx.addIssue({ code: 'custom', path: ['replications'], message: `${points} points x ${e.replications} replications is more than ${limits.runs} runs` });
    e.metrics.forEach((m, i) => {
      if (e.metrics.indexOf(m) < i) ctx.addIssue({ code: 'custom', path: ['metrics', i], message: 'metric listed twice' });
    });
  });

export type ExperimentFile = z.input<typeof experimentSchema>;
export type Experiment = z.output<typeof experimentSchema>;

/** The default metrics of an experiment or comparison. */
export const defaultMetrics: readonly string[] = defaults.metrics;

/** Validates a parsed experiment document; `file` labels the messages. */
export function parseExperiment(raw: unknown, file: string): Experiment {
  const parsed = experimentSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, raw, file, experimentSchema));
  return parsed.data;
}

/** Checks a list of metric names (from the command line); `label` names the argument. */
export function checkMetricNames(names: readonly string[], label: string): string[] {
  const problems = names.filter((m) => !knownMetricSet.has(m)).map((m) => ({ path: label, value: m, message: `not a metric; known metrics: ${knownMetrics.join(', ')}` }));
  if (names.length === 0) problems.push({ path: label, value: names.join(','), message: 'name at least one metric' });
  if (problems.length > 0) throw new InputError(problems);
  return [...new Set(names)];
}
