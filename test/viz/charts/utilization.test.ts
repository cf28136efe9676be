import { describe, expect, it } from 'vitest';
import { utilizationChart, utilizationRows } from '../../../viz/charts/utilization.js';
import { smallRun } from '../support/fixtures.js';
import { snapshotOf } from '../support/snapshot-svg.js';

describe('utilizationChart', () => {
  it('pairs each utilisation sample with its time in hours', () => {
    const rows = utilizationRows(smallRun().visuals);
    expect(rows).toHaveLength(25);
    expect(rows[11]).toEqual({ time: 11, utilization: 0.25, warehouse: 'east' });
  });

  it('matches the snapshot of one warehouse over a day', async () => {
    const { markup, extension } = snapshotOf(utilizationChart(smallRun().visuals));
    await expect(markup).toMatchFileSnapshot(`../snapshots/utilization.${extension}`);
  });
});
