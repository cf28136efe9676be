import { describe, expect, it } from 'vitest';
import { builtInPolicies } from '../../../models/policies.js';
import { InputError } from '../../../scenarios/errors.js';
import type { LoadedExperiment } from '../../../scenarios/experiment/load.js';
import { expandPoints } from '../../../scenarios/experiment/points.js';
import { parseExperiment } from '../../../scenarios/experiment/schema.js';
import { builtinScenarios } from '../../../scenarios/builtin/index.js';
import { problemsOf } from './support.js';

function loaded(experiment: Record<string, unknown>, base = 'multichannel'): LoadedExperiment {
  const raw = { name: 'e', base, replications: 2, ...experiment };
  return { experiment: parseExperiment(raw, 'e.json'), label: 'e.json', base: { document: structuredClone(builtinScenarios[base]), label: `builtin:${base}` }, policies: builtInPolicies };
}

describe('expandPoints', () => {
  it('a grid is the cartesian product, the last vary entry changing fastest', () => {
    const points = expandPoints(
      loaded({
        vary: [
          { path: 'channels[*].syncIntervalSeconds', values: [60, 300, 900] },
          { path: 'ownership', values: ['clean', 'erp-own-count'] },
        ],
      }),
    );
    expect(points.map((p) => p.parameters)).toEqual([
      { 'channels[*].syncIntervalSeconds': 60, ownership: 'clean' },
      { 'channels[*].syncIntervalSeconds': 60, ownership: 'erp-own-count' },
      { 'channels[*].syncIntervalSeconds': 300, ownership: 'clean' },
      { 'channels[*].syncIntervalSeconds': 300, ownership: 'erp-own-count' },
      { 'channels[*].syncIntervalSeconds': 900, ownership: 'clean' },
      { 'channels[*].syncIntervalSeconds': 900, ownership: 'erp-own-count' },
    ]);
    expect(points.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    // [*] reached every channel of the validated scenario, and ownership became the models' flags.
    expect(points[4]!.config.channels.map((c) => c.syncIntervalSeconds)).toEqual([900, 900, 900, 900]);
    expect(points[1]!.config.ownership).toEqual({ oms: true, erpOwnCount: true });
  });

  it('a list pairs the values of each entry in order', () => {
    const points = expandPoints(
      loaded({
        design: 'list',
        vary: [
          { path: 'channels[0].syncIntervalSeconds', values: [60, 3600] },
          { path: 'oms.routingPolicy', values: ['nearest', 'lowest-cost'] },
        ],
      }),
    );
    expect(points.map((p) => [p.config.channels[0]!.syncIntervalSeconds, p.config.oms.routingPolicy])).toEqual([
      [60, 'nearest'],
      [3600, 'lowest-cost'],
    ]);
    expect(points[0]!.config.channels[1]!.syncIntervalSeconds).toBe(300);
  });

  it('no vary entries give one point: the base scenario', () => {
    const points = expandPoints(loaded({}));
    expect(points).toHaveLength(1);
    expect(points[0]!.parameters).toEqual({});
  });

  it('the experiment days override every point horizon', () => {
    expect(expandPoints(loaded({ days: 3 }))[0]!.config.horizonDays).toBe(3);
  });

  it('a path that does not exist is an InputError naming the vary entry and the path', () => {
    const problems = problemsOf(() => expandPoints(loaded({ vary: [{ path: 'ownership', values: ['clean'] }, { path: 'channels[9].syncIntervalSeconds', values: [1] }] })));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'e.json', path: 'vary[1].path', value: 'channels[9].syncIntervalSeconds' });
    expect(problems[0]!.message).toMatch(/channels\[9\] does not exist/);
  });

  it('a value the scenario rejects names the point and the field', () => {
    const problems = problemsOf(() => expandPoints(loaded({ vary: [{ path: 'channels[*].syncIntervalSeconds', values: [60, -5] }] })));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 'e.json vary point 1', path: 'channels[0].syncIntervalSeconds', value: -5 });
  });
});
