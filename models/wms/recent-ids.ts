// Idempotency for receivers: remembers ids seen recently so a duplicated message is applied once.
// Duplicates arrive within a link's latency and jitter of the original, so two generations of
// `windowSeconds` each are enough, and memory grows with the message rate, not with history.

/** Ids seen in the last one to two windows. */
export class RecentIds {
  private current = new Set<number>();
  private previous = new Set<number>();
  private rotateAt: number;

  constructor(private readonly windowSeconds: number) {
    if (!(windowSeconds > 0 && windowSeconds < Infinity)) throw new RangeError(`RecentIds: windowSeconds must be > 0 and finite, got ${windowSeconds}`);
    this.rotateAt = windowSeconds;
  }

  /** True the first time `id` is offered (at time `now`), false for a repeat within the window. */
  firstSeen(id: number, now: number): boolean {
    if (now >= this.rotateAt) {
      // Skipped windows (a quiet spell) leave nothing worth keeping.
      this.previous = now >= this.rotateAt + this.windowSeconds ? new Set() : this.current;
      this.current = new Set();
      this.rotateAt = (Math.floor(now / this.windowSeconds) + 1) * this.windowSeconds;
    }
    if (this.current.has(id) || this.previous.has(id)) return false;
    this.current.add(id);
    return true;
  }

  /** Ids held (for memory checks). */
  get size(): number {
    return this.current.size + this.previous.size;
  }
}
