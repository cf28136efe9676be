// A small, fast, portable 64-bit streaming hash (two 32-bit FNV-1a style lanes with a final mix).
// Used for trace and result fingerprints; not for security.

/** Incremental string hasher; the same input in the same order gives the same digest everywhere. */
export class Hasher {
  private h1 = 0x811c9dc5 | 0;
  private h2 = 0x01000193 ^ 0x5bd1e995;

  /** Feeds a string (code units, plus a separator so ["ab","c"] differs from ["a","bc"]). */
  update(text: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
    h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  /** 16 hex digits. */
  digest(): string {
    let a = this.h1 ^ (this.h2 >>> 16);
    let b = this.h2 ^ (this.h1 >>> 13);
    a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
    b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
    a ^= a >>> 13;
    b ^= b >>> 16;
    return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
  }
}

/** Hash of one string. */
export function hashString(text: string): string {
  return new Hasher().update(text).digest();
}
