import { describe, expect, it } from 'vitest';
import { Tally } from '../../../sim/stats/tally.js';

function twoPass(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

function tallyOf(xs: number[]): Tally {
  const tally = new Tally();
  for (const x of xs) tally.add(x);
  return tally;
}

describe('Tally', () => {
  it('gives the hand-computed statistics of 2, 4, 4, 4, 5, 5, 7, 9', () => {
    const tally = tallyOf([2, 4, 4, 4, 5, 5, 7, 9]);
    // Sum 40, mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, sample variance 32/7.
    expect(tally.count).toBe(8);
    expect(tally.sum).toBe(40);
    expect(tally.mean).toBeCloseTo(5, 14);
    expect(tally.variance).toBeCloseTo(32 / 7, 14);
    expect(tally.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(tally.min).toBe(2);
    expect(tally.max).toBe(9);
  });

  it('agrees with the two-pass formulas on data with a large offset, where naive sums of squares fail', () => {
    const xs = [4, 7, 13, 16].map((x) => 1e9 + x);
    const tally = tallyOf(xs);
    // Deviations from the mean 1e9 + 10 are -6, -3, 3, 6: sample variance 90/3 = 30.
    expect(tally.mean).toBe(1e9 + 10);
    expect(tally.variance).toBeCloseTo(30, 9);
    const reference = twoPass(xs);
    expect(tally.variance).toBeCloseTo(reference.variance, 9);
  });

  it('agrees with the two-pass formulas on 10,000 irregular values', () => {
    const xs = Array.from({ length: 10_000 }, (_, i) => Math.sin(i) * 100 + (i % 17));
    const tally = tallyOf(xs);
    const reference = twoPass(xs);
    expect(tally.mean).toBeCloseTo(reference.mean, 10);
    expect(tally.variance).toBeCloseTo(reference.variance, 8);
  });

  it('merge() gives the same statistics as adding every observation to one tally', () => {
    const xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    const left = tallyOf(xs.slice(0, 4));
    left.merge(tallyOf(xs.slice(4)));
    const whole = tallyOf(xs);
    expect(left.count).toBe(whole.count);
    expect(left.mean).toBeCloseTo(whole.mean, 14);
    expect(left.variance).toBeCloseTo(whole.variance, 14);
    expect(left.sum).toBe(whole.sum);
    expect([left.min, left.max]).toEqual([1, 9]);
    const empty = new Tally();
    empty.merge(whole);
    expect(empty.mean).toBeCloseTo(whole.mean, 14);
    expect(empty.variance).toBeCloseTo(whole.variance, 14);
  });

  it('reports NaN for statistics that need more observations', () => {
    const tally = new Tally();
    expect(tally.mean).toBeNaN();
    expect(tally.min).toBeNaN();
    tally.add(3);
    expect(tally.mean).toBe(3);
    expect(tally.variance).toBeNaN();
    expect(tally.summary()).toEqual({ count: 1, mean: 3, sd: NaN, min: 3, max: 3 });
  });

  it('rejects a non-finite observation, naming it', () => {
    expect(() => new Tally().add(NaN)).toThrowError(RangeError);
    expect(() => new Tally().add(-Infinity)).toThrowError('Tally.add: x must be a finite number, got -Infinity');
  });
});
