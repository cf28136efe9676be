import { describe, expect, it } from 'vitest';
import { buildTasks, replicationSeed, taskKey, taskName } from '../../../scenarios/experiment/tasks.js';
import { loadScenario } from '../../../scenarios/load.js';

describe('buildTasks', () => {
  const base = loadScenario('seed-oversell');
  const other = { ...base, oms: { ...base.oms, safetyStockUnits: 3 } };
  const tasks = buildTasks([base, other], { replications: 3, rootSeed: 10, policyFiles: ['/p.mjs'] });

  it('orders tasks by point then replication', () => {
    expect(tasks.map(taskName)).toEqual(['p0-r0', 'p0-r1', 'p0-r2', 'p1-r0', 'p1-r1', 'p1-r2']);
  });

  it('gives replication r of every point the same seed, root + r (common random numbers)', () => {
    expect(tasks.map((t) => t.seed)).toEqual([10, 11, 12, 10, 11, 12]);
    expect(tasks.map((t) => t.input.scenarioConfig.seed)).toEqual([10, 11, 12, 10, 11, 12]);
    expect(replicationSeed(10, 2)).toBe(12);
  });

  it('keys differ between points and seeds and do not depend on the base file seed', () => {
    expect(new Set(tasks.map((t) => t.key)).size).toBe(6);
    const reseeded = buildTasks([{ ...base, seed: 999 }], { replications: 1, rootSeed: 10, policyFiles: [] });
    expect(reseeded[0]!.key).toBe(tasks[0]!.key);
    expect(taskKey({ ...base, seed: 10 }, 10)).toBe(tasks[0]!.key);
  });

  it('carries the horizon and the policy files to the worker', () => {
    expect(tasks[0]!.input.days).toBe(base.horizonDays);
    expect(tasks[4]!.input.policyFiles).toEqual(['/p.mjs']);
  });
});
