// Seeded random streams: one root seed, named substreams, and the variate generators the models draw from.
import seedrandom from 'seedrandom';
import { exp, ln, ln1p, pow } from './math.js';

const defaults = {
  // Alea (Baagøe's lag-3 multiply-with-carry, period about 2^116, passes BigCrush) measured fastest with
  // several streams alive: about 185M draws/s of CPU time, against 125M for tychei and 55-115M for xor4096.
  // below() relies on its outputs being multiples of 2^-32.
  generator: seedrandom.alea,
  // Below this mean, Poisson and binomial draws invert the CDF; above it they use transformed rejection,
  // whose constants are tuned for means of 10 and more.
  inversionMeanMax: 10,
};

const twoTo32 = 4294967296;

export type Seed = number | string;

/**
 * A root seed that hands out named, independent substreams; a stream's draws depend only on the seed and
 * its name (a number seed and its decimal string are the same seed).
 */
export class RandomStreams {
  readonly seed: Seed;
  private readonly streams = new Map<string, RandomStream>();

  constructor(seed: Seed) {
    if (typeof seed === 'number' ? !Number.isFinite(seed) : typeof seed !== 'string') {
      throw new RangeError(`RandomStreams: seed must be a finite number or a string, got ${String(seed)}`);
    }
    this.seed = seed;
  }

  /** The stream called `name`, created on first use and the same object afterwards. */
  stream(name: string): RandomStream {
    let stream = this.streams.get(name);
    if (stream === undefined) {
      if (typeof name !== 'string' || name.length === 0) {
        throw new RangeError(`RandomStreams.stream: name must be a non-empty string, got ${JSON.stringify(name)}`);
      }
      stream = new RandomStream(`${this.seed}/${name}`);
      this.streams.set(name, stream);
    }
    return stream;
  }
}

/** One deterministic sequence of uniforms and the variates built on it. */
export class RandomStream {
  readonly seed: string;
  private readonly next: () => number;
  // The polar method makes normals in pairs; the second is kept for the next call.
  private spareNormal = 0;
  private hasSpareNormal = false;

  constructor(seed: string) {
    this.seed = seed;
    this.next = defaults.generator(seed);
  }

  /** A uniform number in [0, 1). */
  random(): number {
    return this.next();
  }

  /** A uniform number in [a, b). */
  uniform(a: number, b: number): number {
    requireFinite('uniform', 'a', a);
    requireFinite('uniform', 'b', b);
    if (!(a <= b)) throw new RangeError(`uniform: a must be <= b, got a=${a}, b=${b}`);
    return a + (b - a) * this.next();
  }

  /** A uniform integer in [lo, hiInclusive], exactly uniform (rejection, no modulo bias). */
  int(lo: number, hiInclusive: number): number {
    if (!Number.isSafeInteger(lo)) throw new RangeError(`int: lo must be a safe integer, got ${lo}`);
    if (!Number.isSafeInteger(hiInclusive)) throw new RangeError(`int: hiInclusive must be a safe integer, got ${hiInclusive}`);
    const span = hiInclusive - lo + 1;
    if (!(span >= 1 && span <= twoTo32)) {
      throw new RangeError(`int: range must hold 1 to 2^32 values, got lo=${lo}, hiInclusive=${hiInclusive}`);
    }
    return lo + this.below(span);
  }

  /** A uniform index in [0, n) for a positive integer n <= 2^32. */
  index(n: number): number {
    if (!(Number.isInteger(n) && n >= 1 && n <= twoTo32)) {
      throw new RangeError(`index: n must be an integer in [1, 2^32], got ${n}`);
    }
    return this.below(n);
  }

  /** true with probability p. */
  bernoulli(p: number): boolean {
    requireProbability('bernoulli', 'p', p);
    return this.next() < p;
  }

  /** An exponential variate with the given rate (mean 1/rate). */
  exponential(rate: number): number {
    if (!(rate > 0 && rate < Infinity)) throw new RangeError(`exponential: rate must be > 0 and finite, got ${rate}`);
    return -ln(1 - this.next()) / rate;
  }

  /** A normal variate. */
  normal(mean: number, sd: number): number {
    requireFinite('normal', 'mean', mean);
    requireNonNegative('normal', 'sd', sd);
    return mean + sd * this.standardNormal();
  }

  /** A lognormal variate: exp of a normal with mean mu and standard deviation sigma. */
  lognormal(mu: number, sigma: number): number {
    requireFinite('lognormal', 'mu', mu);
    requireNonNegative('lognormal', 'sigma', sigma);
    return exp(mu + sigma * this.standardNormal());
  }

  /** A gamma variate with mean shape * scale (Marsaglia-Tsang). */
  gamma(shape: number, scale: number): number {
    requirePositive('gamma', 'shape', shape);
    requirePositive('gamma', 'scale', scale);
    if (shape >= 1) return scale * this.standardGamma(shape);
    // Boost: if G ~ Gamma(shape + 1) and U ~ U(0, 1], G * U^(1/shape) ~ Gamma(shape).
    return scale * this.standardGamma(shape + 1) * pow(1 - this.next(), 1 / shape);
  }

  /** A Poisson count with the given mean. */
  poisson(mean: number): number {
    requireNonNegative('poisson', 'mean', mean);
    if (mean < defaults.inversionMeanMax) return this.poissonByInversion(mean);
    return this.poissonByTransformedRejection(mean);
  }

  /** The number of successes in n trials of probability p. */
  binomial(n: number, p: number): number {
    if (!(Number.isSafeInteger(n) && n >= 0)) throw new RangeError(`binomial: n must be a non-negative integer, got ${n}`);
    requireProbability('binomial', 'p', p);
    if (p > 0.5) return n - this.binomialAtMostHalf(n, 1 - p);
    return this.binomialAtMostHalf(n, p);
  }

  /** The number of failures before the r-th success, success probability p (r may be fractional). */
  negativeBinomial(r: number, p: number): number {
    requirePositive('negativeBinomial', 'r', r);
    if (!(p > 0 && p <= 1)) throw new RangeError(`negativeBinomial: p must be in (0, 1], got ${p}`);
    if (p === 1) return 0;
    // Gamma-Poisson mixture: the Poisson mean is Gamma(r, (1 - p) / p).
    return this.poisson(this.gamma(r, (1 - p) / p));
  }

  /** A uniformly chosen element of a non-empty array. */
  pick<T>(array: readonly T[]): T {
    if (array.length === 0) throw new RangeError('pick: array must not be empty, got length 0');
    return array[this.below(array.length)]!;
  }

  /** Shuffles the array in place (Fisher-Yates) and returns it. */
  shuffle<T>(array: T[]): T[] {
    for (let i = array.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      const held = array[i]!;
      array[i] = array[j]!;
      array[j] = held;
    }
    return array;
  }

  // Uniform integer in [0, n), n <= 2^32: every output of the generator is a multiple of 2^-32, so
  // next() * 2^32 is an exact 32-bit integer; the top partial block is rejected to remove modulo bias.
  private below(n: number): number {
    const limit = twoTo32 - (twoTo32 % n);
    let x = this.next() * twoTo32;
    while (x >= limit) x = this.next() * twoTo32;
    return x % n;
  }

  private standardNormal(): number {
    if (this.hasSpareNormal) {
      this.hasSpareNormal = false;
      return this.spareNormal;
    }
    let x: number;
    let y: number;
    let s: number;
    do {
      x = 2 * this.next() - 1;
      y = 2 * this.next() - 1;
      s = x * x + y * y;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * ln(s)) / s);
    this.spareNormal = y * factor;
    this.hasSpareNormal = true;
    return x * factor;
  }

  // Marsaglia and Tsang (2000), valid for shape >= 1.
  private standardGamma(shape: number): number {
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = this.standardNormal();
      let v = 1 + c * x;
      if (v <= 0) continue;
      v = v * v * v;
      const u = 1 - this.next();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (ln(u) < 0.5 * x2 + d * (1 - v + ln(v))) return d * v;
    }
  }

  private poissonByInversion(mean: number): number {
    const u = this.next();
    let k = 0;
    let term = exp(-mean);
    let cumulative = term;
    while (u >= cumulative && term > 0) {
      k++;
      term *= mean / k;
      cumulative += term;
    }
    return k;
  }

  // PTRS, Hörmann (1993), "The transformed rejection method for generating Poisson random variables".
  private poissonByTransformedRejection(mean: number): number {
    const logMean = ln(mean);
    const b = 0.931 + 2.53 * Math.sqrt(mean);
    const a = -0.059 + 0.02483 * b;
    const logInvAlpha = ln(1.1239 + 1.1328 / (b - 3.4));
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.next() - 0.5;
      const v = this.next();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (ln(v) + logInvAlpha - ln(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) return k;
    }
  }

  private binomialAtMostHalf(n: number, p: number): number {
    if (p === 0 || n === 0) return 0;
    if (n * p < defaults.inversionMeanMax) return this.binomialByInversion(n, p);
    return this.binomialByTransformedRejection(n, p);
  }

  private binomialByInversion(n: number, p: number): number {
    const q = 1 - p;
    const ratio = p / q;
    let u = this.next();
    let term = exp(n * ln1p(-p));
    let k = 0;
    while (u >= term && k < n) {
      u -= term;
      k++;
      term *= (ratio * (n - k + 1)) / k;
    }
    return k;
  }

  // BTRS, Hörmann (1993), "The generation of binomial random variates"; p <= 0.5 and n * p >= 10.
  private binomialByTransformedRejection(n: number, p: number): number {
    const q = 1 - p;
    const spq = Math.sqrt(n * p * q);
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    const alpha = (2.83 + 5.1 / b) * spq;
    const logOdds = ln(p / q);
    const mode = Math.floor((n + 1) * p);
    const logModeTerms = logFactorial(mode) + logFactorial(n - mode);
    for (;;) {
      const u = this.next() - 0.5;
      const v = this.next();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + c);
      if (k < 0 || k > n) continue;
      if (us >= 0.07 && v <= vr) return k;
      const logHat = ln((v * alpha) / (a / (us * us) + b));
      if (logHat <= logModeTerms - logFactorial(k) - logFactorial(n - k) + (k - mode) * logOdds) return k;
    }
  }
}

const smallLogFactorials = [0, 0, ln(2), ln(6), ln(24), ln(120), ln(720), ln(5040), ln(40320), ln(362880)];
const halfLogTwoPi = 0.5 * ln(2 * Math.PI);

// ln(k!) for a non-negative integer k; the Stirling series is accurate to ~1e-12 from k = 10 on.
function logFactorial(k: number): number {
  if (k < smallLogFactorials.length) return smallLogFactorials[k]!;
  const x = k + 1;
  const inv = 1 / x;
  const inv2 = inv * inv;
  return (x - 0.5) * ln(x) - x + halfLogTwoPi + inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
}

function requireFinite(method: string, name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${method}: ${name} must be a finite number, got ${value}`);
}

function requirePositive(method: string, name: string, value: number): void {
  if (!(value > 0 && value < Infinity)) throw new RangeError(`${method}: ${name} must be > 0 and finite, got ${value}`);
}

function requireNonNegative(method: string, name: string, value: number): void {
  if (!(value >= 0 && value < Infinity)) throw new RangeError(`${method}: ${name} must be >= 0 and finite, got ${value}`);
}

function requireProbability(method: string, name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${method}: ${name} must be in [0, 1], got ${value}`);
}
