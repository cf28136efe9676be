import { describe, expect, it } from 'vitest';
import type { ScenarioConfig } from '../../../models/config.js';
import { defaultChannel, defaultWarehouse } from '../../../models/defaults.js';
import { Oms } from '../../../models/oms/index.js';
import { ChannelSink, FakeWms, adjust, makeContext, makeOrder, placeOrder, receive, smallCatalog } from './support.js';

// Two warehouses: east at (0, 0), west at (10, 0); amazon's customers sit at (1, 0), so `nearest`
// prefers east. Five SKUs; SKU 0 has 7 units at east and 5 at west, the others 20 and 20.
function setup(overrides: Partial<ScenarioConfig> = {}, options: { tracing?: boolean; shipAfterSeconds?: number | null } = {}) {
  const { ctx, traces } = makeContext(
    {
      catalog: smallCatalog(5),
      warehouses: [defaultWarehouse('east', { position: { x: 0, y: 0 } }), defaultWarehouse('west', { position: { x: 10, y: 0 } })],
      channels: [defaultChannel('amazon', { position: { x: 1, y: 0 }, syncIntervalSeconds: 60 })],
      ...overrides,
    },
    options,
  );
  const east = Int32Array.from([7, 20, 20, 20, 20]);
  const west = Int32Array.from([5, 20, 20, 20, 20]);
  const oms = new Oms(ctx, [east, west]);
  const wms = [new FakeWms(ctx, 'east', options.shipAfterSeconds ?? null), new FakeWms(ctx, 'west', options.shipAfterSeconds ?? null)];
  const sinks = ctx.config.channels.map((c) => new ChannelSink(ctx, c.name));
  return { ctx, traces, oms, wms, sinks };
}

describe('Oms ATS', () => {
  it('is the sum over locations of record minus reserved, minus safety stock', () => {
    const { ctx, oms } = setup({ oms: { routingPolicy: 'nearest', allowSplit: true, safetyStockUnits: 2, oversellAction: 'cancel', fullSyncIntervalSeconds: 86_400 } });
    expect(oms.ats(0)).toBe(7 + 5 - 2);
    placeOrder(ctx, makeOrder(ctx, 0, 1, [[0, 4]]));
    ctx.sim.run({ until: 1 });
    expect(oms.reserved(0, 0)).toBe(4);
    expect(oms.ats(0)).toBe(3 + 5 - 2);
  });

  it('never goes below zero when safety stock exceeds what is free', () => {
    const { oms } = setup({ oms: { routingPolicy: 'nearest', allowSplit: true, safetyStockUnits: 50, oversellAction: 'cancel', fullSyncIntervalSeconds: 86_400 } });
    expect(oms.ats(0)).toBe(0);
  });

  it('withholds a channel buffer share: floor(10 x 0.75) = 7', () => {
    const { oms } = setup({ channels: [defaultChannel('amazon', { bufferShare: 0.25 })] });
    expect(oms.channelAts(0, 0)).toBe(Math.floor(12 * 0.75));
    expect(oms.channelAts(0, 1)).toBe(30);
  });
});

describe('Oms reservations', () => {
  it('reserves on acceptance and releases on shipment, lowering the record by the units shipped', () => {
    const { ctx, oms, wms } = setup();
    placeOrder(ctx, makeOrder(ctx, 0, 1, [[0, 4], [1, 2]]));
    ctx.sim.run({ until: 1 });
    expect([oms.reserved(0, 0), oms.reserved(0, 1), oms.ats(0)]).toEqual([4, 2, 8]);
    const [request] = wms[0]!.received;
    expect(request!.lines.map((l) => [l.sku, l.qty])).toEqual([[0, 4], [1, 2]]);
    wms[0]!.ship(request!.fulfillmentId);
    ctx.sim.run({ until: 2 });
    expect([oms.reserved(0, 0), oms.record(0, 0), oms.record(0, 1), oms.ats(0)]).toEqual([0, 3, 18, 8]);
    expect(oms.orderStates()).toMatchObject({ received: 1, open: 0, shipped: 1 });
  });

  it('splits an order across locations when allowed: 7 from east, then 3 from west', () => {
    const { ctx, oms, wms } = setup();
    placeOrder(ctx, makeOrder(ctx, 0, 1, [[0, 10]]));
    ctx.sim.run({ until: 1 });
    expect([oms.reserved(0, 0), oms.reserved(1, 0)]).toEqual([7, 3]);
    expect(wms.map((w) => w.received.length)).toEqual([1, 1]);
    wms[0]!.ship(wms[0]!.received[0]!.fulfillmentId);
    ctx.sim.run({ until: 2 });
    expect(oms.orderStates()).toMatchObject({ open: 1, shipped: 0 });
    wms[1]!.ship(wms[1]!.received[0]!.fulfillmentId);
    ctx.sim.run({ until: 3 });
    expect(oms.orderStates()).toMatchObject({ open: 0, shipped: 1 });
  });

  it('books an order shipped once its last parcel ships: cycle time to that parcel, on time only if every parcel was', () => {
    const { ctx, wms } = setup();
    ctx.sim.run({ until: 100 });
    placeOrder(ctx, makeOrder(ctx, 0, 1, [[0, 10]])); // placed at 100, split 7 east + 3 west
    placeOrder(ctx, makeOrder(ctx, 0, 2, [[1, 1]])); // placed at 100, east only
    ctx.sim.run({ until: 400 });
    wms[0]!.ship(wms[0]!.received[0]!.fulfillmentId);
    wms[0]!.ship(wms[0]!.received[1]!.fulfillmentId);
    ctx.sim.run({ until: 1000 });
    expect(ctx.metrics.ordersShipped).toBe(1);
    wms[1]!.ship(wms[1]!.received[0]!.fulfillmentId, [], false);
    ctx.sim.run({ until: 1001 });
    expect([ctx.metrics.ordersShipped, ctx.metrics.ordersOnTime]).toEqual([2, 1]);
    expect([ctx.metrics.cycleTime.count, ctx.metrics.cycleTime.mean]).toEqual([2, (300 + 900) / 2]);
  });

  it('ships whole from west without split when east lacks a line', () => {
    const { ctx, oms, wms } = setup({ oms: { routingPolicy: 'nearest', allowSplit: false, safetyStockUnits: 0, oversellAction: 'cancel', fullSyncIntervalSeconds: 86_400 } });
    placeOrder(ctx, makeOrder(ctx, 0, 1, [[0, 6], [1, 1]]));
    placeOrder(ctx, makeOrder(ctx, 0, 2, [[0, 3], [2, 1]]));
    ctx.sim.run({ until: 1 });
    // The first order takes 6 of east's 7; the second needs 3 and east has 1 left, west covers it all.
    expect([oms.reserved(0, 0), oms.reserved(1, 0), oms.reserved(1, 2)]).toEqual([6, 3, 1]);
    expect(wms.map((w) => w.received.length)).toEqual([1, 1]);
  });
});

describe('Oms oversell', () => {
  it('cancels an order no location can cover, counting the uncovered units, reserving nothing', () => {
    const { ctx, oms, wms } = setup();
    placeOrder(ctx, makeOrder(ctx, 0, 1, [[0, 15], [1, 1]]));
    ctx.sim.run({ until: 1 });
    expect([ctx.metrics.oversoldOrders, ctx.metrics.oversoldUnits]).toEqual([1, 3]);
    expect([oms.reserved(0, 0), oms.reserved(1, 0), oms.reserved(0, 1), oms.ats(0)]).toEqual([0, 0, 0, 12]);
    expect(wms[0]!.received.length + wms[1]!.received.length).toBe(0);
    expect(oms.orderStates()).toMatchObject({ received: 1, open: 0, cancelled: 1 });
  });

  it('backorders an uncoverable order and routes it when a receipt covers it', () => {
    const { ctx, oms, wms } = setup({ oms: { routingPolicy: 'nearest', allowSplit: true, safetyStockUnits: 0, oversellAction: 'backorder', fullSyncIntervalSeconds: 86_400 } });
    placeOrder(ctx, makeOrder(ctx, 0, 1, [[0, 15]]));
    ctx.sim.run({ until: 1 });
    expect(oms.orderStates()).toMatchObject({ backordered: 1, open: 0 });
    expect([ctx.metrics.oversoldOrders, ctx.metrics.oversoldUnits, ctx.metrics.backorderedOrders]).toEqual([1, 3, 1]);
    receive(ctx, 'west', 0, 2, 'r1');
    ctx.sim.run({ until: 2 });
    expect(oms.orderStates()).toMatchObject({ backordered: 1 });
    receive(ctx, 'west', 0, 1, 'r2');
    ctx.sim.run({ until: 3 });
    expect(oms.orderStates()).toMatchObject({ backordered: 0, open: 1 });
    expect([oms.reserved(0, 0), oms.reserved(1, 0)]).toEqual([7, 8]);
    expect(wms.map((w) => w.received.length)).toEqual([1, 1]);
    expect([ctx.metrics.oversoldOrders, ctx.metrics.backorderedOrders]).toEqual([1, 1]);
  });
});

describe('Oms stock decreases below reservations', () => {
  it('caps reservations at the record and counts the excess short', () => {
    const { ctx, oms, wms } = setup();
    placeOrder(ctx, makeOrder(ctx, 0, 1, [[0, 5]]));
    ctx.sim.run({ until: 1 });
    adjust(ctx, 'east', 0, -4, 'a1'); // record 7 -> 3 with 5 reserved
    ctx.sim.run({ until: 2 });
    expect([oms.record(0, 0), oms.reserved(0, 0), oms.unbacked(0, 0), oms.unitsReservedShort]).toEqual([3, 3, 2, 2]);
    expect(oms.ats(0)).toBe(0 + 5);
    wms[0]!.ship(wms[0]!.received[0]!.fulfillmentId, [2]); // 3 shipped, 2 short
    ctx.sim.run({ until: 3 });
    expect([oms.record(0, 0), oms.reserved(0, 0), oms.unbacked(0, 0)]).toEqual([0, 0, 0]);
    expect(oms.orderStates()).toMatchObject({ shipped: 1, unitsShippedShort: 2 });
  });

  it('re-backs short reservations first when the record rises', () => {
    const { ctx, oms } = setup();
    placeOrder(ctx, makeOrder(ctx, 0, 1, [[0, 5]]));
    ctx.sim.run({ until: 1 });
    adjust(ctx, 'east', 0, -4, 'a1');
    receive(ctx, 'east', 0, 4, 'r1'); // record 3 -> 7: 2 units re-backed, 2 free
    ctx.sim.run({ until: 2 });
    expect([oms.record(0, 0), oms.reserved(0, 0), oms.unbacked(0, 0), oms.ats(0)]).toEqual([7, 5, 0, 2 + 5]);
  });
});

describe('Oms idempotency', () => {
  it('counts nothing twice when every link duplicates every message', () => {
    const run = (duplicate: boolean) => {
      const { ctx, oms, wms } = setup({}, { shipAfterSeconds: 30 });
      if (duplicate) {
        for (const from of ['channel:amazon', 'wms:east', 'wms:west']) ctx.bus.link(from, 'oms', { duplicateProbability: 1, jitterSeconds: 5 });
      }
      for (let i = 1; i <= 6; i++) ctx.sim.scheduleAt(i * 10, () => placeOrder(ctx, makeOrder(ctx, 0, i, [[0, 2], [i % 5, 1]])));
      ctx.sim.scheduleAt(100, () => adjust(ctx, 'west', 0, -1, 'a1'));
      ctx.sim.scheduleAt(110, () => receive(ctx, 'east', 3, 5, 'r1'));
      ctx.sim.run({ until: 1000 });
      return { states: oms.orderStates(), records: [0, 1, 2, 3, 4].map((s) => [oms.record(0, s), oms.record(1, s), oms.reserved(0, s), oms.reserved(1, s)]), requested: wms[0]!.received.length + wms[1]!.received.length, oversold: ctx.metrics.oversoldOrders };
    };
    const once = run(false);
    expect(once.states).toMatchObject({ received: 6, shipped: 5, cancelled: 1 });
    expect(run(true)).toEqual(once);
  });
});

describe('Oms ATS publishing', () => {
  it('sends each channel only the SKUs that changed, with its watermark, every sync interval', () => {
    const { ctx, oms, sinks } = setup();
    oms.start();
    ctx.sim.scheduleAt(10, () => placeOrder(ctx, makeOrder(ctx, 0, 1, [[3, 2]])));
    ctx.sim.run({ until: 61 });
    expect(sinks[0]!.messages.map((m) => m.payload)).toEqual([{ computedAt: 60, full: false, skus: [3], ats: [38], watermark: 1 }]);
    ctx.sim.run({ until: 200 });
    expect(sinks[0]!.messages).toHaveLength(1);
  });

  it('sends a full snapshot every fullSyncIntervalSeconds', () => {
    const { ctx, oms, sinks } = setup({ oms: { routingPolicy: 'nearest', allowSplit: true, safetyStockUnits: 0, oversellAction: 'cancel', fullSyncIntervalSeconds: 3600 } });
    oms.start();
    ctx.sim.run({ until: 3601 });
    const full = sinks[0]!.messages.filter((m) => m.payload.full);
    expect(full.map((m) => [m.payload.computedAt, m.payload.skus, m.payload.ats])).toEqual([[3600, [0, 1, 2, 3, 4], [12, 40, 40, 40, 40]]]);
  });

  it('publishes to each channel on its own interval, after the link latency', () => {
    const { ctx, oms, sinks } = setup({ channels: [defaultChannel('amazon', { syncIntervalSeconds: 60 }), defaultChannel('ebay', { syncIntervalSeconds: 300 })] });
    ctx.bus.link('oms', 'channel:ebay', { latencySeconds: 7 });
    oms.start();
    ctx.sim.scheduleAt(10, () => placeOrder(ctx, makeOrder(ctx, 0, 1, [[3, 2]])));
    ctx.sim.run({ until: 400 });
    expect(sinks[0]!.messages.map((m) => m.payload.computedAt)).toEqual([60]);
    expect(sinks[1]!.messages.map((m) => [m.payload.computedAt, m.payload.watermark, m.payload.skus])).toEqual([[300, 0, [3]]]);
    expect(sinks[1]!.messages[0]!.sentAt).toBe(300);
  });
});

describe('Oms order lifecycle trace', () => {
  it('records accepted, routed, released, shipped for a shipped order and accepted, cancelled for an oversold one', () => {
    const { ctx, traces } = setup({}, { tracing: true, shipAfterSeconds: 50 });
    placeOrder(ctx, makeOrder(ctx, 0, 1, [[0, 1]]));
    placeOrder(ctx, makeOrder(ctx, 0, 2, [[0, 99]]));
    ctx.sim.run({ until: 100 });
    const states = (orderId: number) => traces.flatMap((t) => (t.kind === 'oms.order.state' && t.orderId === orderId ? [t.state] : []));
    expect(states(1)).toEqual(['accepted', 'routed', 'released', 'shipped']);
    expect(states(2)).toEqual(['accepted', 'cancelled']);
    const routed = traces.find((t) => t.kind === 'oms.order.routed');
    expect(routed).toMatchObject({ orderId: 1, warehouses: ['east'], policy: 'nearest', ats: [{ sku: 'S1', ats: 11 }] });
  });
});
