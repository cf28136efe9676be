// Summary statistics of a stream of observations in O(1) memory (Welford's update).

export interface TallySummary {
  count: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
}

/** Count, mean, sample variance, min, max and sum of observations; statistics of no data are NaN. */
export class Tally {
  private n = 0;
  private runningMean = 0;
  // Sum of squared deviations from the running mean.
  private m2 = 0;
  private total = 0;
  private low = Infinity;
  private high = -Infinity;

  /** Records one observation. */
  add(x: number): void {
    if (!Number.isFinite(x)) throw new RangeError(`Tally.add: x must be a finite number, got ${x}`);
    this.n++;
    const delta = x - this.runningMean;
    this.runningMean += delta / this.n;
    this.m2 += delta * (x - this.runningMean);
    this.total += x;
    if (x < this.low) this.low = x;
    if (x > this.high) this.high = x;
  }

  /** Folds another tally's observations into this one (Chan et al.'s pairwise update). */
  merge(other: Tally): void {
    if (other.n === 0) return;
    const n = this.n + other.n;
    const delta = other.runningMean - this.runningMean;
    this.m2 += other.m2 + (delta * delta * this.n * other.n) / n;
    this.runningMean += (delta * other.n) / n;
    this.n = n;
    this.total += other.total;
    this.low = Math.min(this.low, other.low);
    this.high = Math.max(this.high, other.high);
  }

  get count(): number {
    return this.n;
  }

  get sum(): number {
    return this.total;
  }

  get mean(): number {
    return this.n > 0 ? this.runningMean : NaN;
  }

  /** Sample variance (divisor n - 1); NaN below two observations. */
  get variance(): number {
    return this.n > 1 ? this.m2 / (this.n - 1) : NaN;
  }

  get sd(): number {
    return Math.sqrt(this.variance);
  }

  get min(): number {
    return this.n > 0 ? this.low : NaN;
  }

  get max(): number {
    return this.n > 0 ? this.high : NaN;
  }

  /** The headline numbers as a plain object. */
  summary(): TallySummary {
    return { count: this.n, mean: this.mean, sd: this.sd, min: this.min, max: this.max };
  }
}
