import { describe, expect, it } from 'vitest';
import { Counter } from '../../../sim/stats/counter.js';

describe('Counter', () => {
  it('starts at 0, adds 1 by default and n when given', () => {
    const counter = new Counter();
    expect(counter.value).toBe(0);
    counter.add();
    counter.add();
    expect(counter.add(5)).toBe(7);
    expect(counter.value).toBe(7);
  });

  it('reset() returns to 0', () => {
    const counter = new Counter();
    counter.add(3);
    counter.reset();
    expect(counter.value).toBe(0);
  });

  it('rejects a non-finite increment, naming it', () => {
    const counter = new Counter();
    expect(() => counter.add(NaN)).toThrowError(RangeError);
    expect(() => counter.add(Infinity)).toThrowError('Counter.add: n must be a finite number, got Infinity');
  });
});
