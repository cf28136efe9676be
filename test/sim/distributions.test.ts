import { describe, expect, it } from 'vitest';
import { DiscreteSampler, EmpiricalSampler, PiecewisePoissonProcess, ZipfSampler, weeklyRates } from '../../sim/distributions.js';
import { RandomStreams } from '../../sim/random.js';

// Statistical checks allow 5 standard errors; goodness of fit is judged at significance 0.001.
const z = 5;
const samples = 200_000;
const streams = new RandomStreams('distributions');

// ln Γ(df / 2) for a positive integer df, exactly by the recurrence from Γ(1) = 1 or Γ(1/2) = √π.
function logGammaHalf(df: number): number {
  let a = df % 2 === 0 ? 1 : 0.5;
  let log = df % 2 === 0 ? 0 : 0.5 * Math.log(Math.PI);
  while (a < df / 2) {
    log += Math.log(a);
    a += 1;
  }
  return log;
}

// P(X > x) for X ~ chi-square(df): one minus the lower regularized gamma P(df/2, x/2), summed as its power series.
function chiSquareSurvival(x: number, df: number): number {
  const a = df / 2;
  const h = x / 2;
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 10_000 && term > sum * 1e-17; n++) {
    term *= h / (a + n);
    sum += term;
  }
  return 1 - Math.exp(-h + a * Math.log(h) - logGammaHalf(df) + Math.log(sum));
}

// The x with P(X > x) = alpha, by bisection.
function chiSquareCritical(alpha: number, df: number): number {
  let lo = 0;
  let hi = df + 40 * Math.sqrt(2 * df) + 40;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (chiSquareSurvival(mid, df) > alpha) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function chiSquareStatistic(observed: number[], expected: number[]): number {
  return observed.reduce((sum, o, i) => sum + (o - expected[i]!) ** 2 / expected[i]!, 0);
}

function expectMoments(xs: number[], probabilities: number[], values: number[]): void {
  const mean = values.reduce((s, v, i) => s + v * probabilities[i]!, 0);
  const variance = values.reduce((s, v, i) => s + (v - mean) ** 2 * probabilities[i]!, 0);
  const mu4 = values.reduce((s, v, i) => s + (v - mean) ** 4 * probabilities[i]!, 0);
  const n = xs.length;
  const sampleMean = xs.reduce((s, x) => s + x, 0) / n;
  const sampleVariance = xs.reduce((s, x) => s + (x - sampleMean) ** 2, 0) / (n - 1);
  expect(Math.abs(sampleMean - mean)).toBeLessThanOrEqual(z * Math.sqrt(variance / n));
  expect(Math.abs(sampleVariance - variance)).toBeLessThanOrEqual(z * Math.sqrt((mu4 - variance ** 2) / n));
}

function expectRangeError(call: () => unknown, message: string): void {
  expect(call).toThrowError(RangeError);
  expect(call).toThrowError(message);
}

describe('chi-square helper used by these tests', () => {
  it('matches the closed-form survival functions for 2 and 4 degrees of freedom', () => {
    for (const x of [0.5, 3, 10, 25]) {
      expect(chiSquareSurvival(x, 2)).toBeCloseTo(Math.exp(-x / 2), 12);
      expect(chiSquareSurvival(x, 4)).toBeCloseTo(Math.exp(-x / 2) * (1 + x / 2), 12);
    }
    // Closed form for 2 degrees of freedom: the critical value is -2 ln(alpha).
    expect(chiSquareCritical(0.001, 2)).toBeCloseTo(-2 * Math.log(0.001), 9);
  });
});

describe('ZipfSampler', () => {
  const n = 50;
  const alpha = 1.1;
  const weights = Array.from({ length: n }, (_, i) => (i + 1) ** -alpha);
  const harmonic = weights.reduce((s, w) => s + w, 0);
  const probabilities = weights.map((w) => w / harmonic);

  it('pmf(k) is k^-alpha over the generalized harmonic number, and 0 outside 1..n', () => {
    const zipf = new ZipfSampler(n, alpha, streams.stream('zipf-pmf'));
    for (let k = 1; k <= n; k++) expect(zipf.pmf(k)).toBeCloseTo(probabilities[k - 1]!, 15);
    expect(zipf.pmf(0)).toBe(0);
    expect(zipf.pmf(n + 1)).toBe(0);
    expect(zipf.pmf(2.5)).toBe(0);
  });

  it('passes a chi-square goodness-of-fit test (n = 50, alpha = 1.1, 200k samples, p = 0.001)', () => {
    const zipf = new ZipfSampler(n, alpha, streams.stream('zipf-fit'));
    const observed = new Array<number>(n).fill(0);
    const ranks: number[] = [];
    for (let i = 0; i < samples; i++) {
      const k = zipf.sample();
      observed[k - 1]!++;
      ranks.push(k);
    }
    expect(observed.reduce((s, c) => s + c, 0)).toBe(samples);
    const statistic = chiSquareStatistic(observed, probabilities.map((p) => p * samples));
    // 49 degrees of freedom: about 85.35, as in printed tables.
    const critical = chiSquareCritical(0.001, n - 1);
    expect(critical).toBeGreaterThan(85.3);
    expect(critical).toBeLessThan(85.4);
    expect(statistic).toBeLessThan(critical);
    expectMoments(ranks, probabilities, probabilities.map((_, i) => i + 1));
  });

  it('is uniform when alpha = 0', () => {
    const zipf = new ZipfSampler(4, 0, streams.stream('zipf-uniform'));
    for (let k = 1; k <= 4; k++) expect(zipf.pmf(k)).toBeCloseTo(0.25, 15);
  });

  it('rejects bad n and alpha, naming the value', () => {
    const stream = streams.stream('zipf-bad');
    expectRangeError(() => new ZipfSampler(0, 1, stream), 'ZipfSampler: n must be an integer >= 1, got 0');
    expectRangeError(() => new ZipfSampler(10, -1, stream), 'ZipfSampler: alpha must be >= 0 and finite, got -1');
  });
});

describe('DiscreteSampler', () => {
  it('draws each index in proportion to its weight and never a zero-weight index (chi-square, p = 0.001)', () => {
    const weights = [5, 0, 1, 3, 1, 10, 0.5];
    const total = weights.reduce((s, w) => s + w, 0);
    const sampler = new DiscreteSampler(weights, streams.stream('discrete-fit'));
    const observed = new Array<number>(weights.length).fill(0);
    const indices: number[] = [];
    for (let i = 0; i < samples; i++) {
      const index = sampler.sample();
      observed[index]!++;
      indices.push(index);
    }
    expect(observed[1]).toBe(0);
    const live = weights.map((_, i) => i).filter((i) => weights[i]! > 0);
    const statistic = chiSquareStatistic(
      live.map((i) => observed[i]!),
      live.map((i) => (weights[i]! / total) * samples),
    );
    expect(statistic).toBeLessThan(chiSquareCritical(0.001, live.length - 1));
    const probabilities = weights.map((w) => w / total);
    expectMoments(indices, probabilities, weights.map((_, i) => i));
    expect(sampler.pmf(5)).toBeCloseTo(10 / 20.5, 15);
    expect(sampler.pmf(7)).toBe(0);
  });

  it('fits a 1,000-entry table with uneven weights (chi-square, p = 0.001)', () => {
    const weights = Array.from({ length: 1000 }, (_, i) => 1 + (i % 7) * (i % 3));
    const total = weights.reduce((s, w) => s + w, 0);
    const sampler = new DiscreteSampler(weights, streams.stream('discrete-large'));
    const observed = new Array<number>(weights.length).fill(0);
    for (let i = 0; i < samples; i++) observed[sampler.sample()]!++;
    const statistic = chiSquareStatistic(observed, weights.map((w) => (w / total) * samples));
    expect(statistic).toBeLessThan(chiSquareCritical(0.001, weights.length - 1));
  });

  it('rejects empty, negative and all-zero weights, naming the value', () => {
    const stream = streams.stream('discrete-bad');
    expectRangeError(() => new DiscreteSampler([], stream), 'DiscreteSampler: weights must not be empty, got length 0');
    expectRangeError(() => new DiscreteSampler([1, -2], stream), 'DiscreteSampler: weights[1] must be >= 0 and finite, got -2');
    expectRangeError(() => new DiscreteSampler([0, 0], stream), 'DiscreteSampler: weights must not all be 0, got 2 zeros');
    expectRangeError(() => new DiscreteSampler([1, NaN], stream), 'DiscreteSampler: weights[1] must be >= 0 and finite, got NaN');
  });
});

describe('EmpiricalSampler', () => {
  it('resamples the values equally often when no weights are given', () => {
    const values = [1, 2, 3, 10];
    const sampler = new EmpiricalSampler(values);
    // Hand-computed: mean (1 + 2 + 3 + 10) / 4 = 4; variance (9 + 4 + 1 + 36) / 4 = 12.5.
    expect(sampler.mean).toBeCloseTo(4, 12);
    expect(sampler.variance).toBeCloseTo(12.5, 12);
    const stream = streams.stream('empirical');
    const xs = Array.from({ length: samples }, () => sampler.sample(stream));
    expect(xs.every((x) => values.includes(x))).toBe(true);
    expectMoments(xs, [0.25, 0.25, 0.25, 0.25], values);
  });

  it('resamples in proportion to weights and never returns a zero-weight value', () => {
    const values = [1, 2, 3, 10];
    const weights = [1, 0, 2, 1];
    const sampler = new EmpiricalSampler(values, weights);
    // Hand-computed: mean (1 + 6 + 10) / 4 = 4.25.
    expect(sampler.mean).toBeCloseTo(4.25, 12);
    const stream = streams.stream('empirical-weighted');
    const xs = Array.from({ length: samples }, () => sampler.sample(stream));
    expect(xs.includes(2)).toBe(false);
    expectMoments(xs, [0.25, 0, 0.5, 0.25], values);
  });

  it('rejects empty values, non-finite values and mismatched weights', () => {
    expectRangeError(() => new EmpiricalSampler([]), 'EmpiricalSampler: values must not be empty, got length 0');
    expectRangeError(() => new EmpiricalSampler([1, Infinity]), 'EmpiricalSampler: values[1] must be finite, got Infinity');
    expectRangeError(() => new EmpiricalSampler([1, 2], [1]), 'EmpiricalSampler: weights must have 2 entries like values, got 1');
  });
});

describe('PiecewisePoissonProcess', () => {
  const stepSeconds = 10;
  const ratesPerSecond = [0.5, 0, 2, 1];
  const cycles = 1000;
  const horizon = cycles * ratesPerSecond.length * stepSeconds;

  function arrivals(process: PiecewisePoissonProcess, from: number, until: number): number[] {
    const times: number[] = [];
    for (let t = process.next(from); t < until; t = process.next(t)) times.push(t);
    return times;
  }

  it('produces rate * step arrivals in each step of the cycle, none where the rate is 0', () => {
    const process = new PiecewisePoissonProcess({ stepSeconds, ratesPerSecond, stream: streams.stream('nhpp') });
    const times = arrivals(process, 0, horizon);
    const perSlot = [0, 0, 0, 0];
    const perStep = new Array<number>(horizon / stepSeconds).fill(0);
    expect(times.every((t, i) => t > (i === 0 ? 0 : times[i - 1]!))).toBe(true);
    for (const t of times) {
      perSlot[Math.floor(t / stepSeconds) % 4]!++;
      perStep[Math.floor(t / stepSeconds)]!++;
    }
    ratesPerSecond.forEach((rate, slot) => {
      const expected = rate * stepSeconds * cycles;
      expect(Math.abs(perSlot[slot]! - expected), `slot ${slot}`).toBeLessThanOrEqual(z * Math.sqrt(expected));
    });
    expect(perSlot[1]).toBe(0);
    // Counts in the rate-2 steps are Poisson(20): their variance equals their mean, with standard
    // error sqrt((lambda + 2 lambda^2) / n) for the sample variance.
    const counts = perStep.filter((_, step) => step % 4 === 2);
    const lambda = 2 * stepSeconds;
    const mean = counts.reduce((s, c) => s + c, 0) / counts.length;
    const variance = counts.reduce((s, c) => s + (c - mean) ** 2, 0) / (counts.length - 1);
    expect(Math.abs(variance - lambda)).toBeLessThanOrEqual(z * Math.sqrt((lambda + 2 * lambda * lambda) / counts.length));
  });

  it('starts from any time, including the middle of a step, and returns a later time', () => {
    const process = new PiecewisePoissonProcess({ stepSeconds, ratesPerSecond, stream: streams.stream('nhpp-mid') });
    for (const t of [5, 12.5, 1e6 + 3]) expect(process.next(t)).toBeGreaterThan(t);
    expect(process.rateAt(25)).toBe(2);
    expect(process.rateAt(40)).toBe(0.5);
    expect(process.rateAt(-5)).toBe(1);
  });

  it('returns Infinity when every rate is 0', () => {
    const process = new PiecewisePoissonProcess({ stepSeconds: 3600, ratesPerSecond: new Array(168).fill(0), stream: streams.stream('nhpp-zero') });
    expect(process.next(0)).toBe(Infinity);
    expect(process.next(12_345)).toBe(Infinity);
  });

  it('rejects a bad step, an empty table and negative rates, naming the value', () => {
    const stream = streams.stream('nhpp-bad');
    expectRangeError(
      () => new PiecewisePoissonProcess({ stepSeconds: 0, ratesPerSecond: [1], stream }),
      'PiecewisePoissonProcess: stepSeconds must be > 0 and finite, got 0',
    );
    expectRangeError(
      () => new PiecewisePoissonProcess({ stepSeconds: 1, ratesPerSecond: [], stream }),
      'PiecewisePoissonProcess: ratesPerSecond must not be empty, got length 0',
    );
    expectRangeError(
      () => new PiecewisePoissonProcess({ stepSeconds: 1, ratesPerSecond: [1, -0.5], stream }),
      'PiecewisePoissonProcess: ratesPerSecond[1] must be >= 0 and finite, got -0.5',
    );
  });
});

describe('weeklyRates', () => {
  it('builds 168 hourly rates whose weekly mean is ordersPerDay / 86400, shaped by day and hour', () => {
    const hourShape = new Array(24).fill(1);
    hourShape[12] = 4;
    // Day 6 weighs 8 against 1 for the rest: mean 2, so day factors 0.5 (days 0-5) and 4 (day 6).
    const dayShape = [1, 1, 1, 1, 1, 1, 8];
    const rates = weeklyRates({ ordersPerDay: 2400, hourShape, dayShape });
    expect(rates).toHaveLength(168);
    const mean = rates.reduce((s, r) => s + r, 0) / 168;
    expect(mean).toBeCloseTo(2400 / 86_400, 15);
    // Hour factors: mean of the shape is 27/24, so hour 12 gets 4 * 24/27 and the others 24/27.
    const base = 2400 / 86_400;
    expect(rates[0]).toBeCloseTo(base * 0.5 * (24 / 27), 15);
    expect(rates[12]).toBeCloseTo(base * 0.5 * (96 / 27), 15);
    expect(rates[6 * 24 + 12]).toBeCloseTo(base * 4 * (96 / 27), 15);
    // Orders per day: 2400 * 0.5 = 1200 on days 0-5 and 2400 * 4 = 9600 on day 6.
    const perDay = [0, 1, 2, 3, 4, 5, 6].map((d) => rates.slice(d * 24, d * 24 + 24).reduce((s, r) => s + r * 3600, 0));
    perDay.slice(0, 6).forEach((orders) => expect(orders).toBeCloseTo(1200, 9));
    expect(perDay[6]).toBeCloseTo(9600, 9);
  });

  it('drives a PiecewisePoissonProcess to the expected orders per weekday over 20 weeks', () => {
    const dayShape = [1, 1.2, 1, 1, 1.5, 0.8, 0.5];
    const hourShape = Array.from({ length: 24 }, (_, h) => (h < 7 ? 0.2 : h < 20 ? 1.5 : 0.6));
    const rates = weeklyRates({ ordersPerDay: 1000, hourShape, dayShape });
    const process = new PiecewisePoissonProcess({ stepSeconds: 3600, ratesPerSecond: rates, stream: streams.stream('weekly') });
    const weeks = 20;
    const perWeekday = new Array<number>(7).fill(0);
    for (let t = process.next(0); t < weeks * 7 * 86_400; t = process.next(t)) perWeekday[Math.floor(t / 86_400) % 7]!++;
    const dayMean = dayShape.reduce((s, d) => s + d, 0) / 7;
    dayShape.forEach((shape, d) => {
      const expected = 1000 * (shape / dayMean) * weeks;
      expect(Math.abs(perWeekday[d]! - expected), `weekday ${d}`).toBeLessThanOrEqual(z * Math.sqrt(expected));
    });
  });

  it('rejects shapes of the wrong length or all zero, and a negative ordersPerDay', () => {
    const hourShape = new Array(24).fill(1);
    const dayShape = new Array(7).fill(1);
    expectRangeError(() => weeklyRates({ ordersPerDay: 10, hourShape: hourShape.slice(1), dayShape }), 'weeklyRates: hourShape must have 24 entries, got 23');
    expectRangeError(() => weeklyRates({ ordersPerDay: 10, hourShape, dayShape: new Array(7).fill(0) }), 'weeklyRates: dayShape must not all be 0, got 7 zeros');
    expectRangeError(() => weeklyRates({ ordersPerDay: -1, hourShape, dayShape }), 'weeklyRates: ordersPerDay must be >= 0 and finite, got -1');
  });
});
