import { describe, expect, it } from 'vitest';
import { checkDays, checkReplications, checkSeed, checkWorkers, parseMetricList } from '../../../scenarios/experiment/arguments.js';
import { compareMetric, parseAssignment, runComparison } from '../../../scenarios/experiment/compare.js';
import { InputError } from '../../../scenarios/errors.js';
import { fakeRunner } from './support.js';

const t975df2 = 0.95 / Math.sqrt(2 * 0.975 * 0.025); // closed form of Student t with 2 df

function problemOf(fn: () => unknown): InputError['problems'][number] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.problems[0]!;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseAssignment', () => {
  it('reads VALUE as JSON when it parses, else as text', () => {
    expect(parseAssignment('oms.routingPolicy=lowest-cost', '--a')).toMatchObject({ path: 'oms.routingPolicy', value: 'lowest-cost' });
    expect(parseAssignment('channels[*].syncIntervalSeconds=900', '--b').value).toBe(900);
    expect(parseAssignment('oms.allowSplit=false', '--a').value).toBe(false);
    expect(parseAssignment('ownership=["no-oms","erp-own-count"]', '--a').value).toEqual(['no-oms', 'erp-own-count']);
    expect(parseAssignment('name="quoted"', '--a').value).toBe('quoted');
    expect(parseAssignment('description=a=b', '--a').value).toBe('a=b');
  });

  it('a malformed setting is an InputError naming the argument and the text', () => {
    expect(problemOf(() => parseAssignment('no-equals-sign', '--a'))).toMatchObject({ path: '--a', value: 'no-equals-sign' });
    expect(problemOf(() => parseAssignment('=5', '--b'))).toMatchObject({ path: '--b', value: '=5' });
    expect(problemOf(() => parseAssignment('channels[x]=5', '--b')).message).toMatch(/bad path "channels\[x\]"/);
  });
});

describe('compareMetric', () => {
  it('gives the paired difference B - A with its t-interval (hand-computed)', () => {
    // Differences 1, 2, 2: mean 5/3, sample variance ((2/3)^2 + 2 (1/3)^2) / 2 = 1/3.
    const c = compareMetric([1, 2, 3], [2, 4, 5]);
    expect(c.meanA).toBeCloseTo(2, 12);
    expect(c.meanB).toBeCloseTo(11 / 3, 12);
    expect(c.difference.mean).toBeCloseTo(5 / 3, 12);
    expect(c.difference.sd).toBeCloseTo(Math.sqrt(1 / 3), 12);
    expect(c.difference.halfWidth).toBeCloseTo((t975df2 * Math.sqrt(1 / 3)) / Math.sqrt(3), 10);
    expect(c.excludesZero).toBe(true); // 5/3 - 4.303/3 > 0
  });

  it('an interval that straddles 0 does not exclude it, and the sign follows B - A', () => {
    const c = compareMetric([2, 4, 5], [1, 2, 3]);
    expect(c.difference.mean).toBeCloseTo(-5 / 3, 12);
    expect(compareMetric([1, 2, 3], [1.5, 1.5, 3.5]).excludesZero).toBe(false);
  });

  it('has no interval with one replication', () => {
    const c = compareMetric([1], [3]);
    expect(c.difference).toEqual({ n: 1, mean: 2, sd: null, halfWidth: null, low: null, high: null });
    expect(c.excludesZero).toBe(false);
  });
});

describe('runComparison', () => {
  it('runs both variants on the same seeds, so a shift shows with zero noise', async () => {
    const { runTask, calls } = fakeRunner();
    const c = await runComparison({
      scenario: 'seed-oversell',
      a: [parseAssignment('channels[*].syncIntervalSeconds=60', '--a')],
      b: [parseAssignment('channels[*].syncIntervalSeconds=1060', '--b')],
      replications: 5,
      seed: 3,
      metrics: ['oversellRate', 'driftRate'],
      workers: 2,
      runTask,
    });
    const seeds = (sync: number) => calls.filter((i) => i.scenarioConfig.channels[0]!.syncIntervalSeconds === sync).map((i) => i.seed).sort();
    expect(seeds(60)).toEqual([3, 4, 5, 6, 7]);
    expect(seeds(1060)).toEqual([3, 4, 5, 6, 7]);
    // Fake oversellRate = seed / 100 + sync / 1e5: on common seeds B - A is exactly 1000 / 1e5.
    expect(c.metrics.oversellRate!.difference.mean).toBeCloseTo(0.01, 12);
    expect(c.metrics.oversellRate!.difference.sd).toBeCloseTo(0, 12);
    expect(c.metrics.oversellRate!.excludesZero).toBe(true);
    expect(c.metrics.driftRate!.difference.mean).toBe(0);
    expect(c.metrics.driftRate!.excludesZero).toBe(false);
    expect(c).toMatchObject({ scenario: 'seed-oversell', seed: 3, replications: 5, a: { 'channels[*].syncIntervalSeconds': 60 }, b: { 'channels[*].syncIntervalSeconds': 1060 } });
  });

  it('a setting that names no field is an InputError naming --a or --b', async () => {
    const error = await runComparison({ scenario: 'seed-oversell', a: [], b: [parseAssignment('omz.x=1', '--b')], runTask: fakeRunner().runTask }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0]).toMatchObject({ path: '--b', value: 'omz.x=1' });
  });

  it('a value the scenario rejects names the variant and the field', async () => {
    const error = await runComparison({ scenario: 'seed-oversell', a: [parseAssignment('oms.safetyStockUnits=-1', '--a')], b: [], runTask: fakeRunner().runTask }).catch((e: unknown) => e);
    expect((error as InputError).problems[0]).toMatchObject({ file: 'builtin:seed-oversell variant A', path: 'oms.safetyStockUnits', value: -1 });
  });
});

describe('command-line values', () => {
  it('bad numbers are InputErrors naming the argument and the value', () => {
    expect(problemOf(() => checkWorkers(0))).toMatchObject({ path: '--workers', value: 0 });
    expect(problemOf(() => checkWorkers(1.5))).toMatchObject({ path: '--workers', value: 1.5 });
    expect(problemOf(() => checkWorkers(Number.NaN))).toMatchObject({ path: '--workers' });
    expect(problemOf(() => checkReplications(-1))).toMatchObject({ path: '--replications', value: -1 });
    expect(problemOf(() => checkReplications(10_001))).toMatchObject({ path: '--replications', value: 10_001 });
    expect(problemOf(() => checkSeed(-3))).toMatchObject({ path: '--seed', value: -3 });
    expect(problemOf(() => checkDays(0))).toMatchObject({ path: '--days', value: 0 });
    expect(problemOf(() => parseMetricList('oversellRate,bogus'))).toMatchObject({ path: '--metrics', value: 'bogus' });
    expect(problemOf(() => parseMetricList(','))).toMatchObject({ path: '--metrics' });
  });

  it('good values pass through and absent ones stay absent', () => {
    expect(checkWorkers(2)).toBe(2);
    expect(checkWorkers(undefined)).toBeUndefined();
    expect(checkReplications(10_000)).toBe(10_000);
    expect(checkSeed(0)).toBe(0);
    expect(checkDays(0.5)).toBe(0.5);
    expect(parseMetricList('oversellRate, driftRate,oversellRate')).toEqual(['oversellRate', 'driftRate']);
  });
});
