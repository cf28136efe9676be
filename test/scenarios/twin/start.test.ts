import { describe, expect, it } from 'vitest';
import type { RowProblem } from '../../../scenarios/import/outcomes.js';
import { readSnapshot } from '../../../scenarios/reconcile/index.js';
import { startFromSnapshots } from '../../../scenarios/twin/index.js';

const forecast = {
  $schema: 'x', name: 'shop-forecast', horizonDays: 30, ownership: 'clean',
  catalog: { items: [{ code: 'A', costCents: 100, priceCents: 200 }, { code: 'B', costCents: 100, priceCents: 200 }, { code: 'C', costCents: 100, priceCents: 200 }] },
  warehouses: [{ name: 'main', initialStock: { unitsPerSku: 0, daysOfCover: 0, items: [{ sku: 'A', units: 50 }, { sku: 'B', units: 50 }] } }],
  channels: [{ name: 'web', syncIntervalSeconds: 300 }, { name: 'amazon', syncIntervalSeconds: 900 }],
};
const snapshot = async (side: 'wms' | 'oms' | 'erp', text: string) => {
  const problems: RowProblem[] = [];
  const s = await readSnapshot(side, `${side}.csv`, [text], problems);
  expect(problems).toEqual([]);
  return s;
};

describe('startFromSnapshots', () => {
  it('opens with the floor\'s units, lets the ERP keep its own count where it disagrees, and sets the sync', async () => {
    const wms = await snapshot('wms', 'warehouse,bin,sku,quantity\nmain,A-01-01,A,7\nmain,A-01-02,A,3\nmain,A-02-01,C,4\nmain,A-09-09,X,1\n');
    const erp = await snapshot('erp', 'sku,quantity,unitCost\nA,10,1.00\nB,2,1.00\nC,1,1.00\n');
    const { document, start } = startFromSnapshots(forecast, { wms, erp }, { days: 7, syncSeconds: 1_800 });
    expect(document.horizonDays).toBe(7);
    expect(document.$schema).toBeUndefined();
    expect(document.warehouses[0].initialStock.items).toEqual([{ sku: 'A', units: 10 }, { sku: 'C', units: 4 }]);
    // A agrees (10 = 10); B: ERP 2, floor 0; C: ERP 1, floor 4.
    expect(document.ownership).toBe('erp-own-count');
    expect(document.erp.initialCountOverrides).toEqual([{ sku: 'B', units: 2 }, { sku: 'C', units: 1 }]);
    expect(document.channels.map((c: { syncIntervalSeconds: number }) => c.syncIntervalSeconds)).toEqual([1_800, 1_800]);
    expect(start).toEqual({ skus: 3, floorUnits: 14, erpDriftSkus: 2, erpDriftUnits: 2 + 3, atsGapSkus: 0, atsGapUnits: 0, unknownSkus: ['X'] });
    expect(document.channels[0].initialView).toBeUndefined();
    expect(forecast.warehouses[0]!.initialStock.items).toHaveLength(2); // the input is not changed
  });

  it('without snapshots it is the forecast over the new horizon, ownership and sync untouched', () => {
    const { document, start } = startFromSnapshots(forecast, {}, { days: 3 });
    expect(document.ownership).toBe('clean');
    expect(document.channels[1].syncIntervalSeconds).toBe(900);
    expect(start).toEqual({ skus: 3, floorUnits: 100, erpDriftSkus: 0, erpDriftUnits: 0, atsGapSkus: 0, atsGapUnits: 0, unknownSkus: [] });
  });

  it("starts every channel's view at the OMS file's available-to-sell (negative to 0; missing SKUs 0)", async () => {
    const wms = await snapshot('wms', 'warehouse,bin,sku,quantity\nmain,A-01-01,A,7\nmain,A-01-02,A,3\n');
    // A: 12 to sell on a floor of 10 (gap 2); B: -3 (starts at 0); C absent (0); Y is not in the catalogue.
    const oms = await snapshot('oms', 'sku,quantity\nA,12\nB,-3\nY,5\n');
    const { document, start } = startFromSnapshots(forecast, { wms, oms }, { days: 7 });
    for (const channel of document.channels) expect(channel.initialView).toEqual([{ sku: 'A', units: 12 }, { sku: 'B', units: 0 }, { sku: 'C', units: 0 }]);
    expect(start).toMatchObject({ floorUnits: 10, atsGapSkus: 1, atsGapUnits: 2, unknownSkus: ['Y'] });
    // Without --wms the floor is the forecast's opening stock: A 50 and B 50 cover the OMS figures, no gap.
    expect(startFromSnapshots(forecast, { oms }, { days: 7 }).start).toMatchObject({ floorUnits: 100, atsGapSkus: 0, atsGapUnits: 0 });
  });
});
