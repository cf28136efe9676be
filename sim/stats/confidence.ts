// Student-t quantiles and confidence intervals for means over replications (and paired differences for CRN).
import { Tally } from './tally.js';
import { exp, ln, ln1p } from '../math.js';

const defaults = {
  level: 0.95,
  // Relative change in t at which the quantile search stops.
  tolerance: 1e-13,
  maxIterations: 200,
};

export interface ConfidenceInterval {
  n: number;
  mean: number;
  sd: number;
  halfWidth: number;
  low: number;
  high: number;
}

/** The p-quantile of Student's t with df > 0 degrees of freedom (df may be fractional). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: p must be in (0, 1), got ${p}`);
  if (!(df > 0 && df < Infinity)) throw new RangeError(`studentTQuantile: df must be > 0 and finite, got ${df}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -upperTailQuantile(p, df);
  return upperTailQuantile(1 - p, df);
}

/** A t-based confidence interval for the mean of independent samples (at least 2). */
export function meanConfidenceInterval(samples: readonly number[] | Tally, level = defaults.level): ConfidenceInterval {
  if (!(level > 0 && level < 1)) throw new RangeError(`meanConfidenceInterval: level must be in (0, 1), got ${level}`);
  let tally: Tally;
  if (samples instanceof Tally) {
    tally = samples;
  } else {
    tally = new Tally();
    for (const x of samples) tally.add(x);
  }
  const n = tally.count;
  if (n < 2) throw new RangeError(`meanConfidenceInterval: need at least 2 samples, got ${n}`);
  const { mean, sd } = tally;
  const halfWidth = studentTQuantile((1 + level) / 2, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, halfWidth, low: mean - halfWidth, high: mean + halfWidth };
}

/** The confidence interval of the mean of a[i] - b[i], for paired runs on common random numbers. */
export function pairedDifference(a: readonly number[], b: readonly number[], level = defaults.level): ConfidenceInterval {
  if (a.length !== b.length) throw new RangeError(`pairedDifference: a and b must have the same length, got ${a.length} and ${b.length}`);
  return meanConfidenceInterval(a.map((x, i) => x - b[i]!), level);
}

// The t > 0 with P(T > t) = tail: safeguarded Newton inside a bracket that only shrinks.
function upperTailQuantile(tail: number, df: number): number {
  let lo = 0;
  let hi = 1;
  while (upperTail(hi, df) > tail) {
    lo = hi;
    hi *= 2;
  }
  let t = (lo + hi) / 2;
  for (let i = 0; i < defaults.maxIterations; i++) {
    const excess = upperTail(t, df) - tail;
    if (excess > 0) lo = t;
    else hi = t;
    let next = t + excess / density(t, df);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    const converged = Math.abs(next - t) <= defaults.tolerance * t;
    t = next;
    if (converged || hi - lo <= defaults.tolerance * t) break;
  }
  return t;
}

// P(T > t) for t >= 0: half the regularized incomplete beta at df / (df + t^2).
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  return 0.5 * regularizedBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
}

function density(t: number, df: number): number {
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * ln(df * Math.PI);
  return exp(logNorm - ((df + 1) / 2) * ln1p((t * t) / df));
}

// I_x(a, b), with 1 - x passed separately so that x close to 1 keeps its precision.
function regularizedBeta(x: number, oneMinusX: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (oneMinusX <= 0) return 1;
  const logFront = a * ln(x) + b * ln(oneMinusX) - logBeta(a, b);
  // The continued fraction converges fast only below the mean of the beta; use the symmetry above it.
  if (x < (a + 1) / (a + b + 2)) return (exp(logFront) * betaContinuedFraction(x, a, b)) / a;
  return 1 - (exp(logFront) * betaContinuedFraction(oneMinusX, b, a)) / b;
}

// The continued fraction for the incomplete beta, evaluated by the modified Lentz method.
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let result = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + even * d;
    c = 1 + even / c;
    if (Math.abs(d) < tiny) d = tiny;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    result *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + odd * d;
    c = 1 + odd / c;
    if (Math.abs(d) < tiny) d = tiny;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const factor = d * c;
    result *= factor;
    if (Math.abs(factor - 1) < 1e-16) break;
  }
  return result;
}

function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

const halfLogTwoPi = 0.5 * ln(2 * Math.PI);

// ln Γ(x) for x > 0: shift x up to 15 by the recurrence, then the Stirling series (error below 1e-14 there).
function logGamma(x: number): number {
  let shift = 0;
  while (x < 15) {
    shift += ln(x);
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
  return (x - 0.5) * ln(x) - x + halfLogTwoPi + series - shift;
}

/**
 * Wilson score interval for a proportion: `successes` of `trials` (trials may be an effective,
 * fractional count), with critical value z. Always inside [0, 1], and not degenerate at 0 or 1.
 */
export function wilsonInterval(successes: number, trials: number, z: number): { low: number; high: number } {
  if (!(trials > 0)) return { low: 0, high: 1 };
  const p = Math.min(1, Math.max(0, successes / trials));
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const spread = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: p === 0 ? 0 : Math.max(0, centre - spread), high: p === 1 ? 1 : Math.min(1, centre + spread) };
}
