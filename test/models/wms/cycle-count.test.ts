import { describe, expect, it } from 'vitest';
import { RandomStreams, Simulation } from '../../../sim/index.js';
import { CycleCounter, abcClasses } from '../../../models/wms/cycle-count.js';

function zipf(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => 1 / (i + 1));
}

describe('abcClasses', () => {
  it('splits the popularity ranking 20 / 30 / 50 per cent, most popular first', () => {
    const popularity = Float64Array.from([0.05, 0.3, 0.1, 0.2, 0.02, 0.15, 0.08, 0.04, 0.03, 0.03]);
    const [a, b, c] = abcClasses(popularity);
    expect([...a!]).toEqual([1, 3]);
    expect([...b!]).toEqual([5, 2, 6]);
    expect([...c!]).toEqual([0, 7, 8, 9, 4]);
  });
});

describe('CycleCounter', () => {
  it('counts binsPerDay bins a day at even intervals', () => {
    const sim = new Simulation();
    const times: number[] = [];
    const counter = new CycleCounter(sim, { binsPerDay: 4, method: 'random' }, zipf(10), new RandomStreams(1).stream('cc'), () => times.push(sim.now));
    counter.start();
    sim.run({ until: 86_400 + 1 });
    expect(times).toEqual([21_600, 43_200, 64_800, 86_400]);
  });

  it('does nothing with binsPerDay 0', () => {
    const sim = new Simulation();
    let counts = 0;
    new CycleCounter(sim, { binsPerDay: 0, method: 'abc' }, zipf(10), new RandomStreams(1).stream('cc'), () => counts++).start();
    sim.run({ until: 10 * 86_400 });
    expect(counts).toBe(0);
  });

  it('ABC counts each A item about 4 times and each B item about twice as often as a C item', () => {
    // 100 SKUs: 20 A (weight 4), 30 B (weight 2), 50 C (weight 1); class shares 80/190, 60/190, 50/190.
    const sim = new Simulation();
    const n = 40_000;
    const perSku = new Int32Array(100);
    const counter = new CycleCounter(sim, { binsPerDay: 1, method: 'abc' }, zipf(100), new RandomStreams(3).stream('cc'), () => {});
    for (let i = 0; i < n; i++) perSku[counter.nextSku()]!++;
    const classTotal = (from: number, to: number) => perSku.slice(from, to).reduce((x, y) => x + y, 0);
    const shares = [classTotal(0, 20) / n, classTotal(20, 50) / n, classTotal(50, 100) / n];
    const expected = [80 / 190, 60 / 190, 50 / 190];
    shares.forEach((share, k) => {
      const se = Math.sqrt((expected[k]! * (1 - expected[k]!)) / n);
      expect(Math.abs(share - expected[k]!)).toBeLessThan(5 * se);
    });
    // Round robin within a class: counts of two items of one class differ by at most one.
    const a = perSku.slice(0, 20);
    expect(Math.max(...a) - Math.min(...a)).toBeLessThanOrEqual(1);
  });

  it('random counting draws every SKU with equal probability', () => {
    const sim = new Simulation();
    const n = 50_000;
    const perSku = new Int32Array(10);
    const counter = new CycleCounter(sim, { binsPerDay: 1, method: 'random' }, zipf(10), new RandomStreams(5).stream('cc'), () => {});
    for (let i = 0; i < n; i++) perSku[counter.nextSku()]!++;
    const se = Math.sqrt((0.1 * 0.9) / n);
    for (const count of perSku) expect(Math.abs(count / n - 0.1)).toBeLessThan(5 * se);
  });

  it('rejects a bad method or rate naming the value', () => {
    const random = new RandomStreams(1).stream('cc');
    expect(() => new CycleCounter(new Simulation(), { binsPerDay: -1, method: 'abc' }, zipf(3), random, () => {})).toThrow(/binsPerDay must be >= 0 and finite, got -1/);
    expect(() => new CycleCounter(new Simulation(), { binsPerDay: 1, method: 'xyz' as 'abc' }, zipf(3), random, () => {})).toThrow(/method must be random or abc, got "xyz"/);
  });
});
