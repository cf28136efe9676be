import { describe, expect, it } from 'vitest';
import { floorCells, floorMapChart, sampleRoutePaths } from '../../../viz/charts/floor-map.js';
import { smallRun } from '../support/fixtures.js';
import { snapshotOf } from '../support/snapshot-svg.js';

describe('floorMapChart', () => {
  it('merges bins at one position and sums shelf units and record error', () => {
    const floor = smallRun().visuals.floors[0]!;
    floor.bins.push({ address: 'A-12-01', sku: '1111', x: 0, y: 17.25, record: 3, physical: 1 });
    const cell = floorCells(floor).find((c) => c.x === 0 && c.y === 17.25)!;
    expect(cell).toEqual({ x: 0, y: 17.25, physical: 85, error: 2, bins: 'A-12-03 A-12-01' });
  });

  it('labels each sample route with its policy and length', () => {
    const paths = sampleRoutePaths(smallRun().visuals.floors[0]!);
    expect(paths.map((p) => p.label.split(' ')[0])).toEqual(['s-shape', 'return', 'midpoint', 'largest-gap', 'combined', 'optimal']);
  });

  it('rejects an unknown colouring, naming it', () => {
    expect(() => floorMapChart(smallRun().visuals.floors[0]!, { colorBy: 'heat' as never })).toThrow('invalid floor colouring: "heat"');
  });

  it('matches the snapshot of stock with every policy walking the same picks', async () => {
    const floor = smallRun().visuals.floors[0]!;
    const { markup, extension } = snapshotOf(floorMapChart(floor, { colorBy: 'stock', paths: sampleRoutePaths(floor) }));
    await expect(markup).toMatchFileSnapshot(`../snapshots/floor-stock-policies.${extension}`);
  });

  it('matches the snapshot of record error with one round and its walker', async () => {
    const floor = smallRun().visuals.floors[0]!;
    const round = floor.recentRounds[2]!;
    const paths = [{ label: 'round at 15.5 h', points: round.path, walker: round.path[2], trail: floor.recentRounds.slice(0, 2).map((r) => r.path) }];
    const { markup, extension } = snapshotOf(floorMapChart(floor, { colorBy: 'error', paths }));
    await expect(markup).toMatchFileSnapshot(`../snapshots/floor-error-round.${extension}`);
  });
});
