import { describe, expect, it } from 'vitest';
import { FingerprintSet, rowFingerprint } from '../../../scenarios/import/fingerprints.js';

describe('row fingerprints', () => {
  it('tell rows apart by field boundaries and content, and equal rows alike', () => {
    const a = [...rowFingerprint(['ab', 'c'], new Uint32Array(2))];
    const b = [...rowFingerprint(['a', 'bc'], new Uint32Array(2))];
    const c = [...rowFingerprint(['ab', 'c'], new Uint32Array(2))];
    expect(a).not.toEqual(b);
    expect(a).toEqual(c);
  });

  it('a set holds each fingerprint once, through many growths, against a Set of strings', () => {
    const set = new FingerprintSet();
    const reference = new Set<string>();
    let state = 12345;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < 300_000; i++) {
      // Small ranges force repeats, so both outcomes of add are exercised.
      const high = (next() >>> 12) % 700;
      const low = (next() >>> 12) % 900;
      const key = `${high}/${low === 0 && high === 0 ? 1 : low}`;
      expect(set.add(high, low)).toBe(!reference.has(key));
      reference.add(key);
    }
    expect(set.size).toBe(reference.size);
    expect(set.size).toBeGreaterThan(200_000);
  });

  it('stores the all-zero fingerprint (the empty-slot mark) as (0, 1)', () => {
    const set = new FingerprintSet();
    expect(set.add(0, 0)).toBe(true);
    expect(set.add(0, 1)).toBe(false);
    expect(set.add(0, 0)).toBe(false);
    expect(set.size).toBe(1);
  });
});
