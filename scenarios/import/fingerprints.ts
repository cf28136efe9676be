// Exact-duplicate detection for imported rows in flat, compact memory: each row becomes a 64-bit
// fingerprint (two 32-bit halves of a cyrb53-style mix), kept in an open-addressing table of
// 32-bit words. A million rows take 16 MB; a JavaScript Set of numbers takes several times that
// and makes the collector walk it. Two different rows share a fingerprint with probability about
// n^2 / 2^65 (3e-8 for a million rows).

import { nextPowerOfTwo } from './columns.js';

const defaults = { initialSlots: 1 << 16 };

/** The 64-bit fingerprint of a row's fields, as [high, low] 32-bit halves. */
export function rowFingerprint(fields: readonly string[], out: Uint32Array): Uint32Array {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let f = 0; f < fields.length; f++) {
    const s = fields[f]!;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    // A separator, so ["ab", "c"] and ["a", "bc"] differ.
    h1 = Math.imul(h1 ^ 0x1f, 2654435761);
    h2 = Math.imul(h2 ^ 0x1f, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[0] = h1 >>> 0;
  out[1] = h2 >>> 0;
  return out;
}

/** A set of 64-bit fingerprints (open addressing, linear probing, at most half full). */
export class FingerprintSet {
  private slots: Uint32Array;
  private count = 0;

  /** `expected`: how many fingerprints to make room for at first (it grows beyond). */
  constructor(expected = 0) {
    this.slots = new Uint32Array(Math.max(defaults.initialSlots, nextPowerOfTwo(2 * expected + 2)) * 2);
  }

  /** Number of fingerprints held. */
  get size(): number {
    return this.count;
  }

  /** Adds the fingerprint; false when it was already there. */
  add(high: number, low: number): boolean {
    // (0, 0) marks an empty slot, so that one fingerprint is stored as (0, 1).
    if (high === 0 && low === 0) low = 1;
    if ((this.count + 1) * 2 > this.slots.length / 2) this.grow();
    const added = insert(this.slots, high, low);
    if (added) this.count++;
    return added;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0 || old[i + 1] !== 0) insert(this.slots, old[i]!, old[i + 1]!);
  }
}

function insert(slots: Uint32Array, high: number, low: number): boolean {
  const mask = slots.length / 2 - 1;
  for (let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
    const at = slot * 2;
    const h = slots[at]!;
    const l = slots[at + 1]!;
    if (h === 0 && l === 0) {
      slots[at] = high;
      slots[at + 1] = low;
      return true;
    }
    if (h === high && l === low) return false;
  }
}
