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

  it('estimates the median and 95th percentile of uniform data within 0.01', () => {
    // The sampling standard error of a quantile of 100k uniforms is at most 0.0016.
    const stream = new RandomStreams('p2').stream('uniform');
    const median = new P2Quantile(0.5);
    const p95 = new P2Quantile(0.95);
    for (let i = 0; i < 100_000; i++) {
      const x = stream.random();
      median.add(x);
      p95.add(x);
    }
    expect(Math.abs(median.value - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(p95.value - 0.95)).toBeLessThan(0.01);
  });

  it('estimates the 95th percentile of exponential data (-ln 0.05) within 0.1', () => {
    // Sampling standard error: sqrt(0.95 * 0.05 / n) / density(q95) = 0.0138 for n = 100k.
    const stream = new RandomStreams('p2').stream('exponential');
    const p95 = new P2Quantile(0.95);
    for (let i = 0; i < 100_000; i++) p95.add(stream.exponential(1));
    expect(Math.abs(p95.value + Math.log(0.05))).toBeLessThan(0.1);
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
