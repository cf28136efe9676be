// The OMS's side of a customer's cancellation: it stops what the warehouses can still stop, counts
// the rest as too late, and a cancellation that overtakes its order waits for it.
import { describe, expect, it } from 'vitest';
import type { Order } from '../../../models/messages.js';
import { Oms } from '../../../models/oms/index.js';
import { defaultWarehouse } from '../../../models/defaults.js';
import { FakeWms, makeContext, makeOrder, placeOrder, smallCatalog } from './support.js';

function setup() {
  const { ctx } = makeContext({ catalog: smallCatalog(2), warehouses: [defaultWarehouse('east'), defaultWarehouse('west')] });
  // East holds 3 of S1, west 3 of S1 and 5 of S2: a 4 x S1 order splits 3 + 1 under the default routing, or goes whole where it fits.
  const oms = new Oms(ctx, [Int32Array.from([3, 0]), Int32Array.from([3, 5])]);
  const wms = [new FakeWms(ctx, 'east'), new FakeWms(ctx, 'west')];
  return { ctx, oms, wms };
}

function cancellable(order: Order): Order {
  return { ...order, afterSale: { cancelAt: 0, returnAfterSeconds: -1 } };
}

function cancel(ctx: ReturnType<typeof setup>['ctx'], order: Order): void {
  ctx.bus.send(`channel:${order.channel}`, 'oms', 'channel.order.cancelled', { orderId: order.id, channelIndex: order.channelIndex });
}

describe('customer cancellations at the OMS', () => {
  it('a cancellation that overtakes its order is applied when the order arrives', () => {
    const { ctx, oms, wms } = setup();
    const order = cancellable(makeOrder(ctx, 0, 1, [[1, 2]]));
    cancel(ctx, order);
    ctx.sim.run({ until: 10 });
    placeOrder(ctx, order);
    ctx.sim.run({ until: 20 });
    const held = wms.flatMap((w) => w.received);
    expect(held).toHaveLength(1);
    expect(wms.flatMap((w) => w.cancelRequests)).toEqual([{ orderId: order.id, fulfillmentId: held[0]!.fulfillmentId }]);
    wms[1]!.stop(held[0]!.fulfillmentId);
    ctx.sim.run({ until: 30 });
    expect(oms.orderStates()).toMatchObject({ received: 1, open: 0, cancelled: 1 });
    expect([oms.reserved(1, 1), oms.ats(1)]).toEqual([0, 5]);
    expect([ctx.metrics.ordersCancelledByCustomer, ctx.metrics.cancelsTooLate]).toEqual([1, 0]);
  });

  it('a split order one warehouse stops and the other ships is shipped, and the cancellation was too late', () => {
    const { ctx, oms, wms } = setup();
    const order = cancellable(makeOrder(ctx, 0, 1, [[0, 5]]));
    placeOrder(ctx, order);
    ctx.sim.run({ until: 10 });
    expect(wms.map((w) => w.received.length)).toEqual([1, 1]);
    cancel(ctx, order);
    ctx.sim.run({ until: 20 });
    expect(wms.map((w) => w.cancelRequests.length)).toEqual([1, 1]);
    wms[0]!.stop(wms[0]!.received[0]!.fulfillmentId);
    wms[1]!.ship(wms[1]!.received[0]!.fulfillmentId);
    ctx.sim.run({ until: 30 });
    expect(oms.orderStates()).toMatchObject({ received: 1, shipped: 1, cancelled: 0 });
    expect([ctx.metrics.ordersCancelledByCustomer, ctx.metrics.cancelsTooLate]).toEqual([0, 1]);
    expect([oms.reserved(0, 0), oms.reserved(1, 0)]).toEqual([0, 0]);
    // East stopped its part: its units are sellable again; west shipped its part.
    expect(oms.record(0, 0) + oms.record(1, 0)).toBe(6 - wms[1]!.received[0]!.lines[0]!.qty);
  });

  it('an order without a scripted cancellation is not tracked for one', () => {
    const { ctx, oms, wms } = setup();
    const order = makeOrder(ctx, 0, 1, [[1, 1]]);
    placeOrder(ctx, order);
    ctx.sim.run({ until: 10 });
    cancel(ctx, order);
    ctx.sim.run({ until: 20 });
    expect(wms.flatMap((w) => w.cancelRequests)).toEqual([]);
    expect(oms.orderStates()).toMatchObject({ open: 1 });
  });
});
