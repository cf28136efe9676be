import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { RandomStream, RandomStreams } from '../../sim/random.js';

// Every statistical check allows 5 standard errors of the estimate it tests.
const z = 5;
const samples = 200_000;

interface Moments {
  mean: number;
  variance: number;
  // Fourth central moment, for the standard error of the sample variance: sqrt((mu4 - variance^2) / n).
  mu4: number;
}

function draw(n: number, sampler: () => number): Float64Array {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = sampler();
  return xs;
}

function expectMoments(xs: Float64Array, expected: Moments): void {
  const n = xs.length;
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  let squares = 0;
  for (const x of xs) squares += (x - mean) ** 2;
  const variance = squares / (n - 1);
  expect(Math.abs(mean - expected.mean)).toBeLessThanOrEqual(z * Math.sqrt(expected.variance / n));
  const varianceError = Math.sqrt((expected.mu4 - expected.variance ** 2) / n);
  expect(Math.abs(variance - expected.variance)).toBeLessThanOrEqual(z * varianceError);
}

// Fourth central moment from the second and fourth cumulants.
function mu4FromCumulants(k2: number, k4: number): number {
  return k4 + 3 * k2 * k2;
}

// Empirical CDF against the exact one at the given points; the standard error of a proportion is sqrt(F(1-F)/n).
function expectCdf(xs: Float64Array, points: Array<[x: number, cdf: number]>): void {
  const n = xs.length;
  for (const [x, cdf] of points) {
    let below = 0;
    for (const v of xs) if (v <= x) below++;
    const tolerance = z * Math.sqrt((cdf * (1 - cdf)) / n) + 1e-12;
    expect(Math.abs(below / n - cdf), `P(X <= ${x})`).toBeLessThanOrEqual(tolerance);
  }
}

// ln k! for k = 0..max by summing logs.
function logFactorials(max: number): Float64Array {
  const table = new Float64Array(max + 1);
  for (let k = 2; k <= max; k++) table[k] = table[k - 1]! + Math.log(k);
  return table;
}

// Exact CDF of a discrete distribution on 0..max given its log-pmf, at a spread of points around the bulk.
function discreteCdfPoints(max: number, logPmf: (k: number) => number, mean: number, sd: number): Array<[number, number]> {
  const cdf = new Float64Array(max + 1);
  let total = 0;
  for (let k = 0; k <= max; k++) {
    total += Math.exp(logPmf(k));
    cdf[k] = total;
  }
  const ks = new Set([-2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3].map((offset) => Math.floor(mean + offset * sd)));
  return [...ks].filter((k) => k >= 0 && k <= max && cdf[k]! < 1 - 1e-9).map((k) => [k, cdf[k]!]);
}

function poissonExpectations(mean: number): { moments: Moments; cdf: Array<[number, number]> } {
  const max = Math.ceil(mean + 12 * Math.sqrt(mean) + 20);
  const lf = logFactorials(max);
  return {
    moments: { mean, variance: mean, mu4: mu4FromCumulants(mean, mean) },
    cdf: discreteCdfPoints(max, (k) => -mean + k * Math.log(mean) - lf[k]!, mean, Math.sqrt(mean)),
  };
}

function binomialExpectations(n: number, p: number): { moments: Moments; cdf: Array<[number, number]> } {
  const q = 1 - p;
  const variance = n * p * q;
  const lf = logFactorials(n);
  return {
    // Binomial fourth cumulant: n p q (1 - 6 p q).
    moments: { mean: n * p, variance, mu4: mu4FromCumulants(variance, variance * (1 - 6 * p * q)) },
    cdf: discreteCdfPoints(n, (k) => lf[n]! - lf[k]! - lf[n - k]! + k * Math.log(p) + (n - k) * Math.log(q), n * p, Math.sqrt(variance)),
  };
}

function negativeBinomialExpectations(r: number, p: number): { moments: Moments; cdf: Array<[number, number]> } {
  const q = 1 - p;
  const mean = (r * q) / p;
  const variance = (r * q) / (p * p);
  // Cumulants of the failure count: with y = q / p, k2 = r (y + y^2) and k4 = r (y + 7y^2 + 12y^3 + 6y^4).
  const y = q / p;
  const k4 = r * (y + 7 * y ** 2 + 12 * y ** 3 + 6 * y ** 4);
  const max = Math.ceil(mean + 40 * Math.sqrt(variance) + 50);
  // pmf(k) = Γ(k + r) / (k! Γ(r)) p^r q^k, built by the ratio pmf(k) / pmf(k - 1) = q (k + r - 1) / k.
  const logPmf = new Float64Array(max + 1);
  logPmf[0] = r * Math.log(p);
  for (let k = 1; k <= max; k++) logPmf[k] = logPmf[k - 1]! + Math.log((q * (k + r - 1)) / k);
  return {
    moments: { mean, variance, mu4: mu4FromCumulants(variance, k4) },
    cdf: discreteCdfPoints(max, (k) => logPmf[k]!, mean, Math.sqrt(variance)),
  };
}

function expectRangeError(call: () => unknown, message: string): void {
  expect(call).toThrowError(RangeError);
  expect(call).toThrowError(message);
}

function newStream(name: string): RandomStream {
  return new RandomStreams('moments').stream(name);
}

describe('RandomStreams', () => {
  it('returns the same stream object for the same name', () => {
    const streams = new RandomStreams(1);
    expect(streams.stream('demand.amazon')).toBe(streams.stream('demand.amazon'));
  });

  it('gives identical sequences for the same seed and name', () => {
    const mixed = (s: RandomStream) => [s.random(), s.normal(0, 1), s.poisson(30), s.gamma(0.5, 2), s.int(1, 100), s.normal(5, 2)];
    const a = new RandomStreams(42).stream('x');
    const b = new RandomStreams(42).stream('x');
    for (let i = 0; i < 1000; i++) expect(mixed(a)).toEqual(mixed(b));
  });

  it("does not change stream 'a' when stream 'b' is created and drawn from in between", () => {
    const alone = new RandomStreams(7).stream('a');
    const expected = Array.from({ length: 2000 }, () => alone.normal(0, 1));

    const streams = new RandomStreams(7);
    const b0 = streams.stream('b');
    b0.random();
    const a = streams.stream('a');
    const interleaved: number[] = [];
    for (let i = 0; i < 2000; i++) {
      interleaved.push(a.normal(0, 1));
      streams.stream('b').exponential(3);
      streams.stream(`extra-${i % 5}`).random();
    }
    expect(interleaved).toEqual(expected);
  });

  it('gives different sequences for different names and different roots', () => {
    const first = (s: RandomStream) => Array.from({ length: 20 }, () => s.random());
    const streams = new RandomStreams(7);
    expect(first(streams.stream('a'))).not.toEqual(first(streams.stream('b')));
    expect(first(new RandomStreams(7).stream('a'))).not.toEqual(first(new RandomStreams(8).stream('a')));
  });

  it('derives a stream from the root seed and the name only, as the seed string "root/name"', () => {
    const stream = new RandomStreams('run-3').stream('faults.wms');
    const reference = seedrandom.alea('run-3/faults.wms');
    for (let i = 0; i < 100; i++) expect(stream.random()).toBe(reference());
  });

  it('rejects a non-finite seed and an empty name', () => {
    expectRangeError(() => new RandomStreams(NaN), 'RandomStreams: seed must be a finite number or a string, got NaN');
    expectRangeError(() => new RandomStreams(1).stream(''), 'RandomStreams.stream: name must be a non-empty string, got ""');
  });
});

describe('RandomStream uniforms', () => {
  it('random() stays in [0, 1) with mean 1/2 and variance 1/12', () => {
    const stream = newStream('random');
    const xs = draw(samples, () => stream.random());
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expectMoments(xs, { mean: 0.5, variance: 1 / 12, mu4: 1 / 80 });
  });

  it('uniform(a, b) has mean (a + b) / 2 and variance (b - a)^2 / 12', () => {
    const stream = newStream('uniform');
    const xs = draw(samples, () => stream.uniform(2, 5));
    expect(xs.every((x) => x >= 2 && x < 5)).toBe(true);
    expectMoments(xs, { mean: 3.5, variance: 9 / 12, mu4: 81 / 80 });
  });

  it('int(lo, hi) covers lo..hi inclusive, each with probability 1 / (hi - lo + 1)', () => {
    const stream = newStream('int');
    const xs = draw(samples, () => stream.int(1, 6));
    // Discrete uniform on 6 points: variance (6^2 - 1) / 12, fourth central moment by enumeration.
    const mu4 = [1, 2, 3, 4, 5, 6].reduce((s, k) => s + (k - 3.5) ** 4 / 6, 0);
    expectMoments(xs, { mean: 3.5, variance: 35 / 12, mu4 });
    expectCdf(xs, [1, 2, 3, 4, 5].map((k) => [k, k / 6] as [number, number]));
    expect(xs.every((x) => Number.isInteger(x) && x >= 1 && x <= 6)).toBe(true);
  });

  it('int() handles a single value and the full 2^32 range', () => {
    const stream = newStream('int-edges');
    expect(stream.int(5, 5)).toBe(5);
    const x = stream.int(-(2 ** 31), 2 ** 31 - 1);
    expect(Number.isInteger(x) && x >= -(2 ** 31) && x < 2 ** 31).toBe(true);
  });

  it('bernoulli(p) is true with probability p', () => {
    const stream = newStream('bernoulli');
    const p = 0.3;
    const xs = draw(samples, () => (stream.bernoulli(p) ? 1 : 0));
    expectMoments(xs, { mean: p, variance: p * (1 - p), mu4: p * (1 - p) * (1 - 3 * p * (1 - p)) });
    expect(stream.bernoulli(0)).toBe(false);
    expect(stream.bernoulli(1)).toBe(true);
  });

  it('pick() chooses each element equally often', () => {
    const stream = newStream('pick');
    const items = ['a', 'b', 'c', 'd'];
    const xs = draw(samples, () => items.indexOf(stream.pick(items)));
    expectCdf(xs, [[0, 0.25], [1, 0.5], [2, 0.75]]);
  });

  it('shuffle() permutes in place with all 6 orders of 3 items equally likely', () => {
    const stream = newStream('shuffle');
    const counts = new Map<string, number>();
    const n = 60_000;
    const items = ['x', 'y', 'z'];
    expect(stream.shuffle(items)).toBe(items);
    for (let i = 0; i < n; i++) {
      const order = stream.shuffle(['x', 'y', 'z']).join('');
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    const p = 1 / 6;
    for (const count of counts.values()) expect(Math.abs(count / n - p)).toBeLessThanOrEqual(z * Math.sqrt((p * (1 - p)) / n));
  });
});

describe('RandomStream continuous variates', () => {
  it('exponential(rate) has mean 1/rate, variance 1/rate^2 and CDF 1 - exp(-rate x)', () => {
    const stream = newStream('exponential');
    const rate = 2.5;
    const xs = draw(samples, () => stream.exponential(rate));
    expectMoments(xs, { mean: 1 / rate, variance: 1 / rate ** 2, mu4: 9 / rate ** 4 });
    expectCdf(xs, [0.05, 0.2, 0.4, 0.8, 1.5].map((x) => [x, 1 - Math.exp(-rate * x)] as [number, number]));
  });

  it('normal(mean, sd) has the given mean and variance, fourth moment 3 sd^4 and P(X <= mean) = 1/2', () => {
    const stream = newStream('normal');
    const xs = draw(samples, () => stream.normal(10, 3));
    expectMoments(xs, { mean: 10, variance: 9, mu4: 3 * 81 });
    // Standard normal CDF at 1 and 2 (tabulated): 0.8413447, 0.9772499.
    expectCdf(xs, [[10, 0.5], [13, 0.8413447], [16, 0.9772499], [4, 1 - 0.9772499]]);
  });

  it('lognormal(mu, sigma) has mean exp(mu + sigma^2/2) and variance (exp(sigma^2) - 1) exp(2 mu + sigma^2)', () => {
    const stream = newStream('lognormal');
    const mu = 1;
    const sigma = 0.5;
    const s2 = sigma * sigma;
    const variance = (Math.exp(s2) - 1) * Math.exp(2 * mu + s2);
    const kurtosis = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
    const xs = draw(samples, () => stream.lognormal(mu, sigma));
    expectMoments(xs, { mean: Math.exp(mu + s2 / 2), variance, mu4: (kurtosis + 3) * variance ** 2 });
    expectCdf(xs, [[Math.exp(mu), 0.5]]);
  });

  for (const shape of [0.3, 1, 2.5, 50]) {
    it(`gamma(${shape}, 2) has mean shape*scale, variance shape*scale^2 and fourth cumulant 6 shape scale^4`, () => {
      const stream = newStream(`gamma-${shape}`);
      const scale = 2;
      const variance = shape * scale ** 2;
      const xs = draw(samples, () => stream.gamma(shape, scale));
      expect(xs.every((x) => x >= 0)).toBe(true);
      expectMoments(xs, { mean: shape * scale, variance, mu4: mu4FromCumulants(variance, 6 * shape * scale ** 4) });
      if (shape === 1) expectCdf(xs, [0.5, 1, 2, 4, 8].map((x) => [x, 1 - Math.exp(-x / scale)] as [number, number]));
    });
  }
});

describe('RandomStream discrete variates', () => {
  for (const mean of [0.7, 3, 9.9, 10, 37.5, 10_000]) {
    it(`poisson(${mean}) matches the Poisson moments and CDF`, () => {
      const stream = newStream(`poisson-${mean}`);
      const xs = draw(samples, () => stream.poisson(mean));
      const expected = poissonExpectations(mean);
      expect(xs.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
      expectMoments(xs, expected.moments);
      expectCdf(xs, expected.cdf);
    });
  }

  it('poisson(0) is always 0', () => {
    const stream = newStream('poisson-0');
    expect(draw(100, () => stream.poisson(0)).every((x) => x === 0)).toBe(true);
  });

  for (const [n, p] of [[20, 0.3], [50, 0.2], [1000, 0.3], [1000, 0.7], [100_000, 0.001], [200, 0.99]] as const) {
    it(`binomial(${n}, ${p}) matches the binomial moments and CDF`, () => {
      const stream = newStream(`binomial-${n}-${p}`);
      const xs = draw(samples, () => stream.binomial(n, p));
      const expected = binomialExpectations(n, p);
      expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x <= n)).toBe(true);
      expectMoments(xs, expected.moments);
      expectCdf(xs, expected.cdf);
    });
  }

  it('binomial() is n when p = 1 and 0 when p = 0 or n = 0', () => {
    const stream = newStream('binomial-edges');
    expect(stream.binomial(17, 1)).toBe(17);
    expect(stream.binomial(17, 0)).toBe(0);
    expect(stream.binomial(0, 0.5)).toBe(0);
  });

  for (const [r, p] of [[3, 0.4], [0.5, 0.1], [20, 0.8]] as const) {
    it(`negativeBinomial(${r}, ${p}) counts failures before r successes: mean r(1-p)/p, variance r(1-p)/p^2`, () => {
      const stream = newStream(`negbin-${r}-${p}`);
      const xs = draw(samples, () => stream.negativeBinomial(r, p));
      const expected = negativeBinomialExpectations(r, p);
      expectMoments(xs, expected.moments);
      expectCdf(xs, expected.cdf);
    });
  }
});

describe('RandomStream parameter validation', () => {
  const stream = new RandomStream('validation');
  const cases: Array<[string, () => unknown, string]> = [
    ['exponential rate', () => stream.exponential(-1), 'exponential: rate must be > 0 and finite, got -1'],
    ['exponential zero rate', () => stream.exponential(0), 'exponential: rate must be > 0 and finite, got 0'],
    ['uniform order', () => stream.uniform(3, 1), 'uniform: a must be <= b, got a=3, b=1'],
    ['uniform NaN', () => stream.uniform(NaN, 1), 'uniform: a must be a finite number, got NaN'],
    ['int fraction', () => stream.int(0.5, 3), 'int: lo must be a safe integer, got 0.5'],
    ['int empty range', () => stream.int(3, 2), 'int: range must hold 1 to 2^32 values, got lo=3, hiInclusive=2'],
    ['index zero', () => stream.index(0), 'index: n must be an integer in [1, 2^32], got 0'],
    ['bernoulli p', () => stream.bernoulli(1.5), 'bernoulli: p must be in [0, 1], got 1.5'],
    ['normal sd', () => stream.normal(0, -2), 'normal: sd must be >= 0 and finite, got -2'],
    ['lognormal sigma', () => stream.lognormal(0, Infinity), 'lognormal: sigma must be >= 0 and finite, got Infinity'],
    ['gamma shape', () => stream.gamma(0, 1), 'gamma: shape must be > 0 and finite, got 0'],
    ['gamma scale', () => stream.gamma(1, -3), 'gamma: scale must be > 0 and finite, got -3'],
    ['poisson mean', () => stream.poisson(-0.5), 'poisson: mean must be >= 0 and finite, got -0.5'],
    ['binomial n', () => stream.binomial(2.5, 0.5), 'binomial: n must be a non-negative integer, got 2.5'],
    ['binomial p', () => stream.binomial(10, -0.1), 'binomial: p must be in [0, 1], got -0.1'],
    ['negativeBinomial r', () => stream.negativeBinomial(0, 0.5), 'negativeBinomial: r must be > 0 and finite, got 0'],
    ['negativeBinomial p', () => stream.negativeBinomial(2, 0), 'negativeBinomial: p must be in (0, 1], got 0'],
    ['pick empty', () => stream.pick([]), 'pick: array must not be empty, got length 0'],
  ];
  for (const [label, call, message] of cases) {
    it(`throws a RangeError naming the value: ${label}`, () => {
      expectRangeError(call, message);
    });
  }
});
