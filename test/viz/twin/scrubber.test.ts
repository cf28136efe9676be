import { describe, expect, it } from 'vitest';
import { frameAt, pathPrefix, scrubberLength } from '../../../viz/twin/scrubber.js';

const path = [{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 5, y: 10 }]; // 15 m long

describe('floor scrubber', () => {
  it('cuts a path at a share of its length', () => {
    expect(pathPrefix(path, 0.5)).toEqual({ points: [{ x: 0, y: 0 }, { x: 0, y: 7.5 }], walker: { x: 0, y: 7.5 } });
    expect(pathPrefix(path, 0.8).points).toEqual([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 2, y: 10 }]);
    expect(pathPrefix(path, 1).points).toEqual(path);
    expect(pathPrefix(path, 0).walker).toEqual({ x: 0, y: 0 });
  });

  it('maps slider positions to rounds and progress, clamped to the slider', () => {
    const floor = { recentRounds: [10, 20, 30].map((time) => ({ time, policy: 's-shape', length: 15, path })) };
    expect(scrubberLength(3, 4)).toBe(12);
    expect(frameAt(floor, 0, 4)).toEqual({ round: 0, fraction: 0.25, time: 10 });
    expect(frameAt(floor, 5, 4)).toEqual({ round: 1, fraction: 0.5, time: 20 });
    expect(frameAt(floor, 99, 4)).toEqual({ round: 2, fraction: 1, time: 30 });
    expect(frameAt({ recentRounds: [] }, 0)).toBe(null);
  });

  it('rejects an empty path', () => {
    expect(() => pathPrefix([], 0.5)).toThrow('no points');
  });
});
