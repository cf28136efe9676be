import { describe, expect, it } from 'vitest';
import { pairedComparison } from '../../../viz/twin/paired.js';

const run = (seed: number, metrics: Record<string, number>) => ({ seed, metrics });

describe('pairedComparison', () => {
  it('gives the mean paired difference B - A and its t-interval', () => {
    const a = [run(1, { x: 1 }), run(2, { x: 2 }), run(3, { x: 3 })];
    const b = [run(1, { x: 2 }), run(2, { x: 4 }), run(3, { x: 6 })];
    const [row] = pairedComparison(a, b);
    // differences 1, 2, 3: mean 2, sd 1, half-width t(0.975, 2) / sqrt(3) = 4.302653 / 1.732051
    expect(row).toMatchObject({ metric: 'x', meanA: 2, meanB: 4, difference: 2, n: 3 });
    expect(row!.halfWidth).toBeCloseTo(2.484138, 5);
    expect(row!.low).toBeCloseTo(2 - 2.484138, 5);
  });

  it('has no interval with one seed', () => {
    expect(pairedComparison([run(1, { x: 5 })], [run(1, { x: 3 })])[0]).toMatchObject({ difference: -2, halfWidth: null, n: 1 });
  });

  it('refuses runs that are not paired by seed, naming the seeds', () => {
    expect(() => pairedComparison([run(1, { x: 1 })], [run(2, { x: 1 })])).toThrow('seed 1 against seed 2');
    expect(() => pairedComparison([], [])).toThrow('got 0 and 0');
  });
});
