import { describe, expect, it } from 'vitest';
import { TimeWeighted } from '../../../sim/stats/time-weighted.js';

describe('TimeWeighted', () => {
  it('averages a hand-computed step function', () => {
    // Value 0 on [0, 2), 3 on [2, 5), 1 on [5, 10), 4 from 10: integral to 12 is 0 + 9 + 5 + 8 = 22.
    const level = new TimeWeighted();
    level.update(3, 2);
    level.update(1, 5);
    level.update(4, 10);
    expect(level.integral(12)).toBe(22);
    expect(level.mean(12)).toBeCloseTo(22 / 12, 15);
    expect(level.mean(10)).toBeCloseTo(14 / 10, 15);
    expect(level.value).toBe(4);
    expect(level.max).toBe(4);
    expect(level.min).toBe(0);
  });

  it('add() moves the level by a delta, as for a queue length', () => {
    // Queue 1 on [1, 3), 2 on [3, 4), 1 on [4, 8), 0 after: integral to 10 is 2 + 2 + 4 = 8.
    const queue = new TimeWeighted();
    queue.add(1, 1);
    queue.add(1, 3);
    queue.add(-1, 4);
    queue.add(-1, 8);
    expect(queue.mean(10)).toBeCloseTo(0.8, 15);
    expect(queue.max).toBe(2);
  });

  it('honours an initial value and a start time', () => {
    // 5 on [100, 110), 1 on [110, 120): mean (50 + 10) / 20 = 3.
    const level = new TimeWeighted({ initialValue: 5, startTime: 100 });
    level.update(1, 110);
    expect(level.mean(120)).toBeCloseTo(3, 15);
    // No time has passed: the mean is the value itself.
    expect(new TimeWeighted({ initialValue: 5, startTime: 100 }).mean(100)).toBe(5);
  });

  it('counts several updates at the same instant only by the last', () => {
    const level = new TimeWeighted();
    level.update(7, 2);
    level.update(2, 2);
    expect(level.integral(4)).toBe(4);
    expect(level.max).toBe(7);
  });

  it('rejects time going backwards and non-finite values, naming them', () => {
    const level = new TimeWeighted();
    level.update(1, 5);
    expect(() => level.update(2, 4)).toThrowError(RangeError);
    expect(() => level.update(2, 4)).toThrowError('TimeWeighted.update: now must be finite and >= the last update time 5, got 4');
    expect(() => level.mean(3)).toThrowError('got 3');
    expect(() => level.update(NaN, 6)).toThrowError('TimeWeighted.update: value must be finite, got NaN');
  });
});
