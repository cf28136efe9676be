import { describe, expect, it } from 'vitest';
import { meanConfidenceInterval, pairedDifference, studentTQuantile } from '../../../sim/stats/confidence.js';
import { Tally } from '../../../sim/stats/tally.js';

// Published Student-t critical values, six decimals: [p, df, t].
const table: Array<[number, number, number]> = [
  [0.975, 1, 12.706205],
  [0.975, 2, 4.302653],
  [0.975, 3, 3.182446],
  [0.975, 4, 2.776445],
  [0.975, 5, 2.570582],
  [0.975, 10, 2.228139],
  [0.975, 19, 2.093024],
  [0.975, 30, 2.042272],
  [0.975, 100, 1.983972],
  [0.975, 1000, 1.962339],
  [0.95, 1, 6.313752],
  [0.95, 10, 1.812461],
  [0.99, 10, 2.763769],
  [0.995, 1, 63.656741],
  [0.995, 10, 3.169273],
  [0.9, 1, 3.077684],
  [0.9995, 1, 636.619249],
  [0.9995, 2, 31.599055],
];

describe('studentTQuantile', () => {
  for (const [p, df, t] of table) {
    it(`t(${p}, ${df}) = ${t} to within 1e-6`, () => {
      expect(Math.abs(studentTQuantile(p, df) - t)).toBeLessThanOrEqual(1e-6);
    });
  }

  it('matches the closed forms for 1 and 2 degrees of freedom', () => {
    for (const p of [0.55, 0.7, 0.9, 0.975, 0.999]) {
      // df 1 is the Cauchy: tan(pi (p - 1/2)); df 2: (2p - 1) / sqrt(2 p (1 - p)).
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 10);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 10);
    }
  });

  it('is antisymmetric about p = 1/2 and approaches the normal quantile for large df', () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.025, 19)).toBeCloseTo(-studentTQuantile(0.975, 19), 12);
    // Normal 0.975 quantile 1.959964; the first correction term (z^3 + z) / (4 df) is 2.4e-5 at df 1e5.
    expect(Math.abs(studentTQuantile(0.975, 100_000) - 1.959988)).toBeLessThan(2e-6);
  });

  it('rejects p outside (0, 1) and df <= 0, naming them', () => {
    expect(() => studentTQuantile(1, 5)).toThrowError(RangeError);
    expect(() => studentTQuantile(0.9, 0)).toThrowError('studentTQuantile: df must be > 0 and finite, got 0');
    expect(() => studentTQuantile(-0.1, 3)).toThrowError('studentTQuantile: p must be in (0, 1), got -0.1');
  });
});

describe('meanConfidenceInterval', () => {
  it('gives mean ± t(0.975, 19) * sd / sqrt(20) for the sample 1..20', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    // Mean 10.5; the sample variance of 1..n is n (n + 1) / 12 = 35.
    const halfWidth = (2.093024 * Math.sqrt(35)) / Math.sqrt(20);
    const ci = meanConfidenceInterval(samples);
    expect(ci.n).toBe(20);
    expect(ci.mean).toBeCloseTo(10.5, 12);
    expect(ci.sd).toBeCloseTo(Math.sqrt(35), 12);
    expect(ci.halfWidth).toBeCloseTo(halfWidth, 5);
    expect(ci.low).toBeCloseTo(10.5 - halfWidth, 5);
    expect(ci.high).toBeCloseTo(10.5 + halfWidth, 5);
  });

  it('uses the requested level and accepts a Tally', () => {
    const tally = new Tally();
    for (const x of [2, 4, 6]) tally.add(x);
    // Mean 4, sd 2, n 3: half-width t(0.95, 2) * 2 / sqrt(3) at level 0.9.
    const ci = meanConfidenceInterval(tally, 0.9);
    expect(ci.halfWidth).toBeCloseTo((2.919986 * 2) / Math.sqrt(3), 5);
  });

  it('rejects fewer than 2 samples and a level outside (0, 1)', () => {
    expect(() => meanConfidenceInterval([1])).toThrowError('meanConfidenceInterval: need at least 2 samples, got 1');
    expect(() => meanConfidenceInterval([1, 2], 95)).toThrowError('meanConfidenceInterval: level must be in (0, 1), got 95');
  });
});

describe('pairedDifference', () => {
  it('is the confidence interval of a[i] - b[i]', () => {
    // Differences 2, 1, 0, 3: mean 1.5, sample variance 5/3, t(0.975, 3) = 3.182446.
    const ci = pairedDifference([10, 12, 9, 11], [8, 11, 9, 8]);
    const halfWidth = (3.182446 * Math.sqrt(5 / 3)) / 2;
    expect(ci.mean).toBeCloseTo(1.5, 12);
    expect(ci.halfWidth).toBeCloseTo(halfWidth, 5);
    expect(ci.low).toBeCloseTo(1.5 - halfWidth, 5);
  });

  it('rejects samples of different lengths, naming them', () => {
    expect(() => pairedDifference([1, 2, 3], [1, 2])).toThrowError('pairedDifference: a and b must have the same length, got 3 and 2');
  });
});
