import { describe, expect, it } from 'vitest';
import { Channel } from '../../../models/channels/index.js';
import type { ScenarioConfig } from '../../../models/config.js';
import { defaultChannel, defaultWarehouse } from '../../../models/defaults.js';
import type { MessageOf, MessagePayloads, Order } from '../../../models/messages.js';
import { Oms } from '../../../models/oms/index.js';
import { ChannelSink, FakeWms, makeContext, smallCatalog } from '../oms/support.js';

const noDemand = { ordersPerDay: 0, extraLinesMean: 0, extraLinesDispersion: 1, extraUnitsMean: 0 };

function setup(overrides: Partial<ScenarioConfig> = {}, channelOverrides: Partial<ReturnType<typeof defaultChannel>> = {}, options = { sink: true }) {
  const { ctx, traces } = makeContext(
    {
      catalog: smallCatalog(3),
      warehouses: [defaultWarehouse('east'), defaultWarehouse('west')],
      channels: [defaultChannel('amazon', { demand: noDemand, priceFactor: 1.1, ...channelOverrides })],
      ...overrides,
    },
    { tracing: true },
  );
  const channel = new Channel(ctx, ctx.config.channels[0]!, 0);
  channel.setInitialView(Int32Array.from([10, 3, 0]));
  const sent: MessageOf<'channel.order.placed'>[] = [];
  if (options.sink) ctx.bus.register(channel.orderTarget, (m) => sent.push(m as MessageOf<'channel.order.placed'>));
  return { ctx, traces, channel, sent };
}

const line = (sku: number, qty: number) => ({ sku, qty, unitPriceCents: 100 });

function publishAts(ctx: ReturnType<typeof makeContext>['ctx'], payload: MessagePayloads['oms.ats.published']): void {
  ctx.bus.send('oms', 'channel:amazon', 'oms.ats.published', payload);
  ctx.sim.run({ until: ctx.sim.now + 1 });
}

describe('Channel accepting and rejecting', () => {
  it('accepts an order its view covers, lowers the view and sends the order to the OMS', () => {
    const { ctx, channel, sent } = setup();
    const order = channel.offer([line(0, 4), line(1, 3)]);
    ctx.sim.run({ until: 1 });
    expect([channel.view(0), channel.view(1)]).toEqual([6, 0]);
    expect(sent.map((m) => [m.to, m.payload.order.channelSeq, m.payload.order.channelIndex])).toEqual([['oms', 1, 0]]);
    expect(sent[0]!.payload.order).toBe(order);
    expect([ctx.metrics.ordersAccepted, ctx.metrics.linesAccepted, ctx.metrics.unitsAccepted]).toEqual([1, 2, 7]);
  });

  it('rejects an order when any line exceeds the view, changing no view (a lost sale)', () => {
    const { ctx, channel, sent, traces } = setup();
    expect(channel.offer([line(0, 4), line(1, 4)])).toBeNull();
    ctx.sim.run({ until: 1 });
    expect([channel.view(0), channel.view(1)]).toEqual([10, 3]);
    expect(sent).toHaveLength(0);
    expect([ctx.metrics.ordersRejected, ctx.metrics.unitsRejected, ctx.metrics.ordersAccepted]).toEqual([1, 8, 0]);
    expect(traces.find((t) => t.kind === 'channel.order.rejected')).toMatchObject({ channel: 'amazon', lines: [{ sku: 'S1', qty: 4 }, { sku: 'S2', qty: 4 }], view: [10, 3] });
  });

  it('counts a SKU repeated across lines against the view once in total', () => {
    const { channel } = setup();
    expect(channel.offer([line(1, 2), line(1, 2)])).toBeNull();
    expect(channel.view(1)).toBe(3);
    expect(channel.offer([line(1, 2), line(1, 1)])).not.toBeNull();
    expect(channel.view(1)).toBe(0);
  });

  it('numbers accepted orders 1, 2, 3 and skips rejected ones', () => {
    const { ctx, channel, sent } = setup();
    channel.offer([line(0, 1)]);
    channel.offer([line(2, 1)]);
    channel.offer([line(0, 1)]);
    ctx.sim.run({ until: 1 });
    expect(sent.map((m) => m.payload.order.channelSeq)).toEqual([1, 2]);
  });
});

describe('Channel view refresh from the OMS', () => {
  it('keeps sales after the watermark subtracted: ATS 7 at watermark 1, then 2 more sold -> 5', () => {
    const { ctx, channel } = setup();
    channel.offer([line(0, 3)]); // seq 1
    channel.offer([line(0, 2)]); // seq 2, not yet seen by the OMS
    publishAts(ctx, { computedAt: 0, full: false, skus: [0], ats: [7], watermark: 1 });
    expect(channel.view(0)).toBe(5);
    expect(channel.pendingUnits(0)).toBe(2);
    publishAts(ctx, { computedAt: 1, full: false, skus: [0], ats: [5], watermark: 2 });
    expect([channel.view(0), channel.pendingUnits(0)]).toEqual([5, 0]);
  });

  it('leaves SKUs missing from a delta as they were', () => {
    const { ctx, channel } = setup();
    publishAts(ctx, { computedAt: 0, full: false, skus: [1], ats: [8], watermark: 0 });
    expect([channel.view(0), channel.view(1), channel.view(2)]).toEqual([10, 8, 0]);
  });

  it('floors the view at zero when the OMS has less than the channel sold since', () => {
    const { ctx, channel } = setup();
    channel.offer([line(0, 6)]);
    publishAts(ctx, { computedAt: 0, full: false, skus: [0], ats: [4], watermark: 0 });
    expect(channel.view(0)).toBe(0);
  });

  it('ignores a message computed before one already applied (a reordered delivery)', () => {
    const { ctx, channel } = setup();
    publishAts(ctx, { computedAt: 20, full: false, skus: [0], ats: [4], watermark: 0 });
    publishAts(ctx, { computedAt: 10, full: false, skus: [0], ats: [9], watermark: 0 });
    expect(channel.view(0)).toBe(4);
  });

  it('sees a change only after the link latency, and not during an outage', () => {
    const channels = [defaultChannel('amazon', { demand: noDemand, syncIntervalSeconds: 60 }), defaultChannel('ebay', { demand: noDemand })];
    const { ctx, channel } = setup({ channels }, {}, { sink: false });
    new ChannelSink(ctx, 'ebay');
    const oms = new Oms(ctx, [Int32Array.from([10, 3, 0]), new Int32Array(3)]);
    new FakeWms(ctx, 'east');
    new FakeWms(ctx, 'west');
    ctx.bus.link('oms', 'channel:amazon', { latencySeconds: 30, outages: [{ startSeconds: 100, endSeconds: 500 }] });
    oms.start();
    const ebaySale = (seq: number, qty: number): Order => ({ id: 100 + seq, channel: 'ebay', channelIndex: 1, channelSeq: seq, placedAt: ctx.sim.now, lines: [line(0, qty)] });
    // eBay sells 4 units of S1 at t = 10; the OMS publishes to Amazon at 60, which sees it at 90.
    ctx.sim.scheduleAt(10, () => ctx.bus.send('channel:ebay', 'oms', 'channel.order.placed', { order: ebaySale(1, 4) }));
    ctx.sim.run({ until: 89 });
    expect(channel.view(0)).toBe(10);
    ctx.sim.run({ until: 91 });
    expect(channel.view(0)).toBe(6);
    // eBay sells 5 more at 110; the publish at 120 is held by the outage until 500, seen at 530.
    ctx.sim.scheduleAt(110, () => ctx.bus.send('channel:ebay', 'oms', 'channel.order.placed', { order: ebaySale(2, 5) }));
    ctx.sim.run({ until: 529 });
    expect(channel.view(0)).toBe(6);
    ctx.sim.run({ until: 531 });
    expect(channel.view(0)).toBe(1);
  });
});

describe('Channel without an OMS', () => {
  const noOms = { ownership: { oms: false, erpOwnCount: false } };

  it('sends orders to its noOmsWarehouse', () => {
    const { ctx, channel, sent } = setup(noOms, { noOmsWarehouse: 'west' });
    channel.offer([line(0, 1)]);
    ctx.sim.run({ until: 1 });
    expect(sent.map((m) => m.to)).toEqual(['wms:west']);
  });

  it('sends orders to the first warehouse when none is named', () => {
    const { channel } = setup(noOms);
    expect(channel.orderTarget).toBe('wms:east');
  });

  it('rejects an unknown noOmsWarehouse by name', () => {
    const { ctx } = makeContext({ ...noOms, channels: [defaultChannel('amazon', { noOmsWarehouse: 'north' })] });
    expect(() => new Channel(ctx, ctx.config.channels[0]!, 0)).toThrow(/noOmsWarehouse "north" is not one of east/);
  });

  it('takes its split share of the published stock, minus the sales its watermark does not include', () => {
    const { ctx, channel } = setup(noOms, { noOmsAllocation: 'split', splitShare: 0.5 });
    ctx.sim.run({ until: 5 });
    channel.offer([line(0, 1)]); // placed at 5
    ctx.sim.run({ until: 20 });
    channel.offer([line(0, 2)]); // placed at 20
    ctx.bus.send('wms:east', 'channel:amazon', 'wms.stock.published', { computedAt: 10, full: false, skus: [0], units: [9], watermark: 1 });
    ctx.sim.run({ until: 21 });
    // floor(9 x 0.5) = 4, less the 2 units of sale 2 (watermark 1: sale 1 is in the figure).
    expect([channel.view(0), channel.pendingUnits(0)]).toEqual([2, 2]);
  });
});

describe('Channel scripted orders', () => {
  it('places them at their time through the same accept or reject rule, at the channel price', () => {
    const scripted = { orders: [{ atSeconds: 50, channel: 'amazon', lines: [{ sku: 'S2', qty: 2 }] }, { atSeconds: 60, channel: 'amazon', lines: [{ sku: 'S2', qty: 2 }] }, { atSeconds: 70, channel: 'ebay', lines: [{ sku: 'S2', qty: 1 }] }], returns: [] };
    const { ctx, channel, sent } = setup({ scripted });
    channel.start();
    ctx.sim.run({ until: 100 });
    expect(sent.map((m) => [m.sentAt, m.payload.order.lines])).toEqual([[50, [{ sku: 1, qty: 2, unitPriceCents: Math.round(2000 * 1.1) }]]]);
    expect([ctx.metrics.ordersAccepted, ctx.metrics.ordersRejected]).toEqual([1, 1]);
  });

  it('names an unknown SKU code', () => {
    const { channel } = setup({ scripted: { orders: [{ atSeconds: 5, channel: 'amazon', lines: [{ sku: 'NOPE', qty: 1 }] }], returns: [] } });
    expect(() => channel.start()).toThrow(/unknown SKU "NOPE"/);
  });
});

describe('Channel messages', () => {
  it('throws on a message type it does not handle, naming it', () => {
    const { ctx } = setup();
    ctx.bus.send('oms', 'channel:amazon', 'oms.fulfillment.requested', {} as MessagePayloads['oms.fulfillment.requested']);
    expect(() => ctx.sim.run({ until: 1 })).toThrow(/unexpected message type "oms.fulfillment.requested"/);
  });
});
