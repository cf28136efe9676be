// The seed article's oversell example: Amazon and Shopify both think they have 10, there are 10 in
// all, each sells 6 one-unit orders. Without an OMS that is 12 accepted and 2 oversold; with an OMS
// that syncs faster than the orders come, nothing is oversold and the last 2 sales are refused.
import { describe, expect, it } from 'vitest';
import { Channel } from '../../../models/channels/index.js';
import type { ScenarioConfig } from '../../../models/config.js';
import { defaultChannel, defaultWarehouse } from '../../../models/defaults.js';
import { Oms } from '../../../models/oms/index.js';
import { FakeNoOmsWarehouse, FakeWms, makeContext } from '../oms/support.js';

const noDemand = { ordersPerDay: 0, extraLinesMean: 0, extraLinesDispersion: 1, extraUnitsMean: 0 };

// Amazon sells at 0, 600, ..., 3000 s; Shopify at 300, 900, ..., 3300 s; one unit of SKU 4471 each.
function seedScenario(oms: boolean, syncIntervalSeconds: number): Partial<ScenarioConfig> {
  const orders = Array.from({ length: 12 }, (_, i) => ({ atSeconds: 300 * i, channel: i % 2 === 0 ? 'amazon' : 'shopify', lines: [{ sku: '4471', qty: 1 }] }));
  return {
    ownership: { oms, erpOwnCount: false },
    catalog: { items: [{ code: '4471', costCents: 1400, priceCents: 2500 }], zipfAlpha: 1 },
    warehouses: [defaultWarehouse('east')],
    channels: ['amazon', 'shopify'].map((name) => defaultChannel(name, { demand: noDemand, syncIntervalSeconds })),
    scripted: { orders, returns: [] },
  };
}

function startChannels(ctx: ReturnType<typeof makeContext>['ctx'], units: number): Channel[] {
  const channels = ctx.config.channels.map((c, i) => new Channel(ctx, c, i));
  for (const channel of channels) {
    channel.setInitialView(Int32Array.from([units]));
    channel.start();
  }
  return channels;
}

describe('the seed oversell example', () => {
  it('without an OMS: 12 accepted, 10 allocated, 2 oversold', () => {
    const { ctx } = makeContext(seedScenario(false, 86_400));
    const warehouse = new FakeNoOmsWarehouse(ctx, 'east', Int32Array.from([10]));
    const channels = startChannels(ctx, 10);
    ctx.sim.run({ until: 4000 });
    expect(channels.map((c) => c.ordersAccepted)).toEqual([6, 6]);
    expect(ctx.metrics.ordersAccepted).toBe(12);
    expect(warehouse.allocatedOrders).toBe(10);
    expect([ctx.metrics.oversoldOrders, ctx.metrics.oversoldUnits]).toEqual([2, 2]);
    expect(channels.map((c) => c.view(0))).toEqual([4, 4]);
  });

  it('with an OMS syncing every 60 s: 10 accepted, 2 rejected at the channel, none oversold', () => {
    const { ctx } = makeContext(seedScenario(true, 60));
    const oms = new Oms(ctx, [Int32Array.from([10])]);
    new FakeWms(ctx, 'east', 7_200);
    oms.start();
    const channels = startChannels(ctx, 10);
    ctx.sim.run({ until: 4000 });
    expect([ctx.metrics.ordersAccepted, ctx.metrics.ordersRejected, ctx.metrics.unitsRejected]).toEqual([10, 2, 2]);
    expect(ctx.metrics.oversoldOrders).toBe(0);
    expect(channels.map((c) => c.ordersAccepted)).toEqual([5, 5]);
    expect(oms.reserved(0, 0)).toBe(10);
    expect(oms.ats(0)).toBe(0);
  });

  it('with an OMS syncing only hourly, the channels still oversell by 2 and the OMS cancels 2', () => {
    const { ctx } = makeContext(seedScenario(true, 3_600));
    const oms = new Oms(ctx, [Int32Array.from([10])]);
    new FakeWms(ctx, 'east');
    oms.start();
    startChannels(ctx, 10);
    ctx.sim.run({ until: 3_500 });
    expect([ctx.metrics.ordersAccepted, ctx.metrics.oversoldOrders]).toEqual([12, 2]);
    expect(oms.orderStates()).toMatchObject({ received: 12, open: 10, cancelled: 2 });
  });
});
