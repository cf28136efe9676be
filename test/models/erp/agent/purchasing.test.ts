import { describe, expect, it } from 'vitest';
import type { SkuItemConfig } from '../../../../models/config.js';
import { defaultWarehouse } from '../../../../models/defaults.js';
import { day, FakeWms, makeContext, makeErp, sku4471, type TestContext } from './harness.js';

const hour = 3600;

// The seed drift example: the floor has 84 units of SKU 4471 and ships 6 a day at 18:00; the
// reorder point is 88, a PO of 100 takes exactly 14 days. Hand-computed: the floor is at
// 84 - 6 (d + 1) after day d's shipment, so the 6 units of day 13 are the last ones and the demand of
// day 14 (18:00) finds nothing unless a PO has arrived by then.
function driftRun(erpOpeningOverride: number | undefined) {
  const ctx = makeContext({}, [sku4471]);
  Object.assign(ctx.config.erp.purchasing, {
    policy: 'reorder-point', reorderPointUnits: 88, orderQuantityUnits: 100, reviewIntervalSeconds: day,
    leadTimeDaysMean: 14, leadTimeDaysSd: 0, supplierPriceVariationPct: 0,
  });
  if (erpOpeningOverride !== undefined) ctx.config.erp.initialCountOverrides = [{ sku: '4471', units: erpOpeningOverride }];
  const erp = makeErp(ctx, Int32Array.of(84));
  const wms = new FakeWms(ctx, 'east', Int32Array.of(84));
  for (let d = 0; d < 20; d++) ctx.sim.scheduleAt(d * day + 18 * hour, () => wms.ship(0, 6, 2499));
  erp.start();
  ctx.sim.run({ until: 0.5 });
  const posAtFirstReview = wms.pos.length;
  ctx.sim.run({ until: 20 * day });
  return { ctx, erp, wms, posAtFirstReview };
}

describe('Purchasing: the seed drift example (ERP says 90, the floor says 84, reorder point 88)', () => {
  it('ordering from the ERP figure places nothing at the first review and the floor runs short', () => {
    const { wms, erp, posAtFirstReview } = driftRun(90);
    expect(posAtFirstReview).toBe(0);
    expect(wms.poPlacedAt[0]).toBe(1 * day); // the ERP reaches 84 <= 88 only after day 0's shipment
    expect(wms.pos[0].expectedAt).toBe(15 * day);
    expect(wms.shortUnits[0]).toBe(6); // day 14's demand, before the PO lands on day 15
    expect(erp.quantity(0) - wms.record[0]).toBe(6); // the drift never heals in clean mode
  });

  it('ordering from the floor figure places a PO at the first review and never runs short', () => {
    const { wms, erp, posAtFirstReview } = driftRun(undefined);
    expect(posAtFirstReview).toBe(1);
    expect(wms.pos[0]).toMatchObject({ sku: 0, qty: 100, unitCostCents: 1400, expectedAt: 14 * day });
    expect(wms.shortUnits[0]).toBe(0);
    expect(erp.quantity(0)).toBe(wms.record[0]);
  });
});

describe('Purchasing: purchase orders', () => {
  it('sends POs to the receiving warehouse and tracks them as on order until received', () => {
    const ctx = makeContext({ warehouses: [defaultWarehouse('east'), defaultWarehouse('west')] }, [sku4471]);
    Object.assign(ctx.config.erp.purchasing, {
      reorderPointUnits: 10, orderQuantityUnits: 50, leadTimeDaysMean: 2, leadTimeDaysSd: 0, receivingWarehouse: 'west',
    });
    const erp = makeErp(ctx, Int32Array.of(10));
    const east = new FakeWms(ctx, 'east', Int32Array.of(0));
    const west = new FakeWms(ctx, 'west', Int32Array.of(10));
    erp.start();
    ctx.sim.run({ until: 1 });
    expect(east.pos).toHaveLength(0);
    expect(west.pos).toHaveLength(1);
    expect(erp.onOrder(0)).toBe(50);
    expect(ctx.metrics.purchaseOrders).toBe(1);
    ctx.sim.run({ until: 2 * day + 1 });
    expect(erp.onOrder(0)).toBe(0);
    expect(erp.quantity(0)).toBe(60);
    expect(ctx.metrics.unitsReceived).toBe(0); // the warehouse counts units received; the ERP values them
    expect(ctx.metrics.purchaseOrders).toBe(1); // position 60 > 10 at the day-1 and day-2 reviews
  });

  it('refuses a receiving warehouse that does not exist, naming it', () => {
    const ctx = makeContext({}, [sku4471]);
    Object.assign(ctx.config.erp.purchasing, { reorderPointUnits: 10, orderQuantityUnits: 50, receivingWarehouse: 'north' });
    expect(() => makeErp(ctx, Int32Array.of(0))).toThrow(/"north"/);
  });

  it('levels in days come from the mean daily demand given in the options', () => {
    const ctx = makeContext({}, [sku4471, { code: '4472', costCents: 100, priceCents: 200 }]);
    Object.assign(ctx.config.erp.purchasing, { reorderPointDays: 7, orderUpToDays: 21, leadTimeDaysSd: 0 });
    const erp = makeErp(ctx, Int32Array.of(14, 15), { meanDailyDemand: Float64Array.of(2, 2) });
    const wms = new FakeWms(ctx, 'east', Int32Array.of(14, 15));
    expect(erp.review()).toBe(1);
    ctx.sim.run({ until: 1 });
    expect(wms.pos.map((po) => [po.sku, po.qty])).toEqual([[0, 42]]); // s = 14, Q = 42
  });

  it('(s, S) orders up to S from the ERP position including what is on order', () => {
    const ctx = makeContext({}, [sku4471]);
    Object.assign(ctx.config.erp.purchasing, { policy: 's-S', reorderPointUnits: 88, orderQuantityUnits: 200, leadTimeDaysMean: 30, leadTimeDaysSd: 0 });
    const erp = makeErp(ctx, Int32Array.of(84));
    const wms = new FakeWms(ctx, 'east', Int32Array.of(84));
    erp.start();
    ctx.sim.run({ until: 3 * day - 1 });
    expect(wms.pos.map((po) => po.qty)).toEqual([116]); // later reviews see 84 + 116 on order
  });
});

describe('Purchasing: supplier lead time and price', () => {
  const skuCount = 4000;
  const items: SkuItemConfig[] = Array.from({ length: skuCount }, (_, i) => ({ code: `S${i}`, costCents: 10_000, priceCents: 15_000 }));

  function firstReview(purchasing: Record<string, unknown>): { ctx: TestContext; wms: FakeWms } {
    const ctx = makeContext({ seed: 11 }, items);
    Object.assign(ctx.config.erp.purchasing, { reorderPointUnits: 0, orderQuantityUnits: 1, ...purchasing });
    const erp = makeErp(ctx, new Int32Array(skuCount));
    const wms = new FakeWms(ctx, 'east', new Int32Array(skuCount));
    erp.start();
    ctx.sim.run({ until: 1 });
    return { ctx, wms };
  }

  it('lead time ~ Normal(0, 2) days truncated at 0: never negative, mean 2 sqrt(2/pi) days', () => {
    const { wms } = firstReview({ leadTimeDaysMean: 0, leadTimeDaysSd: 2 });
    const days = wms.pos.map((po) => po.expectedAt / day);
    expect(days).toHaveLength(skuCount);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(0);
    // Half-normal with sigma 2: mean 2 sqrt(2/pi), sd 2 sqrt(1 - 2/pi).
    const mean = days.reduce((a, b) => a + b, 0) / skuCount;
    const standardError = (2 * Math.sqrt(1 - 2 / Math.PI)) / Math.sqrt(skuCount);
    expect(Math.abs(mean - 2 * Math.sqrt(2 / Math.PI))).toBeLessThan(4 * standardError);
  });

  it('a zero lead-time sd gives exactly the mean', () => {
    const { wms } = firstReview({ leadTimeDaysMean: 14, leadTimeDaysSd: 0 });
    expect(new Set(wms.pos.map((po) => po.expectedAt))).toEqual(new Set([14 * day]));
  });

  it('price varies uniformly within +-10 % of catalogue cost, mean the catalogue cost', () => {
    const { wms } = firstReview({ supplierPriceVariationPct: 10 });
    const prices = wms.pos.map((po) => po.unitCostCents);
    expect(prices.every((p) => Number.isInteger(p) && p >= 9000 && p <= 11_000)).toBe(true);
    const mean = prices.reduce((a, b) => a + b, 0) / prices.length;
    const standardError = 1000 / Math.sqrt(3) / Math.sqrt(prices.length);
    expect(Math.abs(mean - 10_000)).toBeLessThan(4 * standardError);
  });
});
