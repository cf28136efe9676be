// A running count: orders accepted, messages lost, short picks.

/** A sum of increments. */
export class Counter {
  private total = 0;

  /** Adds n (default 1) and returns the new value. */
  add(n = 1): number {
    if (!Number.isFinite(n)) throw new RangeError(`Counter.add: n must be a finite number, got ${n}`);
    this.total += n;
    return this.total;
  }

  /** The sum of everything added. */
  get value(): number {
    return this.total;
  }

  /** Back to zero, e.g. at the end of a warm-up period. */
  reset(): void {
    this.total = 0;
  }
}
