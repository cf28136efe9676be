import { describe, expect, it } from 'vitest';
import type { SellerHealthSeries } from '../../../models/visuals.js';
import { loadScenario } from '../../../scenarios/load.js';
import { runScenarioWithVisuals } from '../../../scenarios/run.js';
import { daysAbove, sellerHealthChart, sellerHealthRows } from '../../../viz/charts/index.js';

const series = (channel: string, rates: number[]): SellerHealthSeries => ({
  channel,
  windowDays: 7,
  thresholds: { cancellationRate: 0.025, lateShipmentRate: 0.04, defectRate: 0.01 },
  daily: rates.map((r, i) => ({ day: i + 2, cancellationRate: r, lateShipmentRate: 0, defectRate: r })),
});

describe('seller health chart', () => {
  it('draws one line per channel and names the days above the threshold (strictly above)', () => {
    const amazon = series('amazon', [0, 0.025, 0.03, 0.01]);
    const rows = sellerHealthRows([amazon, series('ebay', [0, 0, 0, 0])], 'cancellationRate');
    expect(rows).toHaveLength(8);
    expect(rows.filter((r) => r.channel === 'amazon').map((r) => r.rate)).toEqual([0, 0.025, 0.03, 0.01]);
    expect(daysAbove(amazon, 'cancellationRate')).toEqual([4]);
    expect(daysAbove(amazon, 'defectRate')).toEqual([3, 4]);
    expect(sellerHealthChart([amazon], 'cancellationRate').marks).toHaveLength(2);
  });

  it('records the article oversell in the run visuals: each channel cancels 1 of its 6 orders, 1 in 6 the next day', () => {
    const { visuals } = runScenarioWithVisuals(loadScenario('seed-oversell'), { visuals: true });
    const health = visuals!.sellerHealth!;
    expect(health.map((h) => h.channel)).toEqual(['amazon', 'shopify']);
    for (const h of health) {
      expect(h.daily).toEqual([{ day: 2, cancellationRate: 1 / 6, lateShipmentRate: 0, defectRate: 1 / 6 }]);
      expect(daysAbove(h, 'cancellationRate')).toEqual([2]);
    }
  });
});
