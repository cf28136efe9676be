// Idempotency for the OMS: a duplicated or replayed message must not count twice. Both memories are
// bounded, so they grow with in-flight traffic, not with history.

const defaults = {
  /** Sequence numbers this far below the highest seen are treated as seen (a gap this old is a lost message). */
  seqWindow: 4096,
};

/** Which of one sender's sequence numbers (1, 2, 3...) have been seen. */
export class SeqDeduper {
  /** Every seq <= floor counts as seen. */
  private floor = 0;
  private highest = 0;
  private readonly seenAbove = new Set<number>();

  constructor(private readonly window = defaults.seqWindow) {}

  /** True the first time `seq` is offered, false for a repeat (or a seq older than the window). */
  firstTime(seq: number): boolean {
    if (seq <= this.floor || this.seenAbove.has(seq)) return false;
    if (seq > this.highest) this.highest = seq;
    if (seq === this.floor + 1) {
      this.floor = seq;
      while (this.seenAbove.delete(this.floor + 1)) this.floor++;
    } else {
      this.seenAbove.add(seq);
      if (this.seenAbove.size > this.window) this.forgetOldGaps();
    }
    return true;
  }

  /** The highest seq seen so far. */
  get max(): number {
    return this.highest;
  }

  // Gives up on gaps older than half a window: they are messages lost on the way.
  private forgetOldGaps(): void {
    this.floor = Math.max(this.floor, this.highest - Math.floor(this.window / 2));
    for (const seq of this.seenAbove) if (seq <= this.floor) this.seenAbove.delete(seq);
    while (this.seenAbove.delete(this.floor + 1)) this.floor++;
  }
}

/** Keys seen within at least the last `windowSeconds` (two rotating generations). */
export class RecentKeys {
  private current = new Set<string>();
  private previous = new Set<string>();
  private currentStartedAt = 0;

  constructor(private readonly windowSeconds: number) {
    if (!(windowSeconds > 0)) throw new RangeError(`RecentKeys: windowSeconds must be > 0, got ${windowSeconds}`);
  }

  /** True the first time `key` is offered within the window, false for a repeat. */
  firstTime(key: string, nowSeconds: number): boolean {
    if (nowSeconds - this.currentStartedAt >= this.windowSeconds) {
      this.previous = this.current;
      this.current = new Set();
      this.currentStartedAt = nowSeconds;
    }
    if (this.current.has(key) || this.previous.has(key)) return false;
    this.current.add(key);
    return true;
  }
}
