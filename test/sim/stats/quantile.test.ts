import { describe, expect, it } from 'vitest';
import { P2Quantile, Quantiles } from '../../../sim/stats/quantile.js';
import { RandomStreams } from '../../../sim/random.js';

describe('P2Quantile', () => {
  it('is exact over the first 5 observations (linear interpolation at rank p * (n - 1))', () => {
    const median = new P2Quantile(0.5);
    const lower = new P2Quantile(0.25);
    expect(median.value).toBeNaN();
    for (const x of [5, 1]) {
      median.add(x);
      lower.add(x);
    }
    // Sorted 1, 5: median at rank 0.5 is 3; the 0.25 quantile at rank 0.25 is 2.
    expect(median.value).toBe(3);
    expect(lower.value).toBe(2);
    for (const x of [4, 2, 3]) {
      median.add(x);
      lower.add(x);
    }
    // Sorted 1..5: median 3, the 0.25 quantile at rank 1 is 2.
    expect(median.value).toBe(3);
    expect(lower.value).toBe(2);
    expect(median.count).toBe(5);
  });

  // Sampling standard error of the p quantile of n draws: sqrt(p (1 - p) / n) / density(quantile).
  const standardError = (p: number, n: number, density: number) => Math.sqrt((p * (1 - p)) / n) / density;
  // The empirical p quantile of the same draws (sorted, rank p (n - 1) interpolated), computed independently.
  const empirical = (xs: number[], p: number) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const rank = p * (sorted.length - 1);
    const low = Math.floor(rank);
    return sorted[low]! + (rank - low) * (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!);
  };

  it('estimates the median and 95th percentile of uniform data within 3 standard errors, and within 1 of the sample quantile', () => {
    const n = 100_000;
    const stream = new RandomStreams('p2').stream('uniform');
    const median = new P2Quantile(0.5);
    const p95 = new P2Quantile(0.95);
    const xs: number[] = [];
    for (let i = 0; i < n; i++) {
      const x = stream.random();
      xs.push(x);
      median.add(x);
      p95.add(x);
    }
    for (const [estimator, p] of [[median, 0.5], [p95, 0.95]] as const) {
      const se = standardError(p, n, 1);
      expect(Math.abs(estimator.value - p), `p = ${p}`).toBeLessThan(3 * se);
      expect(Math.abs(estimator.value - empirical(xs, p)), `p = ${p} against the sample`).toBeLessThan(se);
    }
  });

  it('estimates the 95th percentile of exponential data (-ln 0.05) within 3 standard errors, and within 1 of the sample quantile', () => {
    const n = 100_000;
    const stream = new RandomStreams('p2').stream('exponential');
    const p95 = new P2Quantile(0.95);
    const xs: number[] = [];
    for (let i = 0; i < n; i++) {
      const x = stream.exponential(1);
      xs.push(x);
      p95.add(x);
    }
    // The exponential density at its 0.95 quantile is 0.05: standard error 0.0138.
    const se = standardError(0.95, n, 0.05);
    expect(Math.abs(p95.value + Math.log(0.05))).toBeLessThan(3 * se);
    expect(Math.abs(p95.value - empirical(xs, 0.95))).toBeLessThan(se);
  });

  it('tracks the median of data that arrive in increasing order', () => {
    const median = new P2Quantile(0.5);
    for (let i = 1; i <= 1001; i++) median.add(i);
    expect(Math.abs(median.value - 501)).toBeLessThan(5);
  });

  it('rejects p outside (0, 1) and non-finite observations, naming them', () => {
    expect(() => new P2Quantile(1)).toThrowError(RangeError);
    expect(() => new P2Quantile(0)).toThrowError('P2Quantile: p must be in (0, 1), got 0');
    expect(() => new P2Quantile(0.5).add(NaN)).toThrowError('P2Quantile.add: x must be a finite number, got NaN');
  });
});

describe('Quantiles', () => {
  it('tracks several quantiles of one stream', () => {
    const quantiles = new Quantiles([0.5, 0.9]);
    for (const x of [10, 20, 30, 40, 50]) quantiles.add(x);
    // Ranks 2 and 3.6 of 10..50: 30 and 46.
    expect(quantiles.get(0.5)).toBe(30);
    expect(quantiles.get(0.9)).toBeCloseTo(46, 12);
    expect(quantiles.count).toBe(5);
    expect(quantiles.entries().map(([p]) => p)).toEqual([0.5, 0.9]);
  });

  it('rejects an untracked p and duplicate ps, naming them', () => {
    const quantiles = new Quantiles([0.5]);
    expect(() => quantiles.get(0.99)).toThrowError('Quantiles.get: p must be one of 0.5, got 0.99');
    expect(() => new Quantiles([0.5, 0.5])).toThrowError('Quantiles: ps must be distinct, got 0.5, 0.5');
  });
});
