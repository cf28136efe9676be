// RecentIds against a plain model of its contract: two generations of sets, rotated when a call
// falls in a later window (the previous generation emptied when a whole window was skipped).
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { RecentIds } from '../../../models/wms/recent-ids.js';

class TwoGenerations {
  private current = new Set<number>();
  private previous = new Set<number>();
  private window = 0;

  constructor(private readonly windowSeconds: number) {}

  firstSeen(id: number, now: number): boolean {
    const window = Math.floor(now / this.windowSeconds);
    if (window > this.window) {
      this.previous = window === this.window + 1 ? this.current : new Set();
      this.current = new Set();
      this.window = window;
    }
    if (this.current.has(id) || this.previous.has(id)) return false;
    this.current.add(id);
    return true;
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}

describe('RecentIds', () => {
  it('says true once per id within a window and the next, and forgets after that', () => {
    const ids = new RecentIds(100);
    expect(ids.firstSeen(7, 0)).toBe(true);
    expect(ids.firstSeen(7, 99)).toBe(false);
    expect(ids.firstSeen(7, 199)).toBe(false);
    expect(ids.firstSeen(7, 200)).toBe(true);
    expect(ids.firstSeen(8, 250)).toBe(true);
    expect(ids.firstSeen(8, 500)).toBe(true);
  });

  it.each([
    { label: 'dense rising ids, many per window', idsMax: 1e9, spread: 50, perWindow: 3000 },
    { label: 'few ids drawn again and again', idsMax: 300, spread: 300, perWindow: 200 },
    { label: 'large ids beyond 32 bits', idsMax: 2 ** 50, spread: 2 ** 40, perWindow: 500 },
  ])('agrees with two rotating sets on a random stream: $label', ({ idsMax, spread, perWindow }) => {
    const rng = seedrandom(`recent-ids/${idsMax}/${spread}`);
    const windowSeconds = 1000;
    const fast = new RecentIds(windowSeconds);
    const model = new TwoGenerations(windowSeconds);
    let now = 0;
    let base = 0;
    let firstDisagreement = '';
    for (let i = 0; i < 40_000; i++) {
      // Mostly rising ids with duplicates close behind, and now and then a quiet spell of windows.
      now += rng() < 0.001 ? windowSeconds * (1 + Math.floor(rng() * 3)) : windowSeconds / perWindow;
      base = Math.min(idsMax - spread, base + (rng() < 0.5 ? 1 : 0));
      const id = base + Math.floor(rng() * spread);
      if (fast.firstSeen(id, now) !== model.firstSeen(id, now) && firstDisagreement === '') firstDisagreement = `call ${i}: id ${id} at ${now}`;
    }
    expect(firstDisagreement).toBe('');
    expect(fast.size).toBe(model.size);
  });
});
