import { describe, expect, it } from 'vitest';
import { fiveNumberRows, fiveNumbersChart, skuSeriesOf } from '../../../viz/charts/five-numbers.js';
import { smallRun } from '../support/fixtures.js';
import { snapshotOf } from '../support/snapshot-svg.js';

describe('fiveNumbersChart', () => {
  it('lays out one row per sample and series, in hours, skipping nothing the run has', () => {
    const { visuals } = smallRun();
    const rows = fiveNumberRows(visuals.times, visuals.skuSeries[0]!);
    // 25 samples x (physical, WMS, OMS, 2 channel views, ERP)
    expect(rows).toHaveLength(25 * 6);
    expect(rows.find((r) => r.series === 'WMS record' && r.time === 17)?.value).toBe(84);
    expect(rows.find((r) => r.series === 'WMS record' && r.time === 16)?.value).toBe(86);
    expect(rows.find((r) => r.series === 'view: shopify' && r.time === 10)?.value).toBe(86);
    expect(rows.find((r) => r.series === 'ERP' && r.time === 18)?.value).toBe(84);
  });

  it('leaves the OMS line out when the run has no OMS', () => {
    const { visuals } = smallRun();
    visuals.skuSeries[0]!.omsAts = null;
    const rows = fiveNumberRows(visuals.times, visuals.skuSeries[0]!);
    expect(rows.some((r) => r.series === 'OMS ATS')).toBe(false);
    expect((fiveNumbersChart(visuals).color as { domain: string[] }).domain).toEqual(['physical (shelf)', 'WMS record', 'view: amazon', 'view: shopify', 'ERP']);
  });

  it('names an unknown SKU and the SKUs it could have been', () => {
    expect(() => skuSeriesOf(smallRun().visuals, '9999')).toThrow('unknown SKU "9999"; the visuals hold 4471, 5020');
  });

  it('matches the snapshot of SKU 4471', async () => {
    const { markup, extension } = snapshotOf(fiveNumbersChart(smallRun().visuals));
    await expect(markup).toMatchFileSnapshot(`../snapshots/five-numbers-4471.${extension}`);
  });

  it('matches the snapshot of SKU 5020, whose shelf and record part after shrinkage', async () => {
    const { markup, extension } = snapshotOf(fiveNumbersChart(smallRun().visuals, { sku: '5020' }));
    await expect(markup).toMatchFileSnapshot(`../snapshots/five-numbers-5020.${extension}`);
  });
});
