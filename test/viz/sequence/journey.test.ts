import { describe, expect, it } from 'vitest';
import type { BatonTrace } from '../../../models/trace.js';
import { JourneyRecorder, postingSummary, shipmentOrderId } from '../../../viz/sequence/journey.js';

/** A numbers source that reports fixed numbers, bumped by the test between records. */
function source() {
  const state = { physical: 10, wms: 10, oms: 10 as number | null, channels: { amazon: 10, shopify: 10 } as Record<string, number>, erp: 10 };
  return { state, numbersOf: (sku: string) => (sku === '4471' ? { ...state, channels: { ...state.channels } } : null) };
}

describe('JourneyRecorder', () => {
  it('without an OMS, an order the warehouse cannot cover ends cancelled, answered back to the channel', () => {
    const { numbersOf } = source();
    const recorder = new JourneyRecorder(numbersOf, { hasOms: false, channels: ['amazon', 'shopify'] });
    recorder.observe({ time: 1, kind: 'channel.order.accepted', channel: 'amazon', orderId: 11, lines: [{ sku: '4471', qty: 1 }], view: [4] });
    recorder.observe({ time: 1, kind: 'wms.order.oversold', warehouse: 'east', orderId: 11, channel: 'amazon', units: 1 });
    const [journey] = recorder.journeys();
    expect(journey!.outcome).toBe('cancelled');
    expect(journey!.steps.map((s) => [s.actor, s.to.join('+')])).toEqual([['channel', 'wms'], ['wms', 'channel']]);
  });

  it('follows an order through routing, picking, shipping, posting and the next publications', () => {
    const { state, numbersOf } = source();
    const recorder = new JourneyRecorder(numbersOf, { hasOms: true, channels: ['amazon', 'shopify'] });
    const feed = (record: BatonTrace) => recorder.observe(record);
    state.channels.amazon = 8;
    feed({ time: 1, kind: 'channel.order.accepted', channel: 'amazon', orderId: 7, lines: [{ sku: '4471', qty: 2 }], view: [8] });
    state.oms = 8;
    feed({ time: 2, kind: 'oms.order.routed', orderId: 7, warehouses: ['east'], policy: 'nearest', ats: [{ sku: '4471', ats: 8 }] });
    feed({ time: 3, kind: 'oms.ats.published', channel: 'shopify', skus: 1, full: false });
    state.channels.shopify = 8;
    feed({ time: 4, kind: 'channel.view.updated', channel: 'shopify', sku: '4471', view: 8 });
    feed({ time: 5, kind: 'channel.view.updated', channel: 'shopify', sku: '4471', view: 8 }); // not awaited any more
    feed({ time: 6, kind: 'wms.pick.completed', warehouse: 'east', orderIds: [7, 8], travelMeters: 12, bins: ['A-01-01'], sequence: ['A-01-01'] });
    state.wms = 8;
    state.physical = 8;
    feed({ time: 7, kind: 'wms.order.shipped', warehouse: 'east', orderId: 7, lines: [{ sku: '4471', qty: 2, bin: 'A-01-01', recordAfter: 8, physicalAfter: 8 }] });
    state.erp = 8;
    feed({ time: 8, kind: 'erp.posted', eventId: 'ship:east:7:0', memo: 'Shipment', lines: [{ account: 'cogs', debitCents: 2800 }, { account: 'inventory', creditCents: 2800 }], quantity: 8, inventoryValueCents: 11200 });
    feed({ time: 9, kind: 'erp.posted', eventId: 'ship:east:8:0', memo: 'Shipment', lines: [], quantity: 7, inventoryValueCents: 0 });
    const [journey] = recorder.journeys();
    // Before the sale: the channel's own view was higher by the 2 sold; shopify's was untouched.
    expect(journey!.opening).toEqual({ channel: 10, oms: 10, wms: 10, physical: 10, erp: 10, views: { amazon: 10, shopify: 10 } });
    expect(journey!.steps.map((s) => [s.time, s.actor, s.to.join('+')])).toEqual([
      [1, 'channel', 'oms'],
      [2, 'oms', 'wms'],
      [3, 'oms', 'channel'],
      [4, 'channel', ''],
      [6, 'wms', ''],
      [7, 'wms', 'oms+erp'],
      [8, 'erp', ''],
    ]);
    expect(journey!.steps[5]!.text).toBe('east ships #7: 2 × 4471 from A-01-01; record 10 → 8, shelf 8');
    expect(journey!.steps[6]!.numbers).toEqual({ channel: 8, oms: 8, wms: 8, physical: 8, erp: 8, views: { amazon: 8, shopify: 8 } });
    // The publication goes to shopify's lifeline, and shopify's own view update stands on it.
    expect(journey!.steps[2]!.toChannel).toBe('shopify');
    expect(journey!.steps[3]!.channel).toBe('shopify');
    expect(journey!.steps[0]!.channel).toBeUndefined();
    expect(journey!.outcome).toBe('shipped');
  });

  it('sends orders straight to the warehouse without an OMS and ends an oversold order as cancelled', () => {
    const { numbersOf } = source();
    const noOms = new JourneyRecorder(numbersOf, { hasOms: false, channels: ['amazon'] });
    noOms.observe({ time: 1, kind: 'channel.order.accepted', channel: 'amazon', orderId: 1, lines: [{ sku: '4471', qty: 1 }], view: [9] });
    expect(noOms.journeys()[0]!.steps[0]!.to).toEqual(['wms']);
    const withOms = new JourneyRecorder(numbersOf, { hasOms: true, channels: ['amazon'] });
    withOms.observe({ time: 1, kind: 'channel.order.accepted', channel: 'amazon', orderId: 2, lines: [{ sku: '4471', qty: 1 }], view: [9] });
    withOms.observe({ time: 2, kind: 'oms.order.oversold', orderId: 2, units: 1 });
    expect(withOms.journeys()[0]).toMatchObject({ outcome: 'cancelled' });
    expect(withOms.journeys()[0]!.steps[1]!.text).toContain('oversold by 1 unit, cancelled');
  });

  it('follows only the first orders it is asked to', () => {
    const recorder = new JourneyRecorder(source().numbersOf, { hasOms: true, channels: ['amazon'], orders: 2 });
    for (let id = 1; id <= 5; id++) recorder.observe({ time: id, kind: 'channel.order.accepted', channel: 'amazon', orderId: id, lines: [{ sku: '4471', qty: 1 }], view: [1] });
    expect(recorder.journeys().map((j) => j.orderId)).toEqual([1, 2]);
  });

  it('finds the order of a shipment posting and summarises its lines', () => {
    const posting = { time: 0, kind: 'erp.posted' as const, eventId: 'ship:east:12:0', memo: 'Shipment', lines: [{ account: 'cogs', debitCents: 2800 }, { account: 'inventory', creditCents: 2800 }, { account: 'accountsReceivable', debitCents: 4998 }, { account: 'revenue', creditCents: 4998 }], quantity: 84, inventoryValueCents: 0 };
    expect(shipmentOrderId(posting)).toBe(12);
    expect(shipmentOrderId({ ...posting, eventId: 'receipt:4' })).toBe(null);
    expect(postingSummary(posting)).toBe('Dr cogs $28.00 / Cr inventory $28.00 (+2 lines)');
  });
});
