import { describe, expect, it } from 'vitest';
import { mulDivRoundHalfUp } from '../../../../models/erp/valuation/rounding.js';

describe('mulDivRoundHalfUp()', () => {
  it('rounds to the nearest integer with halves up', () => {
    expect(mulDivRoundHalfUp(4, 1, 3)).toBe(1); // 1.33
    expect(mulDivRoundHalfUp(5, 1, 3)).toBe(2); // 1.67
    expect(mulDivRoundHalfUp(5, 1, 2)).toBe(3); // 2.5
    expect(mulDivRoundHalfUp(7, 3, 2)).toBe(11); // 10.5
    expect(mulDivRoundHalfUp(0, 9, 7)).toBe(0);
    expect(mulDivRoundHalfUp(12, 5, 6)).toBe(10);
  });

  it('stays exact past 2^53, including a half', () => {
    const max = Number.MAX_SAFE_INTEGER; // 2^53 - 1 = 9007199254740991
    expect(mulDivRoundHalfUp(max, 2, 2)).toBe(max);
    expect(mulDivRoundHalfUp(max, 3, 6)).toBe(4503599627370496); // 4503599627370495.5
    expect(mulDivRoundHalfUp(9e15, 1000, 3000)).toBe(3e15);
  });

  it('is exact near the top of the safe range without BigInt', () => {
    // 9007199254740990 / 3 = 3002399751580330 exactly; / 7 = 1286742750677284.28...
    expect(mulDivRoundHalfUp(9007199254740990, 1, 3)).toBe(3002399751580330);
    expect(mulDivRoundHalfUp(9007199254740990, 1, 7)).toBe(1286742750677284);
  });
});
