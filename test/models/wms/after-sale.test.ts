// The warehouse's after-sale desk on its own: which fulfilments a cancellation can still stop, how a
// stopped one leaves its pick task, and a returned parcel going back into the bins.
import { describe, expect, it } from 'vitest';
import { createAgentContext } from '../../../models/context.js';
import { defaultScenarioConfig } from '../../../models/defaults.js';
import type { Order } from '../../../models/messages.js';
import { AfterSaleDesk } from '../../../models/wms/after-sale.js';
import { Inventory } from '../../../models/wms/inventory.js';
import { MovementReporter } from '../../../models/wms/movements.js';
import { pickTask, type Fulfillment } from '../../../models/wms/pick-task.js';

function setup() {
  const ctx = createAgentContext(defaultScenarioConfig({ catalog: { items: [{ code: 'A', costCents: 100, priceCents: 200 }, { code: 'B', costCents: 100, priceCents: 200 }], zipfAlpha: 1 } }));
  const inventory = new Inventory(2);
  inventory.setInitial(0, 5, 5);
  const stats = { fulfillmentsCancelled: 0 };
  const desk = new AfterSaleDesk(ctx, { warehouse: 'east', address: 'wms:east', inventory, reporter: new MovementReporter(ctx, 'east', 'wms:east'), local: null, stats });
  return { ctx, inventory, stats, desk };
}

function fulfillment(id: number, cancelAt: number): Fulfillment {
  const order = { id, channel: 'c', channelIndex: 0, channelSeq: id, placedAt: 0, lines: [], afterSale: cancelAt < 0 ? null : { cancelAt, returnAfterSeconds: -1 } } as unknown as Order;
  return { fulfillmentId: 100 + id, orderId: id, order, lines: [{ sku: 0, qty: 1, unitPriceCents: 200 }, { sku: 1, qty: 2, unitPriceCents: 200 }], short: null, physicalSkus: null, cancelled: false };
}

describe('AfterSaleDesk', () => {
  it('stops a held fulfilment before picking; the task loses it and its lines', () => {
    const { desk, stats } = setup();
    const [a, b, c] = [fulfillment(1, 50), fulfillment(2, 50), fulfillment(3, -1)];
    for (const f of [a, b, c]) desk.accepted(f);
    expect(desk.stopFulfillment(2, 999)).toBe(false); // another fulfilment id
    expect(desk.stopFulfillment(2, 102)).toBe(true);
    expect(desk.stopFulfillment(2, 102)).toBe(false); // once
    expect(desk.stopFulfillment(3, 103)).toBe(false); // never held: no cancellation scripted
    const task = pickTask([a, b, c]);
    desk.beforePicking(task);
    expect(task.fulfillments).toEqual([a, c]);
    expect(task.lineCount).toBe(4);
    expect(stats.fulfillmentsCancelled).toBe(1);
    // picking started: too late for order 1
    expect(desk.stopFulfillment(1, 101)).toBe(false);
  });

  it('puts a returned parcel back into the bins, record and shelf alike, and refuses a bad line', () => {
    const { ctx, desk, inventory } = setup();
    desk.received(7, [{ sku: 0, qty: 3, unitPriceCents: 200 }]);
    expect([inventory.recordOnHand(0), inventory.physicalOnHand(0)]).toEqual([8, 8]);
    expect([ctx.metrics.returnsReceived, ctx.metrics.unitsReturned]).toEqual([1, 3]);
    expect(() => desk.received(8, [{ sku: 5, qty: 1, unitPriceCents: 200 }])).toThrow(/bad line/);
  });
});
