import { describe, expect, it } from 'vitest';
import { studentTQuantile, wilsonInterval } from '../../../sim/stats/index.js';
import { summarizeSamples } from '../../../scenarios/experiment/aggregate.js';
import { proportionSummary } from '../../../scenarios/experiment/proportions.js';

describe('Wilson score interval', () => {
  it('matches the textbook 5 of 10 at 95% and stays above 0 at 0 of 100', () => {
    const half = wilsonInterval(5, 10, 1.959964);
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
    // 0 of n: [0, z^2 / (n + z^2)].
    const none = wilsonInterval(0, 100, 1.96);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(1.96 ** 2 / (100 + 1.96 ** 2), 12);
  });
});

describe('proportion intervals across replications', () => {
  it('never go below zero where the t-interval does', () => {
    const rates = [0, 0, 0, 0, 0.002];
    const t = summarizeSamples(rates);
    expect(t.low!).toBeLessThan(0);
    const p = proportionSummary(t, rates, [1_000, 1_000, 1_000, 1_000, 1_000]);
    expect(p.low!).toBeGreaterThanOrEqual(0);
    expect(p.high!).toBeGreaterThan(0.0004);
    expect(p.mean).toBe(t.mean);
  });

  it('use the pooled count when every replication saw none', () => {
    const rates = [0, 0, 0, 0, 0];
    const p = proportionSummary(summarizeSamples(rates), rates, [1_000, 1_000, 1_000, 1_000, 1_000]);
    const z = studentTQuantile(0.975, 4);
    expect(p.low).toBe(0);
    expect(p.high!).toBeCloseTo(z * z / (5_000 + z * z), 12);
  });

  it('widen when replications vary more than binomially', () => {
    const rates = [0.1, 0.3, 0.1, 0.3];
    const trials = [10_000, 10_000, 10_000, 10_000];
    const p = proportionSummary(summarizeSamples(rates), rates, trials);
    const binomial = wilsonInterval(0.2 * 40_000, 40_000, studentTQuantile(0.975, 3));
    expect(p.high! - p.low!).toBeGreaterThan(5 * (binomial.high - binomial.low));
  });
});
