// Table-driven samplers (Zipf, discrete, empirical) and the piecewise-rate Poisson arrival process.
import type { RandomStream } from './random.js';
import { pow } from './math.js';

const defaults = {
  secondsPerDay: 86_400,
  hoursPerDay: 24,
  daysPerWeek: 7,
};

/** Vose's alias table: O(n) to build, O(1) to sample an index with probability proportional to its weight. */
class AliasTable {
  readonly size: number;
  private readonly keep: Float64Array;
  private readonly alias: Int32Array;

  constructor(weights: ArrayLike<number>, total: number) {
    const n = weights.length;
    this.size = n;
    this.keep = new Float64Array(n);
    this.alias = new Int32Array(n);
    const scaled = new Float64Array(n);
    const small = new Int32Array(n);
    const large = new Int32Array(n);
    let smallCount = 0;
    let largeCount = 0;
    for (let i = 0; i < n; i++) {
      scaled[i] = (weights[i]! * n) / total;
      if (scaled[i]! < 1) small[smallCount++] = i;
      else large[largeCount++] = i;
    }
    while (smallCount > 0 && largeCount > 0) {
      const lo = small[--smallCount]!;
      const hi = large[--largeCount]!;
      this.keep[lo] = scaled[lo]!;
      this.alias[lo] = hi;
      scaled[hi] = scaled[hi]! + scaled[lo]! - 1;
      if (scaled[hi]! < 1) small[smallCount++] = hi;
      else large[largeCount++] = hi;
    }
    // Whatever is left is 1 up to rounding: those columns keep themselves entirely.
    while (largeCount > 0) this.keep[large[--largeCount]!] = 1;
    while (smallCount > 0) this.keep[small[--smallCount]!] = 1;
  }

  sample(stream: RandomStream): number {
    const column = stream.index(this.size);
    return stream.random() < this.keep[column]! ? column : this.alias[column]!;
  }
}

/** Ranks 1..n with P(k) proportional to k^-alpha, sampled in O(1). */
export class ZipfSampler {
  readonly n: number;
  readonly alpha: number;
  private readonly stream: RandomStream;
  private readonly probabilities: Float64Array;
  private readonly table: AliasTable;

  constructor(n: number, alpha: number, stream: RandomStream) {
    if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`ZipfSampler: n must be an integer >= 1, got ${n}`);
    if (!(alpha >= 0 && alpha < Infinity)) throw new RangeError(`ZipfSampler: alpha must be >= 0 and finite, got ${alpha}`);
    this.n = n;
    this.alpha = alpha;
    this.stream = stream;
    const weights = new Float64Array(n);
    let total = 0;
    for (let k = 1; k <= n; k++) {
      weights[k - 1] = pow(k, -alpha);
      total += weights[k - 1]!;
    }
    this.table = new AliasTable(weights, total);
    this.probabilities = weights.map((w) => w / total);
  }

  /** A rank in 1..n. */
  sample(): number {
    return this.table.sample(this.stream) + 1;
  }

  /** P(rank = k); 0 outside 1..n. */
  pmf(k: number): number {
    return Number.isInteger(k) && k >= 1 && k <= this.n ? this.probabilities[k - 1]! : 0;
  }
}

/** Indices 0..weights.length-1 with probability proportional to their weight, sampled in O(1). */
export class DiscreteSampler {
  private readonly stream: RandomStream;
  private readonly probabilities: Float64Array;
  private readonly table: AliasTable;

  constructor(weights: readonly number[], stream: RandomStream) {
    const total = checkedWeightTotal('DiscreteSampler', 'weights', weights);
    this.stream = stream;
    this.table = new AliasTable(weights, total);
    this.probabilities = Float64Array.from(weights, (w) => w / total);
  }

  /** An index into the weights. */
  sample(): number {
    return this.table.sample(this.stream);
  }

  /** P(index = i); 0 outside the table. */
  pmf(i: number): number {
    return Number.isInteger(i) && i >= 0 && i < this.probabilities.length ? this.probabilities[i]! : 0;
  }
}

/**
 * Resamples observed values (equally likely, or in proportion to weights). The stream is passed per
 * draw so one data set can feed several independent streams.
 */
export class EmpiricalSampler {
  readonly mean: number;
  readonly variance: number;
  private readonly values: Float64Array;
  private readonly table: AliasTable;

  constructor(values: readonly number[], weights?: readonly number[]) {
    if (values.length === 0) throw new RangeError('EmpiricalSampler: values must not be empty, got length 0');
    values.forEach((v, i) => {
      if (!Number.isFinite(v)) throw new RangeError(`EmpiricalSampler: values[${i}] must be finite, got ${v}`);
    });
    const w = weights ?? values.map(() => 1);
    if (w.length !== values.length) {
      throw new RangeError(`EmpiricalSampler: weights must have ${values.length} entries like values, got ${w.length}`);
    }
    const total = checkedWeightTotal('EmpiricalSampler', 'weights', w);
    this.values = Float64Array.from(values);
    this.table = new AliasTable(w, total);
    let mean = 0;
    for (let i = 0; i < values.length; i++) mean += (w[i]! / total) * values[i]!;
    let variance = 0;
    for (let i = 0; i < values.length; i++) variance += (w[i]! / total) * (values[i]! - mean) * (values[i]! - mean);
    this.mean = mean;
    this.variance = variance;
  }

  /** One of the values. */
  sample(stream: RandomStream): number {
    return this.values[this.table.sample(stream)]!;
  }
}

export interface PiecewisePoissonOptions {
  stepSeconds: number;
  /** Arrival rate during each step; the table repeats after ratesPerSecond.length steps. */
  ratesPerSecond: readonly number[];
  stream: RandomStream;
}

/** Arrivals of a Poisson process whose rate is constant within each step and cycles through a table. */
export class PiecewisePoissonProcess {
  readonly stepSeconds: number;
  readonly maxRatePerSecond: number;
  private readonly rates: Float64Array;
  private readonly stream: RandomStream;

  constructor({ stepSeconds, ratesPerSecond, stream }: PiecewisePoissonOptions) {
    if (!(stepSeconds > 0 && stepSeconds < Infinity)) {
      throw new RangeError(`PiecewisePoissonProcess: stepSeconds must be > 0 and finite, got ${stepSeconds}`);
    }
    if (ratesPerSecond.length === 0) throw new RangeError('PiecewisePoissonProcess: ratesPerSecond must not be empty, got length 0');
    ratesPerSecond.forEach((r, i) => {
      if (!(r >= 0 && r < Infinity)) {
        throw new RangeError(`PiecewisePoissonProcess: ratesPerSecond[${i}] must be >= 0 and finite, got ${r}`);
      }
    });
    this.stepSeconds = stepSeconds;
    this.rates = Float64Array.from(ratesPerSecond);
    this.maxRatePerSecond = this.rates.reduce((max, r) => Math.max(max, r), 0);
    this.stream = stream;
  }

  /** The rate in force at time t (seconds). */
  rateAt(t: number): number {
    const n = this.rates.length;
    const step = Math.floor(t / this.stepSeconds) % n;
    return this.rates[step < 0 ? step + n : step]!;
  }

  /** The first arrival after time t, by thinning a process at the maximum rate; Infinity if every rate is 0. */
  next(t: number): number {
    if (!Number.isFinite(t)) throw new RangeError(`PiecewisePoissonProcess.next: t must be finite, got ${t}`);
    const max = this.maxRatePerSecond;
    if (max === 0) return Infinity;
    let time = t;
    for (;;) {
      time += this.stream.exponential(max);
      if (this.stream.random() * max < this.rateAt(time)) return time;
    }
  }
}

export interface WeeklyRateOptions {
  ordersPerDay: number;
  /** Relative weight of each hour of the day (24 entries); only proportions matter. */
  hourShape: readonly number[];
  /** Relative weight of each day (7 entries), day 0 being the day that starts at time 0. */
  dayShape: readonly number[];
}

/** 168 hourly rates (per second) shaped by hour and day whose mean over the week is ordersPerDay / 86,400. */
export function weeklyRates({ ordersPerDay, hourShape, dayShape }: WeeklyRateOptions): number[] {
  if (!(ordersPerDay >= 0 && ordersPerDay < Infinity)) {
    throw new RangeError(`weeklyRates: ordersPerDay must be >= 0 and finite, got ${ordersPerDay}`);
  }
  const hourFactors = meanOneFactors('hourShape', hourShape, defaults.hoursPerDay);
  const dayFactors = meanOneFactors('dayShape', dayShape, defaults.daysPerWeek);
  const meanRate = ordersPerDay / defaults.secondsPerDay;
  // The factors each average 1, so their product averages 1 over the week and each day d gets
  // ordersPerDay * dayFactors[d] orders.
  return dayFactors.flatMap((day) => hourFactors.map((hour) => meanRate * day * hour));
}

function meanOneFactors(name: string, shape: readonly number[], length: number): number[] {
  if (shape.length !== length) throw new RangeError(`weeklyRates: ${name} must have ${length} entries, got ${shape.length}`);
  const total = checkedWeightTotal('weeklyRates', name, shape);
  return shape.map((w) => (w * length) / total);
}

// Weights must be finite, non-negative and not all zero; returns their sum.
function checkedWeightTotal(owner: string, name: string, weights: readonly number[]): number {
  if (weights.length === 0) throw new RangeError(`${owner}: ${name} must not be empty, got length 0`);
  let total = 0;
  weights.forEach((w, i) => {
    if (!(w >= 0 && w < Infinity)) throw new RangeError(`${owner}: ${name}[${i}] must be >= 0 and finite, got ${w}`);
    total += w;
  });
  if (total === 0) throw new RangeError(`${owner}: ${name} must not all be 0, got ${weights.length} zeros`);
  if (!Number.isFinite(total)) throw new RangeError(`${owner}: ${name} must sum to a finite number, got ${total}`);
  return total;
}
