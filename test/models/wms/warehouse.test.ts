import { describe, expect, it } from 'vitest';
import type { CatalogConfig } from '../../../models/config.js';
import { defaultChannel, defaultErp, defaultWarehouse } from '../../../models/defaults.js';
import { addresses, type MessagePayloads } from '../../../models/messages.js';
import { Warehouse } from '../../../models/wms/index.js';
import { harness, scenario } from './harness.js';

const hour = 3600;
const day = 24 * hour;

/** The seed walkthrough's catalogue: SKU 4471 at $14 cost, plus a neighbour. */
const walkthroughCatalog: CatalogConfig = {
  items: [
    { code: '4471', costCents: 1400, priceCents: 2500 },
    { code: '4472', costCents: 900, priceCents: 1500 },
  ],
  zipfAlpha: 1,
};

describe('Warehouse: one order, message by message', () => {
  const config = scenario(
    {
      routingPolicy: 'return',
      workers: { count: 1, walkingSpeedMetersPerSecond: 1.2, pickSecondsPerLine: 12, packSecondsPerOrder: 60, shiftStartHour: 0, shiftEndHour: 24 },
      shipping: { pickupHours: [17] },
      initialStock: { unitsPerSku: 10, items: [{ sku: '4471', units: 86, bin: 'A-12-03' }] },
    },
    { catalog: walkthroughCatalog },
  );

  it('picks 2 x SKU 4471 from A-12-03, stages the parcel and ships it at the 17:00 pickup: on hand 86 -> 84', () => {
    const h = harness(config, { tracing: true });
    const w = h.warehouse;
    w.start();
    expect(w.binOf(0)).toBe('A-12-03');
    const orderId = h.request([{ sku: 0, qty: 2 }]);
    // Return routing to bay 12 of 30 in a 45 m aisle at the depot's aisle: y = 11.5 x 1.5 = 17.25 m, walked twice.
    const taskSeconds = (2 * 17.25) / 1.2 + 12 + 60;
    h.ctx.sim.run({ until: taskSeconds + 1 });
    expect(h.ctx.metrics.pickTravelMeters).toBeCloseTo(34.5, 9);
    expect(w.openPickTasks()).toBe(0);
    expect(w.openFulfillments()).toBe(1);
    expect(w.inventory.binTruth[0]).toBe(84);
    expect([w.recordOnHand(0), w.physicalOnHand(0)]).toEqual([86, 86]); // packed, still in the building
    expect(h.inbox.oms).toEqual([]);
    h.ctx.sim.run({ until: day });
    const shipped = h.received('oms', 'wms.order.shipped');
    // Placed at 00:00, shipped at the first 17:00 pickup after it: on time; delivered after the default 3 days' transit.
    expect(shipped).toEqual([{ orderId, fulfillmentId: 1, warehouse: 'east', shippedAt: 17 * hour, lines: [{ sku: 0, qtyShipped: 2, qtyShort: 0, unitPriceCents: 2500 }], onTime: true, deliveredAt: 17 * hour + 3 * day }]);
    expect(h.received('erp', 'wms.order.shipped')).toEqual(shipped);
    expect([w.recordOnHand(0), w.physicalOnHand(0)]).toEqual([84, 84]);
    expect(w.openFulfillments()).toBe(0);
    const completed = h.traces.find((t) => t.kind === 'wms.pick.completed');
    expect(completed).toMatchObject({ time: taskSeconds, orderIds: [orderId], travelMeters: 34.5, bins: ['A-12-03'], sequence: ['A-12-03'] });
    const shippedTrace = h.traces.find((t) => t.kind === 'wms.order.shipped');
    expect(shippedTrace).toEqual({ time: 17 * hour, kind: 'wms.order.shipped', warehouse: 'east', orderId, lines: [{ sku: '4471', qty: 2, bin: 'A-12-03', recordAfter: 84, physicalAfter: 84 }] });
  });

  it('ignores a duplicated fulfillment request (same fulfillmentId)', () => {
    const h = harness(scenario({}, { links: [], catalog: walkthroughCatalog }));
    h.ctx.bus.link(addresses.oms, h.warehouse.address, { duplicateProbability: 1 });
    h.warehouse.start();
    h.request([{ sku: 0, qty: 1 }]);
    h.request([{ sku: 1, qty: 1 }]);
    h.ctx.sim.run({ until: 2 * day });
    expect(h.warehouse.stats.duplicatesIgnored).toBe(2);
    expect(h.received('oms', 'wms.order.shipped')).toHaveLength(2);
    expect(h.warehouse.inventory.conservation().shipped).toBe(2);
  });

  it('rejects a message it does not handle and an order line outside the catalogue, naming them', () => {
    const h = harness(scenario({}, { catalog: walkthroughCatalog }));
    h.ctx.bus.send('oms', h.warehouse.address, 'oms.ats.published', {} as MessagePayloads['oms.ats.published']);
    expect(() => h.ctx.sim.run()).toThrow(/wms:east: cannot handle message type "oms.ats.published"/);
    const h2 = harness(scenario({}, { catalog: walkthroughCatalog }));
    h2.request([{ sku: 7, qty: 1 }]);
    expect(() => h2.ctx.sim.run()).toThrow(/wms:east: order 1 has a bad line \(sku 7, qty 1\)/);
  });

  it('rejects bad warehouse settings naming the warehouse, field and value', () => {
    expect(() => harness(scenario({ routingPolicy: 'teleport' }, { catalog: walkthroughCatalog }))).toThrow(/warehouse "east": unknown routing policy "teleport"/);
    expect(() => harness(scenario({ initialStock: { unitsPerSku: 1, items: [{ sku: '9999', units: 1 }] } }, { catalog: walkthroughCatalog }))).toThrow(
      /warehouse "east": initialStock.items\[0\].sku: unknown SKU "9999"/,
    );
    expect(() => harness(scenario({ initialStock: { unitsPerSku: -3, items: [] } }, { catalog: walkthroughCatalog }))).toThrow(/initialStock.unitsPerSku must be an integer >= 0, got -3/);
  });
});

describe('Warehouse: several per scenario', () => {
  it('each warehouse has its own address, layout, slotting stream and stock', () => {
    const config = scenario({ slotting: 'random' }, {
      catalog: { generate: { count: 30, costCentsMin: 100, costCentsMax: 200, marginPct: 50, codePrefix: 'S' }, zipfAlpha: 1 },
    });
    config.warehouses.push(defaultWarehouse('west', {
      slotting: 'random',
      layout: { aisles: 50, baysPerAisle: 100, levels: 6, aisleLength: 100, aisleSpacing: 3, depot: { aisle: 25 } },
      shipping: { pickupHours: [] },
      initialStock: { unitsPerSku: 7, items: [] },
    }));
    const h = harness(config);
    const west = new Warehouse(h.ctx, config.warehouses[1]!, 1);
    expect([h.warehouse.address, west.address]).toEqual(['wms:east', 'wms:west']);
    const eastBins = Array.from({ length: 30 }, (_, s) => h.warehouse.binOf(s));
    const westBins = Array.from({ length: 30 }, (_, s) => west.binOf(s));
    expect(westBins).not.toEqual(eastBins);
    h.warehouse.start();
    west.start();
    h.ctx.bus.send(addresses.oms, west.address, 'oms.fulfillment.requested', {
      orderId: 1, fulfillmentId: 1, lines: [{ sku: 3, qty: 2, unitPriceCents: 150 }],
      order: { id: 1, channel: 'amazon', channelIndex: 0, channelSeq: 1, placedAt: 0, lines: [{ sku: 3, qty: 2, unitPriceCents: 150 }] },
    });
    h.ctx.sim.run({ until: day });
    expect(h.received('oms', 'wms.order.shipped').map((s) => s.warehouse)).toEqual(['west']);
    expect([west.physicalOnHand(3), h.warehouse.physicalOnHand(3)]).toEqual([5, 100]);
  });
});

describe('Warehouse: short picks, receiving, faults and counts', () => {
  it('counts a short pick, ships what was found and reports the record correction', () => {
    const h = harness(scenario({ initialStock: { unitsPerSku: 10, items: [{ sku: '4471', units: 3, recordUnits: 10 }] }, shipping: { pickupHours: [] } }, { catalog: walkthroughCatalog }));
    h.warehouse.start();
    h.request([{ sku: 0, qty: 5 }]);
    h.ctx.sim.run({ until: day });
    expect(h.ctx.metrics.shortPicks).toBe(1);
    expect(h.ctx.metrics.shortUnits).toBe(2);
    expect(h.received('oms', 'wms.order.shipped')[0]!.lines).toEqual([{ sku: 0, qtyShipped: 3, qtyShort: 2, unitPriceCents: 2500 }]);
    expect(h.received('oms', 'wms.stock.adjusted')).toEqual([{ eventId: 'wms:east:adjustment:1', warehouse: 'east', sku: 0, delta: -7, reason: 'short-pick' }]);
    expect([h.warehouse.recordOnHand(0), h.warehouse.physicalOnHand(0)]).toEqual([0, 0]);
  });

  it('an order whose every line comes up empty is reported at once, without waiting for the carrier', () => {
    const h = harness(scenario({ initialStock: { unitsPerSku: 0, items: [] }, shipping: { pickupHours: [17] } }, { catalog: walkthroughCatalog }));
    h.warehouse.start();
    h.request([{ sku: 1, qty: 1 }]);
    h.ctx.sim.run({ until: hour });
    expect(h.received('oms', 'wms.order.shipped')[0]!.lines).toEqual([{ sku: 1, qtyShipped: 0, qtyShort: 1, unitPriceCents: 1500 }]);
    expect(h.warehouse.openFulfillments()).toBe(0);
  });

  it('receives a purchase order at its expected time plus dock-to-stock, once, and reports the receipt', () => {
    const h = harness(scenario({}, { catalog: walkthroughCatalog }));
    h.ctx.bus.link(addresses.erp, h.warehouse.address, { duplicateProbability: 1 });
    h.warehouse.start();
    h.ctx.bus.send(addresses.erp, h.warehouse.address, 'erp.po.placed', { poId: 7, sku: 1, qty: 40, unitCostCents: 880, expectedAt: 5 * hour });
    h.ctx.sim.run({ until: 6 * hour - 1 });
    expect(h.warehouse.physicalOnHand(1)).toBe(100);
    h.ctx.sim.run({ until: 6 * hour + 1 });
    expect([h.warehouse.physicalOnHand(1), h.warehouse.recordOnHand(1)]).toEqual([140, 140]);
    const receipt = { eventId: 'wms:east:receipt:1', warehouse: 'east', poId: 7, sku: 1, qty: 40, unitCostCents: 880 };
    expect(h.received('oms', 'wms.receipt.completed')).toEqual([receipt]);
    expect(h.received('erp', 'wms.receipt.completed')).toEqual([receipt]);
    expect(h.ctx.metrics.unitsReceived).toBe(40);
  });

  it('a mis-scanned putaway records a different quantity from what reached the shelf, and the receipt carries the record', () => {
    const h = harness(scenario({}, { catalog: walkthroughCatalog, faults: { misPickProbability: 0, shrinkUnitsPerDayPerWarehouse: 0, damageProbabilityPerPick: 0, misScanProbabilityPerReceipt: 1, workerAbsenceProbability: 0 } }));
    h.warehouse.start();
    h.ctx.bus.send(addresses.erp, h.warehouse.address, 'erp.po.placed', { poId: 1, sku: 0, qty: 50, unitCostCents: 1400, expectedAt: 0 });
    h.ctx.sim.run({ until: day });
    const recorded = h.received('oms', 'wms.receipt.completed')[0]!.qty;
    expect(h.warehouse.physicalOnHand(0)).toBe(150);
    expect(h.warehouse.recordOnHand(0)).toBe(100 + recorded);
    expect(recorded).not.toBe(50);
    expect(Math.abs(recorded - 50)).toBeLessThanOrEqual(5);
    expect(h.warehouse.recordAccuracy()).toBe(0.5);
  });

  it('shrinkage shows up as a record-versus-truth gap equal to the units lost', () => {
    const config = scenario({ cycleCount: { binsPerDay: 0, method: 'random' } }, {
      catalog: { generate: { count: 50, costCentsMin: 100, costCentsMax: 200, marginPct: 50, codePrefix: 'S' }, zipfAlpha: 1 },
      faults: { misPickProbability: 0, shrinkUnitsPerDayPerWarehouse: 6, damageProbabilityPerPick: 0, misScanProbabilityPerReceipt: 0, workerAbsenceProbability: 0 },
    });
    const h = harness(config);
    h.warehouse.start();
    h.ctx.sim.run({ until: 10 * day });
    const inv = h.warehouse.inventory;
    const shrunk = h.ctx.metrics.shrinkUnits;
    expect(shrunk).toBeGreaterThan(0);
    let gap = 0;
    let wrong = 0;
    for (let s = 0; s < 50; s++) {
      gap += inv.binRecord[s]! - inv.binTruth[s]!;
      if (inv.binRecord[s] !== inv.binTruth[s]) wrong++;
    }
    expect(gap).toBe(shrunk);
    expect(h.warehouse.recordAccuracy()).toBe((50 - wrong) / 50);
    expect(h.warehouse.recordAccuracy()).toBeLessThan(1);
    expect(h.warehouse.conservation()).toMatchObject({ shrunk, physicalBalanced: true, recordBalanced: true });
    expect(h.inbox.oms).toEqual([]); // nobody noticed
  });

  it('mis-picks open a gap of the picked units on both the ordered SKU and its neighbour', () => {
    const h = harness(scenario({ shipping: { pickupHours: [] } }, {
      catalog: walkthroughCatalog,
      faults: { misPickProbability: 1, shrinkUnitsPerDayPerWarehouse: 0, damageProbabilityPerPick: 0, misScanProbabilityPerReceipt: 0, workerAbsenceProbability: 0 },
    }));
    h.warehouse.start();
    for (let i = 0; i < 6; i++) h.request([{ sku: 0, qty: 1 }]);
    h.ctx.sim.run({ until: day });
    const inv = h.warehouse.inventory;
    expect([inv.binRecord[0]! - inv.binTruth[0]!, inv.binRecord[1]! - inv.binTruth[1]!]).toEqual([-6, 6]);
    expect(h.ctx.metrics.misPicks).toBe(6);
    expect(h.warehouse.recordAccuracy()).toBe(0);
    expect(h.warehouse.conservation()).toMatchObject({ shipped: 6, recordShipped: 6, physicalBalanced: true, recordBalanced: true });
  });

  it('cycle counts find every planted record error, correct it and report the adjustment', () => {
    // 50 SKUs; 20 of them carry a record off by +3 or -2; ABC counting of 100 bins a day for 5 days.
    const items = Array.from({ length: 20 }, (_, i) => ({ sku: `S${String(i * 2 + 1).padStart(2, '0')}`, units: 30, recordUnits: i % 2 === 0 ? 33 : 28 }));
    const config = scenario(
      { cycleCount: { binsPerDay: 100, method: 'abc' }, initialStock: { unitsPerSku: 30, items } },
      { catalog: { generate: { count: 50, costCentsMin: 100, costCentsMax: 200, marginPct: 50, codePrefix: 'S' }, zipfAlpha: 1 } },
    );
    const h = harness(config);
    expect(h.warehouse.recordAccuracy()).toBe(30 / 50);
    h.warehouse.start();
    h.ctx.sim.run({ until: 5 * day + 1 });
    expect(h.warehouse.recordAccuracy()).toBe(1);
    const adjustments = h.received('oms', 'wms.stock.adjusted');
    expect(adjustments).toHaveLength(20);
    expect(adjustments.every((a) => a.reason === 'cycle-count')).toBe(true);
    expect(adjustments.reduce((sum, a) => sum + a.delta, 0)).toBe(10 * -3 + 10 * 2);
    expect(h.warehouse.stats).toMatchObject({ cycleCounts: 500, cycleCountCorrections: 20, cycleCountUnits: 50 });
  });

  it('with shrinkage running, daily cycle counts keep record accuracy higher than no counts on the same losses', () => {
    const run = (binsPerDay: number) => {
      const h = harness(scenario({ cycleCount: { binsPerDay, method: 'random' } }, {
        catalog: { generate: { count: 100, costCentsMin: 100, costCentsMax: 200, marginPct: 50, codePrefix: 'S' }, zipfAlpha: 1 },
        faults: { misPickProbability: 0, shrinkUnitsPerDayPerWarehouse: 10, damageProbabilityPerPick: 0, misScanProbabilityPerReceipt: 0, workerAbsenceProbability: 0 },
      }));
      h.warehouse.start();
      h.ctx.sim.run({ until: 20 * day });
      return { accuracy: h.warehouse.recordAccuracy(), shrunk: h.ctx.metrics.shrinkUnits };
    };
    const without = run(0);
    const withCounts = run(50);
    expect(withCounts.shrunk).toBe(without.shrunk); // the shrinkage stream is the same in both runs
    expect(withCounts.accuracy).toBeGreaterThan(without.accuracy);
  });

  it('in erp-own-count mode sends the ERP one batch of movements per interval instead of each movement', () => {
    const erp = structuredClone(defaultErp);
    erp.ownCount.importIntervalSeconds = day;
    const h = harness(scenario({ shipping: { pickupHours: [] } }, { catalog: walkthroughCatalog, erp, ownership: { oms: true, erpOwnCount: true } }));
    h.warehouse.start();
    h.request([{ sku: 0, qty: 2 }]);
    h.request([{ sku: 0, qty: 1 }, { sku: 1, qty: 4 }]);
    h.ctx.bus.send(addresses.erp, h.warehouse.address, 'erp.po.placed', { poId: 3, sku: 1, qty: 10, unitCostCents: 800, expectedAt: 0 });
    h.ctx.sim.run({ until: day + 1 });
    expect(h.received('oms', 'wms.order.shipped')).toHaveLength(2);
    expect(h.inbox.erp.map((m) => m.type)).toEqual(['wms.batch.exported']);
    expect(h.received('erp', 'wms.batch.exported')[0]).toEqual({
      batchId: 'wms:east:batch:1',
      warehouse: 'east',
      periodEnd: day,
      movements: [
        { sku: 0, delta: -3, kind: 'ship', valueHintCents: 3 * 2500 },
        { sku: 1, delta: -4, kind: 'ship', valueHintCents: 4 * 1500 },
        { sku: 1, delta: 10, kind: 'receipt', valueHintCents: 8000 },
      ],
    });
  });
});

describe('Warehouse: no-oms local allocation', () => {
  const config = scenario(
    { initialStock: { unitsPerSku: 100, items: [{ sku: '4471', units: 10 }] } },
    {
      catalog: walkthroughCatalog,
      ownership: { oms: false, erpOwnCount: false },
      channels: [defaultChannel('amazon'), defaultChannel('shopify')],
    },
  );

  it('10 units, 12 one-unit orders from two channels: 10 allocated and shipped, 2 oversold', () => {
    const h = harness(config);
    h.warehouse.start();
    for (let i = 0; i < 6; i++) {
      h.placeOrder('amazon', [{ sku: 0, qty: 1 }]);
      h.placeOrder('shopify', [{ sku: 0, qty: 1 }]);
    }
    h.ctx.sim.run({ until: 10 });
    expect(h.warehouse.allocated(0)).toBe(10);
    expect(h.ctx.metrics.oversoldOrders).toBe(2);
    expect(h.ctx.metrics.oversoldUnits).toBe(2);
    h.ctx.sim.run({ until: 2 * day });
    expect(h.warehouse.allocated(0)).toBe(0);
    expect(h.ctx.metrics.ordersShipped).toBe(10);
    expect(h.ctx.metrics.unitsShipped).toBe(10);
    expect(h.received('erp', 'wms.order.shipped')).toHaveLength(10);
    expect(h.inbox.oms).toEqual([]);
    expect(h.warehouse.physicalOnHand(0)).toBe(0);
  });

  it('allocates all lines of an order or none', () => {
    const h = harness(config);
    h.warehouse.start();
    h.placeOrder('amazon', [{ sku: 1, qty: 5 }, { sku: 0, qty: 11 }]);
    h.ctx.sim.run({ until: 10 });
    expect([h.warehouse.allocated(0), h.warehouse.allocated(1)]).toEqual([0, 0]);
    expect(h.ctx.metrics.oversoldOrders).toBe(1);
    expect(h.ctx.metrics.oversoldUnits).toBe(16);
  });

  it('publishes what it can still sell to each of its channels on their sync interval, full first, then changes only', () => {
    const h = harness(config);
    h.warehouse.start();
    for (let i = 0; i < 4; i++) h.placeOrder('amazon', [{ sku: 0, qty: 1 }]);
    h.ctx.sim.run({ until: 301 });
    const first = h.inbox.channels.filter((m) => m.to === 'channel:amazon').map((m) => m.payload);
    // The watermark: the last of amazon's own orders the figures include (its 4 orders, seq 1-4).
    expect(first).toEqual([{ computedAt: 300, full: true, skus: [0, 1], units: [6, 100], watermark: 4 }]);
    h.placeOrder('shopify', [{ sku: 1, qty: 2 }]);
    h.ctx.sim.run({ until: 601 });
    const second = h.inbox.channels.filter((m) => m.to === 'channel:amazon').map((m) => m.payload)[1];
    expect(second).toEqual({ computedAt: 600, full: false, skus: [1], units: [98], watermark: 4 });
  });

  it("refuses a channel's order when an OMS is in charge", () => {
    const h = harness(scenario({}, { catalog: walkthroughCatalog }));
    h.placeOrder('amazon', [{ sku: 0, qty: 1 }]);
    expect(() => h.ctx.sim.run()).toThrow(/orders go through the OMS/);
  });
});
