// A map from integer ids to objects for the OMS's open fulfilments: thousands in flight, one added
// and one removed per parcel. A Map of that size reallocates its table again and again as entries
// come and go; this one is an open-addressing table in a typed array that only grows, removes by
// shifting later entries back (no tombstones).

const defaults = {
  initialCapacity: 1024,
  /** Grow (double) when more than this share of the slots is used. */
  loadMax: 0.5,
};

/** Integer id -> value; values must not be undefined. */
export class IdMap<T> {
  private keys: Float64Array;
  private values: (T | undefined)[];
  private mask: number;
  private count = 0;

  constructor() {
    this.keys = new Float64Array(defaults.initialCapacity);
    this.values = emptySlots<T>(defaults.initialCapacity);
    this.mask = defaults.initialCapacity - 1;
  }

  /** Number of entries. */
  get size(): number {
    return this.count;
  }

  /** The value of `id`, or undefined. */
  get(id: number): T | undefined {
    const slot = this.find(id);
    return slot < 0 ? undefined : this.values[slot];
  }

  /** Sets the value of `id` (replacing any). */
  set(id: number, value: T): void {
    if (value === undefined) throw new RangeError(`IdMap.set: the value of id ${id} must not be undefined`);
    let slot = hash(id) & this.mask;
    while (this.values[slot] !== undefined) {
      if (this.keys[slot] === id) {
        this.values[slot] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = id;
    this.values[slot] = value;
    this.count++;
    if (this.count > (this.mask + 1) * defaults.loadMax) this.grow();
  }

  /** Removes `id` and returns its value (undefined when absent). */
  take(id: number): T | undefined {
    let hole = this.find(id);
    if (hole < 0) return undefined;
    const value = this.values[hole];
    const keys = this.keys;
    const values = this.values;
    const mask = this.mask;
    // Shift back every later entry of the run that may not sit past the hole (its home slot is not
    // cyclically within (hole, slot]), so lookups never meet a gap before their entry.
    for (let slot = (hole + 1) & mask; values[slot] !== undefined; slot = (slot + 1) & mask) {
      const home = hash(keys[slot]!) & mask;
      const stays = hole <= slot ? hole < home && home <= slot : hole < home || home <= slot;
      if (stays) continue;
      keys[hole] = keys[slot]!;
      values[hole] = values[slot];
      hole = slot;
    }
    values[hole] = undefined;
    this.count--;
    return value;
  }

  private find(id: number): number {
    for (let slot = hash(id) & this.mask; this.values[slot] !== undefined; slot = (slot + 1) & this.mask) {
      if (this.keys[slot] === id) return slot;
    }
    return -1;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const capacity = oldKeys.length * 2;
    this.keys = new Float64Array(capacity);
    this.values = emptySlots<T>(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const value = oldValues[i];
      if (value === undefined) continue;
      let slot = hash(oldKeys[i]!) & this.mask;
      while (this.values[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = oldKeys[i]!;
      this.values[slot] = value;
    }
  }
}

// Built by push: a large `new Array(n)` would deoptimize the caller.
function emptySlots<T>(n: number): (T | undefined)[] {
  const slots: (T | undefined)[] = [];
  for (let i = 0; i < n; i++) slots.push(undefined);
  return slots;
}

// Fibonacci hashing of both 32-bit halves: ids issued in sequence sit in one unbroken run of slots
// under an identity-like hash, and removing from the middle of a run walks to its end, so they
// are scattered instead.
function hash(id: number): number {
  const mixed = Math.imul((id | 0) ^ Math.imul((id / 4_294_967_296) | 0, 0x85ebca6b), 0x9e3779b1);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}
