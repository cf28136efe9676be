import { describe, expect, it } from 'vitest';
import { sweepHeadlines } from '../../../scenarios/experiment/headlines.js';
import type { Task } from '../../../scenarios/experiment/tasks.js';
import type { RunResult } from '../../../scenarios/result.js';

// Two knobs (sync 300/1800, mode a/b), three replications on seeds 1..3. Each point's values per
// seed are chosen so the paired differences, and whether their 95% interval excludes 0, are known.
const values: Record<string, Record<string, number[]>> = {
  's300-a': { oversellRate: [0.001, 0.002, 0.003], driftRate: [0, 0, 0] },
  's1800-a': { oversellRate: [0.011, 0.012, 0.014], driftRate: [0, 0, 0] },
  's300-b': { oversellRate: [0.01, 0.01, 0.01], driftRate: [0.5, 0.5, 0.5] },
  's1800-b': { oversellRate: [0.012, 0.009, 0.01], driftRate: [0.4, 0.6, 0.5] },
};
const points = [
  { index: 0, parameters: { sync: 300, mode: 'a' } },
  { index: 1, parameters: { sync: 300, mode: 'b' } },
  { index: 2, parameters: { sync: 1800, mode: 'a' } },
  { index: 3, parameters: { sync: 1800, mode: 'b' } },
];
const tasks: Task[] = points.flatMap((p) => [1, 2, 3].map((seed, replication) => ({ point: p.index, replication, seed, key: `${p.index}-${seed}`, input: null as never })));
const results: RunResult[] = tasks.map((t) => {
  const p = points[t.point]!.parameters;
  const row = values[`s${p.sync}-${p.mode}`]!;
  const metrics = { oversellRate: row.oversellRate![t.seed - 1]!, driftRate: row.driftRate![t.seed - 1]! };
  return { scenario: 'x', seed: t.seed, horizonDays: 14, hash: '0', metrics, invariants: { checked: 0, violations: [] }, perf: { events: 0, wallMs: 0 } } as RunResult;
});
const t975df2 = 4.302652729911275; // Student t, 2 degrees of freedom, 97.5%

describe('sweepHeadlines', () => {
  const headlines = sweepHeadlines(points, tasks, results, ['oversellRate', 'driftRate']);

  it('keeps only the differences whose paired interval excludes 0, one per knob and metric', () => {
    // Excluded: sync 300 -> 1800 under mode b (oversell +0.002, -0.001, 0; drift -0.1, +0.1, 0), mode a -> b
    // at sync 1800 for oversell (+0.001, -0.003, -0.004), and driftRate under mode a (no change at all).
    expect(headlines.map((h) => [h.knob, h.metric, h.from, h.to, h.given])).toEqual([
      ['sync', 'oversellRate', 300, 1800, { mode: 'a' }],
      ['mode', 'oversellRate', 'a', 'b', { sync: 300 }],
      ['mode', 'driftRate', 'a', 'b', { sync: 300 }],
    ]);
  });

  it('reports the paired means and the t-interval of B - A', () => {
    const [sync, mode, drift] = headlines;
    // Differences 0.010, 0.010, 0.011: mean 0.0103333, sd 0.00057735.
    expect(sync!.meanA).toBeCloseTo(0.002, 12);
    expect(sync!.meanB).toBeCloseTo(0.037 / 3, 12);
    expect(sync!.difference.mean).toBeCloseTo(0.031 / 3, 12);
    expect(sync!.difference.halfWidth).toBeCloseTo((t975df2 * Math.sqrt(1 / 3) * 0.001) / Math.sqrt(3), 9);
    expect(sync!.horizonDays).toBe(14);
    // Differences 0.009, 0.008, 0.007: mean 0.008, sd 0.001.
    expect(mode!.difference.mean).toBeCloseTo(0.008, 12);
    expect(mode!.difference.halfWidth).toBeCloseTo((t975df2 * 0.001) / Math.sqrt(3), 9);
    // The sync-300 comparison moves every replication by exactly 0.5: no spread, the strongest possible.
    expect(drift!.difference).toMatchObject({ mean: 0.5, halfWidth: 0 });
  });

  it('orders by the experiment\'s metric order, then by strength, and stops at the limit', () => {
    expect(sweepHeadlines(points, tasks, results, ['driftRate', 'oversellRate']).map((h) => h.metric)).toEqual(['driftRate', 'oversellRate', 'oversellRate']);
    expect(sweepHeadlines(points, tasks, results, ['oversellRate', 'driftRate'], 1)).toHaveLength(1);
  });

  it('finds nothing when a knob has one value or the runs have one replication', () => {
    const single = points.filter((p) => p.parameters.mode === 'a' && p.parameters.sync === 300);
    expect(sweepHeadlines(single, tasks.filter((t) => t.point === 0), results.slice(0, 3), ['oversellRate'])).toEqual([]);
    const firstSeed = tasks.flatMap((t, i) => (t.seed === 1 ? [i] : []));
    expect(sweepHeadlines(points, firstSeed.map((i) => tasks[i]!), firstSeed.map((i) => results[i]!), ['oversellRate', 'driftRate'])).toEqual([]);
  });
});
