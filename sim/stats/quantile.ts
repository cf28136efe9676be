// Streaming quantile estimates in O(1) memory: the P² algorithm of Jain and Chlamtac (1985).

/** One quantile of a stream: exact over the first 5 observations, the P² estimate after that. */
export class P2Quantile {
  readonly p: number;
  private n = 0;
  // Marker heights; while n <= 5 they are the observations themselves, kept sorted.
  private readonly heights = new Float64Array(5);
  // Actual (1-based) marker positions, their desired positions and the desired positions' increments.
  private readonly positions = Float64Array.of(1, 2, 3, 4, 5);
  private readonly desired: Float64Array;
  private readonly increments: Float64Array;

  constructor(p: number) {
    if (!(p > 0 && p < 1)) throw new RangeError(`P2Quantile: p must be in (0, 1), got ${p}`);
    this.p = p;
    this.desired = Float64Array.of(1, 1 + 2 * p, 1 + 4 * p, 3 + 2 * p, 5);
    this.increments = Float64Array.of(0, p / 2, p, (1 + p) / 2, 1);
  }

  /** Records one observation. */
  add(x: number): void {
    if (!Number.isFinite(x)) throw new RangeError(`P2Quantile.add: x must be a finite number, got ${x}`);
    const q = this.heights;
    if (this.n < 5) {
      let i = this.n++;
      for (; i > 0 && q[i - 1]! > x; i--) q[i] = q[i - 1]!;
      q[i] = x;
      return;
    }
    this.n++;
    // Cell k holds x between markers k and k + 1; the extremes stretch to take it.
    let k: number;
    if (x < q[0]!) {
      q[0] = x;
      k = 0;
    } else if (x >= q[4]!) {
      q[4] = x;
      k = 3;
    } else {
      k = 0;
      while (x >= q[k + 1]!) k++;
    }
    const positions = this.positions;
    for (let i = k + 1; i < 5; i++) positions[i]!++;
    for (let i = 0; i < 5; i++) this.desired[i]! += this.increments[i]!;
    for (let i = 1; i <= 3; i++) {
      const offset = this.desired[i]! - positions[i]!;
      if ((offset >= 1 && positions[i + 1]! - positions[i]! > 1) || (offset <= -1 && positions[i - 1]! - positions[i]! < -1)) {
        const step = offset > 0 ? 1 : -1;
        const candidate = this.parabolic(i, step);
        q[i] = q[i - 1]! < candidate && candidate < q[i + 1]! ? candidate : this.linear(i, step);
        positions[i]! += step;
      }
    }
  }

  get count(): number {
    return this.n;
  }

  /** The estimate; NaN before any observation. Up to 5 observations it interpolates the order statistics at p * (n - 1). */
  get value(): number {
    if (this.n === 0) return NaN;
    if (this.n > 5) return this.heights[2]!;
    const rank = this.p * (this.n - 1);
    const below = Math.floor(rank);
    const above = Math.min(below + 1, this.n - 1);
    return this.heights[below]! + (rank - below) * (this.heights[above]! - this.heights[below]!);
  }

  private parabolic(i: number, step: number): number {
    const q = this.heights;
    const n = this.positions;
    return (
      q[i]! +
      (step / (n[i + 1]! - n[i - 1]!)) *
        ((n[i]! - n[i - 1]! + step) * ((q[i + 1]! - q[i]!) / (n[i + 1]! - n[i]!)) +
          (n[i + 1]! - n[i]! - step) * ((q[i]! - q[i - 1]!) / (n[i]! - n[i - 1]!)))
    );
  }

  private linear(i: number, step: number): number {
    const q = this.heights;
    const n = this.positions;
    return q[i]! + (step * (q[i + step]! - q[i]!)) / (n[i + step]! - n[i]!);
  }
}

/** Several P² quantiles of the same stream, e.g. p50 and p95 of cycle time. */
export class Quantiles {
  private readonly estimators: P2Quantile[];

  constructor(ps: readonly number[]) {
    if (ps.length === 0) throw new RangeError('Quantiles: ps must not be empty, got length 0');
    if (new Set(ps).size !== ps.length) throw new RangeError(`Quantiles: ps must be distinct, got ${ps.join(', ')}`);
    this.estimators = ps.map((p) => new P2Quantile(p));
  }

  /** Records one observation in every estimator. */
  add(x: number): void {
    for (const estimator of this.estimators) estimator.add(x);
  }

  get count(): number {
    return this.estimators[0]!.count;
  }

  /** The estimate for a tracked p. */
  get(p: number): number {
    const estimator = this.estimators.find((e) => e.p === p);
    if (estimator === undefined) {
      throw new RangeError(`Quantiles.get: p must be one of ${this.estimators.map((e) => e.p).join(', ')}, got ${p}`);
    }
    return estimator.value;
  }

  /** [p, estimate] pairs in the order given to the constructor. */
  entries(): Array<[number, number]> {
    return this.estimators.map((e) => [e.p, e.value]);
  }
}
