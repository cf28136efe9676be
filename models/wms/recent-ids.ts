// Idempotency for receivers: remembers ids seen recently so a duplicated message is applied once.
// Duplicates arrive within a link's latency and jitter of the original, so ids from the current and
// the previous window of `windowSeconds` are enough, and memory grows with the message rate, not with
// history.
//
// Layout, for speed (every order passes here): an open-addressing hash table in typed arrays holding
// each id with the window it was first seen in (window k covers [k w, (k + 1) w)). An id counts as
// seen while its window is the current or the previous one; older entries are dead and their slots
// are reused, and the table is rebuilt from the live entries when it fills up.

const defaults = {
  initialCapacity: 1024,
  /** Rebuild when more than this share of the slots has ever been used (live or dead). */
  loadMax: 0.5,
};

// Marks a slot never used: lookups stop there.
const EMPTY = -Infinity;

/** Ids seen in the current or the previous window. */
export class RecentIds {
  private keys: Float64Array;
  private windows: Float64Array;
  private mask: number;
  private used = 0;
  /** Window index of the latest call. */
  private window = 0;

  constructor(private readonly windowSeconds: number) {
    if (!(windowSeconds > 0 && windowSeconds < Infinity)) throw new RangeError(`RecentIds: windowSeconds must be > 0 and finite, got ${windowSeconds}`);
    this.keys = new Float64Array(defaults.initialCapacity);
    this.windows = new Float64Array(defaults.initialCapacity).fill(EMPTY);
    this.mask = defaults.initialCapacity - 1;
  }

  /** True the first time `id` is offered (at time `now`), false for a repeat within the window. */
  firstSeen(id: number, now: number): boolean {
    const current = Math.floor(now / this.windowSeconds);
    this.window = current;
    const keys = this.keys;
    const windows = this.windows;
    const mask = this.mask;
    let free = -1;
    for (let slot = hash(id) & mask; ; slot = (slot + 1) & mask) {
      const seenIn = windows[slot]!;
      if (seenIn === EMPTY) {
        if (free < 0) free = slot;
        break;
      }
      const live = seenIn >= current - 1;
      if (keys[slot] === id) {
        if (live) return false;
        free = slot;
        break;
      }
      if (!live && free < 0) free = slot;
    }
    if (windows[free] === EMPTY) this.used++;
    keys[free] = id;
    windows[free] = current;
    if (this.used > (mask + 1) * defaults.loadMax) this.rebuild();
    return true;
  }

  /** Ids held as seen as of the latest call (for memory checks). */
  get size(): number {
    let live = 0;
    for (let slot = 0; slot <= this.mask; slot++) if (this.windows[slot]! >= this.window - 1) live++;
    return live;
  }

  // Re-inserts the live entries into a table sized for them (dead ones are dropped).
  private rebuild(): void {
    const live = this.size;
    let capacity = defaults.initialCapacity;
    while (capacity * defaults.loadMax < live * 2) capacity *= 2;
    const oldKeys = this.keys;
    const oldWindows = this.windows;
    this.keys = new Float64Array(capacity);
    this.windows = new Float64Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    this.used = 0;
    for (let slot = 0; slot < oldKeys.length; slot++) {
      const seenIn = oldWindows[slot]!;
      if (seenIn < this.window - 1) continue;
      const id = oldKeys[slot]!;
      let at = hash(id) & this.mask;
      while (this.windows[at] !== EMPTY) at = (at + 1) & this.mask;
      this.keys[at] = id;
      this.windows[at] = seenIn;
      this.used++;
    }
  }
}

// Mostly the id's own low bits: ids arrive in rising runs, so neighbouring ids land in neighbouring
// slots (lookups stay in cache) and a table twice the span of the live ids holds them without
// collisions. The higher bits folded in keep ids with a power-of-two stride from piling up.
function hash(id: number): number {
  const low = id | 0;
  return low ^ (low >>> 12) ^ ((id / 4_294_967_296) | 0);
}
