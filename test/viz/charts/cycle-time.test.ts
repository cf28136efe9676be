import { describe, expect, it } from 'vitest';
import { cycleTimeBars, cycleTimeChart } from '../../../viz/charts/cycle-time.js';
import { smallRun } from '../support/fixtures.js';
import { snapshotOf } from '../support/snapshot-svg.js';

describe('cycleTimeChart', () => {
  it('turns counts into hour-wide bars up to the last non-empty bin', () => {
    const bars = cycleTimeBars({ binSeconds: 1_800, counts: [0, 2, 0, 1, 0, 0] });
    expect(bars).toEqual([
      { fromHours: 0, toHours: 0.5, count: 0 },
      { fromHours: 0.5, toHours: 1, count: 2 },
      { fromHours: 1, toHours: 1.5, count: 0 },
      { fromHours: 1.5, toHours: 2, count: 1 },
    ]);
  });

  it('rejects a bin width that is not positive, naming it', () => {
    expect(() => cycleTimeBars({ binSeconds: 0, counts: [1] })).toThrow('got 0');
  });

  it('matches the snapshot of three shipped orders', async () => {
    const { markup, extension } = snapshotOf(cycleTimeChart(smallRun().visuals));
    await expect(markup).toMatchFileSnapshot(`../snapshots/cycle-time.${extension}`);
  });

  it('matches the snapshot of a run that shipped nothing', async () => {
    const { visuals } = smallRun();
    visuals.cycleTimeHistogram.counts.fill(0);
    const { markup, extension } = snapshotOf(cycleTimeChart(visuals));
    expect(markup).toContain('no order shipped in this run');
    await expect(markup).toMatchFileSnapshot(`../snapshots/cycle-time-empty.${extension}`);
  });
});
