// The OMS part: every policy runs every suite scenario on the same seeds (common random numbers), and
// its metrics are paired with the baseline's, replication by replication. A fake run whose metrics
// are set by hand makes the expected differences exact.
import { describe, expect, it } from 'vitest';
import { knownMetrics } from '../../../scenarios/experiment/schema.js';
import type { RunTask, TaskInput } from '../../../scenarios/experiment/tasks.js';
import { resultHash, type RunResult } from '../../../scenarios/result.js';
import { runOmsBenchmark, type OmsSuite } from '../../../scenarios/benchmark/index.js';

// shippingCost: a fixed amount per policy plus 10 x seed (the shared demand); split rate: per policy, plus
// the seed's noise only for `ranked`; on-time rate 0.9 everywhere.
const perPolicy: Record<string, number> = { nearest: 5000, 'most-stock': 9000, ranked: 7000, 'fewest-splits': 7000, 'lowest-cost': 3000 };
function fake(): { runTask: RunTask; calls: TaskInput[] } {
  const calls: TaskInput[] = [];
  const runTask: RunTask = async (input) => {
    calls.push(input);
    const policy = input.scenarioConfig.oms.routingPolicy;
    const metrics: Record<string, number> = Object.fromEntries(knownMetrics.map((m) => [m, 0]));
    metrics.shippingCost = perPolicy[policy]! + 10 * input.seed + (input.scenarioConfig.oms.allowSplit ? 0 : 100);
    metrics.splitShipmentRate = policy === 'ranked' ? 0.01 * input.seed : 0.02;
    metrics.onTimeDeliveryRate = 0.9;
    const body = { scenario: input.scenarioConfig.name, seed: input.seed, horizonDays: input.days, metrics, invariants: { checked: 1, violations: [] } };
    return { ...body, hash: resultHash(body), perf: { events: 0, wallMs: 0 } } as RunResult;
  };
  return { runTask, calls };
}

const suite: OmsSuite = {
  seed: 7,
  replications: 3,
  days: 2,
  scenarios: [
    { name: 'split', scenario: 'multichannel', settings: [] },
    { name: 'whole', scenario: 'multichannel', settings: [{ path: 'oms.allowSplit', value: false }] },
  ],
  baseline: 'nearest',
  metrics: ['shippingCost', 'splitShipmentRate', 'onTimeDeliveryRate'],
};
const contenders = Object.keys(perPolicy).map((name) => ({ name }));

describe('runOmsBenchmark', () => {
  it('runs every policy on every scenario on the same seeds, with the suite settings and horizon', async () => {
    const { runTask, calls } = fake();
    await runOmsBenchmark(suite, contenders, { runTask, policyFiles: [], workers: 1 });
    expect(calls).toHaveLength(2 * 5 * 3);
    for (const name of Object.keys(perPolicy)) {
      for (const allowSplit of [true, false]) {
        const seeds = calls.filter((c) => c.scenarioConfig.oms.routingPolicy === name && c.scenarioConfig.oms.allowSplit === allowSplit).map((c) => c.seed);
        expect(seeds.sort()).toEqual([7, 8, 9]);
      }
    }
    expect(calls.every((c) => c.days === 2 && c.scenarioConfig.horizonDays === 2)).toBe(true);
  });

  it('paired differences with the baseline, ranked by the first metric', async () => {
    const board = await runOmsBenchmark(suite, contenders, { runTask: fake().runTask, policyFiles: [], workers: 1 });
    const split = board.scenarios[0]!;
    expect(split.standings.map((s) => s.policy)).toEqual(['lowest-cost', 'nearest', 'ranked', 'fewest-splits', 'most-stock']);
    expect(split.standings.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5]);
    const cost = split.standings[0]!.metrics.shippingCost!;
    // lowest-cost 3000 + 10 seed, nearest 5000 + 10 seed: the paired difference is exactly -2000 on every seed
    expect(cost.meanA).toBe(5080);
    expect(cost.meanB).toBe(3080);
    expect(cost.difference).toMatchObject({ n: 3, mean: -2000, halfWidth: 0, low: -2000, high: -2000 });
    expect(cost.excludesZero).toBe(true);
    // ranked: split rate 0.07, 0.08, 0.09 against 0.02: differences 0.05, 0.06, 0.07, mean 0.06, sd 0.01
    const rankedSplit = split.standings.find((s) => s.policy === 'ranked')!.metrics.splitShipmentRate!;
    expect(rankedSplit.difference.mean).toBeCloseTo(0.06, 12);
    expect(rankedSplit.difference.sd).toBeCloseTo(0.01, 12);
    expect(rankedSplit.difference.halfWidth).toBeCloseTo(0.01 * 4.302652729749464 / Math.sqrt(3), 9); // t(0.975, 2 df)
    expect(split.standings[1]!.metrics.onTimeDeliveryRate!.excludesZero).toBe(false);
    expect(board.scenarios[1]!.standings[0]!.metrics.shippingCost!.meanB).toBe(3180);
    expect(board.scenarios[1]!.settings).toEqual({ 'oms.allowSplit': false });
    expect(split.seeds).toEqual([7, 9]);
  });

  it('refuses a suite whose baseline is not among the policies', async () => {
    await expect(runOmsBenchmark({ ...suite, baseline: 'missing' }, contenders, { runTask: fake().runTask, policyFiles: [] })).rejects.toThrow(/baseline OMS policy missing/);
  });
});
