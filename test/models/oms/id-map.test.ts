// IdMap against a plain Map on random streams of sets and removals.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { IdMap } from '../../../models/oms/id-map.js';

describe('IdMap', () => {
  it('gets, replaces and takes like a Map', () => {
    const map = new IdMap<string>();
    map.set(3, 'a');
    map.set(3, 'b');
    expect(map.get(3)).toBe('b');
    expect(map.size).toBe(1);
    expect(map.take(3)).toBe('b');
    expect(map.take(3)).toBeUndefined();
    expect(map.get(4)).toBeUndefined();
    expect(map.size).toBe(0);
    expect(() => map.set(1, undefined as unknown as string)).toThrow(/id 1/);
  });

  it.each([
    { label: 'ids issued in sequence, removed out of order', spread: 2_000, stride: 1 },
    { label: 'ids with a power-of-two stride', spread: 500, stride: 4096 },
    { label: 'ids beyond 32 bits', spread: 3_000, stride: 2 ** 33 + 1 },
  ])('agrees with a Map: $label', ({ spread, stride }) => {
    const rng = seedrandom(`id-map/${stride}`);
    const fast = new IdMap<number>();
    const model = new Map<number, number>();
    let next = 0;
    let firstDisagreement = '';
    for (let i = 0; i < 60_000; i++) {
      const r = rng();
      let id: number;
      if (r < 0.45) {
        id = next++ * stride;
        fast.set(id, i);
        model.set(id, i);
      } else {
        // Mostly a recent id, now and then one long gone or never issued.
        id = Math.max(0, next - 1 - Math.floor(rng() * spread)) * stride;
        const expected = model.get(id);
        let agree: boolean;
        if (r < 0.9) {
          model.delete(id);
          agree = fast.take(id) === expected;
        } else agree = fast.get(id) === expected;
        if (!agree && firstDisagreement === '') firstDisagreement = `step ${i}: id ${id}`;
      }
      if (fast.size !== model.size && firstDisagreement === '') firstDisagreement = `step ${i}: size ${fast.size} vs ${model.size}`;
    }
    expect(firstDisagreement).toBe('');
    for (const [id, value] of model) expect(fast.get(id)).toBe(value);
  });
});
