// A small warehouse run end to end: a fake OMS sends a seeded stream of fulfillment requests over
// the bus, fake OMS and ERP receivers collect what the warehouse reports, and the statistics
// (travel per line, labour, record accuracy) are checked against independent bookkeeping.
import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../../sim/index.js';
import type { FaultConfig, WarehouseConfig } from '../../../models/config.js';
import { noFaults } from '../../../models/defaults.js';
import { addresses } from '../../../models/messages.js';
import { harness, scenario, type Harness } from './harness.js';

const day = 86_400;
const skuCount = 200;

const warehouseBase: Partial<WarehouseConfig> = {
  layout: { aisles: 10, baysPerAisle: 20, levels: 3, aisleLength: 30, aisleSpacing: 3, depot: { aisle: 0 } },
  slotting: 'random',
  workers: { count: 3, walkingSpeedMetersPerSecond: 1.2, pickSecondsPerLine: 12, packSecondsPerOrder: 60, shiftStartHour: 0, shiftEndHour: 24 },
  batching: { mode: 'batch', batchSize: 6, waveIntervalSeconds: 1_800 },
  routingPolicy: 'largest-gap',
  shipping: { pickupHours: [12, 18] },
  cycleCount: { binsPerDay: 0, method: 'abc' },
  initialStock: { unitsPerSku: 100, items: [] },
};

interface Requested {
  orders: Set<number>;
  lines: number;
  units: number;
}

/** A fake OMS: `orders` requests at Poisson times over `days`, 1-3 lines of 1-2 units of uniform SKUs, from its own stream. */
function sendStream(h: Harness, orders: number, days: number): Requested {
  const random = new RandomStreams(99).stream('test.orders');
  const requested: Requested = { orders: new Set(), lines: 0, units: 0 };
  const rate = orders / (days * day);
  let at = 0;
  for (let i = 0; i < orders; i++) {
    at += random.exponential(rate);
    const lines = Array.from({ length: random.int(1, 3) }, () => ({ sku: random.index(skuCount), qty: random.int(1, 2) }));
    requested.lines += lines.length;
    for (const l of lines) requested.units += l.qty;
    h.ctx.sim.scheduleAt(at, () => requested.orders.add(h.request(lines)));
  }
  return requested;
}

function build(warehouse: Partial<WarehouseConfig>, faults: FaultConfig = noFaults): Harness {
  const config = scenario(
    { ...warehouseBase, ...warehouse },
    { catalog: { generate: { count: skuCount, costCentsMin: 500, costCentsMax: 5_000, marginPct: 60, codePrefix: 'SKU-' }, zipfAlpha: 1 }, faults },
  );
  return harness(config);
}

describe('a small warehouse simulation', () => {
  const faults: FaultConfig = { misPickProbability: 0.01, shrinkUnitsPerDayPerWarehouse: 8, damageProbabilityPerPick: 0.005, misScanProbabilityPerReceipt: 0.2, workerAbsenceProbability: 0 };

  it('ships every order once and its statistics agree with independent bookkeeping', () => {
    const h = build({ cycleCount: { binsPerDay: 20, method: 'abc' } }, faults);
    const w = h.warehouse;
    w.start();
    const requested = sendStream(h, 2_000, 4);
    // The fake ERP restocks ten SKUs on day 2.
    let poUnits = 0;
    for (let sku = 0; sku < 10; sku++) {
      poUnits += 50;
      h.ctx.bus.send(addresses.erp, w.address, 'erp.po.placed', { poId: sku + 1, sku, qty: 50, unitCostCents: 500, expectedAt: 2 * day });
    }
    const accuracy: number[] = [];
    for (let d = 1; d <= 5; d++) h.ctx.sim.scheduleAt(d * day, () => accuracy.push(w.recordAccuracy()), 2);
    // Shifts are booked when they begin, so stopping just before day 6 books exactly six days.
    h.ctx.sim.run({ until: 6 * day });

    // Every order shipped exactly once, every line picked, every unit shipped or reported short.
    const shipped = h.received('oms', 'wms.order.shipped');
    expect(shipped).toHaveLength(requested.orders.size);
    expect(new Set(shipped.map((s) => s.orderId))).toEqual(requested.orders);
    expect(w.openFulfillments()).toBe(0);
    expect(w.openPickTasks()).toBe(0);
    const m = h.ctx.metrics;
    expect(m.linesPicked).toBe(requested.lines);
    let unitsShipped = 0;
    let unitsShort = 0;
    for (const s of shipped) for (const l of s.lines) (unitsShipped += l.qtyShipped), (unitsShort += l.qtyShort);
    expect(unitsShipped + unitsShort).toBe(requested.units);
    expect(unitsShort).toBe(m.shortUnits);

    // Truth balances against the test's own counts; the record against the messages the OMS received.
    const initial = skuCount * 100;
    let physical = 0;
    let record = 0;
    for (let s = 0; s < skuCount; s++) {
      physical += w.physicalOnHand(s);
      record += w.recordOnHand(s);
      expect(w.physicalOnHand(s)).toBeGreaterThanOrEqual(0);
      expect(w.inventory.binRecord[s]).toBeGreaterThanOrEqual(0);
    }
    expect(initial + poUnits - unitsShipped - m.shrinkUnits - m.damagedUnits).toBe(physical);
    const receipts = h.received('oms', 'wms.receipt.completed').reduce((sum, r) => sum + r.qty, 0);
    const adjusted = h.received('oms', 'wms.stock.adjusted').reduce((sum, a) => sum + a.delta, 0);
    expect(initial + receipts - unitsShipped + adjusted).toBe(record);
    expect(w.conservation()).toMatchObject({ physicalBalanced: true, recordBalanced: true, negativeCells: 0 });

    // Labour: each task costs travel / speed + 12 s a line + 60 s an order; 3 workers round the clock for 6 days.
    const busySeconds = m.pickTravelMeters / 1.2 + requested.lines * 12 + requested.orders.size * 60;
    const snapshot = m.snapshot();
    const labor = w.labor();
    expect(labor.busySeconds).toBeCloseTo(busySeconds, 6);
    expect(labor.availableSeconds).toBe(3 * 6 * day);
    expect(snapshot.pickTravelPerLine).toBeCloseTo(m.pickTravelMeters / requested.lines, 9);
    // No tour is shorter than the walk to the nearest pick face and back (2 x 0.75 m), per line of a full batch.
    expect(snapshot.pickTravelPerLine).toBeGreaterThan(1.5 / (6 * 3));

    // Record accuracy: the share of SKUs whose record equals the shelf (nothing is staged at the end).
    let equal = 0;
    for (let s = 0; s < skuCount; s++) if (w.recordOnHand(s) === w.physicalOnHand(s)) equal++;
    expect(w.recordAccuracy()).toBe(equal / skuCount);
    expect(accuracy.every((a) => a >= 0 && a <= 1)).toBe(true);
    expect(Math.min(...accuracy)).toBeLessThan(1);
  });

  it('without faults the record never leaves the truth and no pick is short', () => {
    const h = build({});
    h.warehouse.start();
    sendStream(h, 1_000, 3);
    const accuracy: number[] = [];
    for (let d = 1; d <= 4; d++) h.ctx.sim.scheduleAt(d * day, () => accuracy.push(h.warehouse.recordAccuracy()), 2);
    h.ctx.sim.run({ until: 4 * day + 1 });
    expect(accuracy).toEqual([1, 1, 1, 1]);
    expect(h.ctx.metrics.shortPicks).toBe(0);
    expect(h.received('oms', 'wms.stock.adjusted')).toEqual([]);
  });

  it('batching and waves walk less per line than single-order picking on the same order stream', () => {
    const travelPerLine = (batching: WarehouseConfig['batching']) => {
      const h = build({ batching });
      h.warehouse.start();
      const requested = sendStream(h, 1_500, 2);
      h.ctx.sim.run({ until: 4 * day });
      expect(h.ctx.metrics.linesPicked).toBe(requested.lines);
      return h.ctx.metrics.snapshot().pickTravelPerLine!;
    };
    const single = travelPerLine({ mode: 'single', batchSize: 1, waveIntervalSeconds: 1_800 });
    const batch = travelPerLine({ mode: 'batch', batchSize: 8, waveIntervalSeconds: 1_800 });
    const wave = travelPerLine({ mode: 'wave', batchSize: 8, waveIntervalSeconds: 1_800 });
    expect(batch).toBeLessThan(single);
    expect(wave).toBeLessThan(single);
  });
});
