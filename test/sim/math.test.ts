// The portable logarithm, exponential and power: near the true values (references computed to 80
// digits elsewhere and rounded to the nearest double), exact at their special points, and close to
// the engine's own Math functions over a million inputs each.
import { describe, expect, it } from 'vitest';
import { exp, ln, ln1p, pow } from '../../sim/math.js';

/** Distance in units in the last place between two finite doubles of the same sign. */
function ulps(a: number, b: number): number {
  const bits = new BigInt64Array(new Float64Array([a, b]).buffer);
  const d = bits[0]! - bits[1]!;
  return Number(d < 0n ? -d : d);
}

// [input, the correctly rounded true value]
const references: Record<'ln' | 'exp' | 'ln1p', Array<[number, number]>> = {
  ln: [
    [10, 2.302585092994046], [0.1, -2.3025850929940455], [1e-300, -690.7755278982137], [1.5, 0.4054651081081644],
    [0.7071067811865476, -0.3465735902799726], [123456.789, 11.723646487185881], [5e-324, -744.4400719213812],
    [1.7976931348623157e308, 709.782712893384],
  ],
  exp: [
    [10, 22026.465794806718], [-10, 4.5399929762484854e-5], [0.5, 1.6487212707001282], [-0.5, 0.6065306597126334],
    [700, 1.0142320547350045e304], [-700, 9.85967654375977e-305], [1e-10, 1.0000000001], [88.72283905206835, 3.4028234663852844e38],
  ],
  ln1p: [[1e-10, 9.999999999500001e-11], [-1e-10, -1.00000000005e-10], [0.5, 0.4054651081081644], [-0.5, -0.6931471805599453], [3, 1.3862943611198906]],
};
const functions = { ln, exp, ln1p };

describe('portable math', () => {
  for (const [name, cases] of Object.entries(references)) {
    it(`${name} is within one unit in the last place of the true value`, () => {
      for (const [x, truth] of cases) expect(ulps(functions[name as keyof typeof functions](x), truth), `${name}(${x})`).toBeLessThanOrEqual(1);
    });
  }

  it('pow is within a few units in the last place for moderate exponents', () => {
    const cases: Array<[number, number, number]> = [[5000, -1.07, 0.00011017982934280715], [2, 0.5, 1.4142135623730951], [0.37, 3.5, 0.03081101704471957], [10, -2, 0.01]];
    for (const [x, y, truth] of cases) expect(ulps(pow(x, y), truth), `pow(${x}, ${y})`).toBeLessThanOrEqual(4);
  });

  it('is exact at the special points', () => {
    expect(ln(1)).toBe(0);
    expect(exp(0)).toBe(1);
    expect(ln(2)).toBe(Math.LN2);
    expect(ln(8)).toBe(3 * Math.LN2);
    expect(ln(0)).toBe(-Infinity);
    expect(ln(Infinity)).toBe(Infinity);
    expect(ln(-1)).toBeNaN();
    expect(ln(NaN)).toBeNaN();
    expect(exp(-Infinity)).toBe(0);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(NaN)).toBeNaN();
    expect(ln1p(-1)).toBe(-Infinity);
    expect(ln1p(-2)).toBeNaN();
    expect(ln1p(1e-300)).toBe(1e-300);
    expect(pow(7, 0)).toBe(1);
    expect(pow(1, 1e9)).toBe(1);
    expect(pow(0, 2)).toBe(0);
    expect(pow(0, -1)).toBe(Infinity);
    expect(pow(2, 10)).toBe(1024);
    expect(() => pow(-2, 2)).toThrow(/base must be >= 0, got -2/);
  });

  it('reaches subnormal results and inputs', () => {
    expect(ulps(exp(-740), 4.2e-322)).toBeLessThanOrEqual(1);
    expect(exp(-740)).toBeGreaterThan(0);
    expect(ulps(ln(1e-310), -713.8013788281542)).toBeLessThanOrEqual(1);
  });

  it('stays within two units in the last place of the engine Math functions over a million inputs each', () => {
    let state = 7;
    const uniform = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    let worst = { ln: 0, exp: 0, ln1p: 0 };
    for (let i = 0; i < 1_000_000; i++) {
      const x = Math.exp((uniform() - 0.5) * 1400);
      const y = (uniform() - 0.5) * 1400;
      const z = (uniform() - 0.5) * 2;
      worst = { ln: Math.max(worst.ln, ulps(ln(x), Math.log(x))), exp: Math.max(worst.exp, ulps(exp(y), Math.exp(y))), ln1p: Math.max(worst.ln1p, ulps(ln1p(z), Math.log1p(z))) };
    }
    expect(worst.ln).toBeLessThanOrEqual(2);
    expect(worst.exp).toBeLessThanOrEqual(2);
    expect(worst.ln1p).toBeLessThanOrEqual(2);
  });
});
