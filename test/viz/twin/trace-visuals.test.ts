import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../scenarios/load.js';
import { runTwin } from '../../../viz/twin/run-twin.js';
import { shiftSecondsBetween } from '../../../viz/twin/trace-visuals.js';

describe('visuals rebuilt from the trace', () => {
  it('counts shift seconds inside a window, across days and around midnight', () => {
    expect(shiftSecondsBetween(0, 3_600, 0, 24)).toBe(3_600);
    expect(shiftSecondsBetween(7 * 3_600, 10 * 3_600, 8, 17)).toBe(2 * 3_600);
    expect(shiftSecondsBetween(16 * 3_600, 86_400 + 9 * 3_600, 8, 17)).toBe(2 * 3_600);
    expect(shiftSecondsBetween(21 * 3_600, 86_400 + 7 * 3_600, 22, 6)).toBe(8 * 3_600);
    expect(shiftSecondsBetween(5, 5, 8, 17)).toBe(0);
  });

  it('tells the walkthrough: 86 on the shelf until the 17:00 pickup, then 84 everywhere (a sample at T includes events at T)', () => {
    const { visuals, visualsSource } = runTwin(loadScenario('seed-walkthrough'), { visuals: 'trace' });
    expect(visualsSource).toBe('trace');
    expect(visuals.times).toHaveLength(25);
    const s = visuals.skuSeries[0]!;
    expect(s.sku).toBe('4471');
    expect(s.physical[16]).toBe(86);
    expect(s.physical[17]).toBe(84);
    expect(s.wmsRecord[24]).toBe(84);
    expect(s.erp[24]).toBe(84);
    expect(s.channelViews.amazon![9]).toBe(86);
    expect(s.channelViews.amazon![10]).toBe(84); // amazon sold 2 at 10:00
    expect(visuals.cycleTimeHistogram.counts[7]).toBe(1); // accepted 10:00, shipped 17:00
    expect(visuals.floors[0]!.bins[0]).toMatchObject({ address: 'A-12-03', record: 84, physical: 84 });
    expect(visuals.floors[0]!.recentRounds).toHaveLength(1);
  });
});

describe('visuals rebuilt from the trace against the pipeline\'s own', () => {
  it('agree on the end of every series, the histogram and the floors', () => {
    for (const name of ['seed-walkthrough', 'seed-oversell', 'seed-drift']) {
      const config = loadScenario(name);
      const own = runTwin(config);
      const rebuilt = runTwin(config, { visuals: 'trace' });
      expect(own.visualsSource, name).toBe('pipeline');
      const last = (xs: number[] | null) => (xs === null ? null : xs[xs.length - 1]);
      const ends = (v: typeof own.visuals) =>
        v.skuSeries.map((s) => ({ sku: s.sku, physical: last(s.physical), wms: last(s.wmsRecord), oms: last(s.omsAts), erp: last(s.erp), views: Object.values(s.channelViews).map(last) }));
      expect(ends(rebuilt.visuals), name).toEqual(ends(own.visuals));
      expect(rebuilt.visuals.cycleTimeHistogram, name).toEqual(own.visuals.cycleTimeHistogram);
      expect(rebuilt.visuals.floors, name).toEqual(own.visuals.floors);
    }
  });
});
