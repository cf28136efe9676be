// Costs of a small scripted run, derived by hand (see the comments): two regions, two warehouses with
// zone tables, a fast channel and a slow one whose stale view accepts an order the OMS cannot cover.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../models/pipeline.js';
import { validateScenario } from '../../../scenarios/load.js';

const HOUR = 3_600;
const scenario = {
  name: 'hand-costs',
  seed: 7,
  horizonDays: 2,
  catalog: { items: [{ code: 'A', costCents: 1_000, priceCents: 2_500 }, { code: 'B', costCents: 1_000, priceCents: 2_500 }] },
  economics: {
    regions: [{ name: 'north', position: { x: 0, y: 100 } }, { name: 'south', position: { x: 0, y: -100 } }],
    holdingRatePerYear: 0.365,
    cancellationPenaltyCents: 1_000,
    purchaseOrderCostCents: 4_000,
  },
  warehouses: [
    {
      name: 'n', position: { x: 0, y: 90 }, wageCentsPerHour: 2_000,
      workers: { count: 1, shiftStartHour: 8, shiftEndHour: 16 }, shipping: { pickupHours: [17] },
      zones: [{ region: 'north', parcelCents: 500, unitCents: 100, transitDays: 1 }, { region: 'south', parcelCents: 900, unitCents: 200, transitDays: 4 }],
      initialStock: { unitsPerSku: 0, items: [{ sku: 'A', units: 5 }, { sku: 'B', units: 100 }] },
    },
    {
      name: 's', position: { x: 0, y: -90 }, wageCentsPerHour: 2_000,
      workers: { count: 1, shiftStartHour: 8, shiftEndHour: 16 }, shipping: { pickupHours: [17] },
      zones: [{ region: 'north', parcelCents: 800, unitCents: 150, transitDays: 3 }, { region: 'south', parcelCents: 400, unitCents: 100, transitDays: 1 }],
      initialStock: { unitsPerSku: 0, items: [{ sku: 'A', units: 5 }] },
    },
  ],
  channels: [
    { name: 'web', demand: { ordersPerDay: 0 }, syncIntervalSeconds: 300, deliveryPromiseDays: 3 },
    { name: 'slow', demand: { ordersPerDay: 0 }, syncIntervalSeconds: 80_000, deliveryPromiseDays: 3 },
  ],
  oms: { routingPolicy: 'nearest', allowSplit: true, fullSyncIntervalSeconds: 80_000 },
  erp: { purchasing: { policy: 'none' } },
  scripted: {
    orders: [
      { atSeconds: 1 * HOUR, channel: 'web', region: 'north', lines: [{ sku: 'A', qty: 2 }] },
      { atSeconds: 2 * HOUR, channel: 'web', region: 'south', lines: [{ sku: 'A', qty: 3 }] },
      { atSeconds: 3 * HOUR, channel: 'web', region: 'south', lines: [{ sku: 'A', qty: 4 }] },
      { atSeconds: 4 * HOUR, channel: 'web', region: 'north', lines: [{ sku: 'A', qty: 3 }] },
      { atSeconds: 5 * HOUR, channel: 'slow', region: 'north', lines: [{ sku: 'A', qty: 2 }] },
    ],
  },
};

describe('costs of a scripted run', () => {
  const { metrics, invariants } = runPipeline(validateScenario(structuredClone(scenario), 'hand-costs'));

  it('passes its invariants', () => {
    expect(invariants.violations).toEqual([]);
  });

  it('ships each parcel at its zone rate', () => {
    // 1: north 2 units from n (nearest): 500 + 2 x 100 = 700. 2: south 3 from s: 400 + 3 x 100 = 700.
    // 3: south 4, s has 2 left: 2 from s (400 + 200 = 600) and 2 from n (900 + 2 x 200 = 1,300).
    expect(metrics.shippingCost).toBe(700 + 700 + 600 + 1_300);
    expect(metrics.ordersShipped).toBe(3);
    expect(metrics.parcelsShipped).toBe(4);
    expect(metrics.parcelsPerOrder).toBeCloseTo(4 / 3, 12);
    expect(metrics.splitShipmentRate).toBeCloseTo(1 / 3, 12);
    // Shipped at 17:00 on day 0; order 3's parcel from n takes 4 days > the 3-day promise.
    expect(metrics.onTimeDeliveryRate).toBeCloseTo(2 / 3, 12);
  });

  it('charges stockout and oversell at the lost margin plus the penalty', () => {
    // Order 4: web's view is 1 unit, 3 wanted -> rejected: 3 x (2,500 - 1,000).
    expect(metrics.ordersRejected).toBe(1);
    expect(metrics.stockoutCost).toBe(3 * 1_500);
    // Order 5: slow still believes 10 units; the OMS has 1 -> oversold, cancelled: 1,000 + 2 x 1,500.
    expect(metrics.oversoldOrders).toBe(1);
    expect(metrics.oversellCost).toBe(1_000 + 2 * 1_500);
  });

  it('pays wages for every shift hour and holding on the inventory value', () => {
    // 2 warehouses x 2 days x 8 h x 20.00.
    expect(metrics.labourCost).toBe(2 * 2 * 8 * 2_000);
    // After day 0's pickup: 1 unit of A and 100 of B at 10.00 = 101,000 cents; 36.5 % a year is
    // 0.1 % a day = 101 cents, at each of the two daily closes.
    expect(metrics.holdingCost).toBe(2 * 101);
    expect(metrics.purchasingCost).toBe(0);
  });

  it('adds up totals, margin and profit', () => {
    const paid = 3_300 + 64_000 + 202 + 0 + 1_000;
    expect(metrics.grossMargin).toBe(9 * 1_500);
    expect(metrics.totalCost).toBe(paid + 3_000 + 4_500);
    expect(metrics.profit).toBe(9 * 1_500 - paid);
    expect(metrics.costPerOrder).toBe(Math.round((paid + 3_000 + 4_500) / 3));
  });

  it('routes lowest-cost by the zone table of the order region', () => {
    // Under lowest-cost, order 1 (north, 2 units) costs 700 from n and 1,100 from s: same as nearest;
    // make s cheaper to the north and it must win.
    const cheap = structuredClone(scenario);
    cheap.oms.routingPolicy = 'lowest-cost';
    cheap.warehouses[1]!.zones[0] = { region: 'north', parcelCents: 100, unitCents: 50, transitDays: 3 };
    cheap.scripted.orders = [cheap.scripted.orders[0]!];
    const run = runPipeline(validateScenario(cheap, 'cheap')).metrics;
    expect(run.shippingCost).toBe(100 + 2 * 50);
    // Cheaper but slower: shipped at 17:00 + 3 days' transit is after 01:00 + the 3-day promise.
    expect(run.onTimeDeliveryRate).toBe(0);
  });
});
