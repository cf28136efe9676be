// The ERP without trace or journal books shipments unkeyed: it deduplicates them itself by
// (warehouse, fulfillment id) and must book exactly what the keyed path books.
import { describe, expect, it } from 'vitest';
import { Erp } from '../../../../models/erp/index.js';
import { day, makeContext, sku4471, type TestContext } from './harness.js';

function quietContext(): TestContext {
  const ctx = makeContext({}, [sku4471]);
  ctx.config.erp.purchasing.policy = 'none';
  ctx.tracing = false;
  return ctx;
}

function shipped(warehouse: string, fulfillmentId: number, qty: number) {
  return { orderId: fulfillmentId, fulfillmentId, warehouse, shippedAt: 0, lines: [{ sku: 0, qtyShipped: qty, qtyShort: 0, unitPriceCents: 2499 }] };
}

function quietErp(ctx: TestContext, opening: number): Erp {
  const erp = new Erp(ctx, { openingUnits: Int32Array.of(opening), wmsRecordTotal: () => opening });
  for (const name of ['east', 'west']) ctx.bus.register(`wms:${name}`, () => undefined);
  return erp;
}

// The journal is off, so balance is checked on the totals: the trial balance and the inventory account.
function expectBalanced(erp: Erp): void {
  expect(erp.books.ledger.trialBalance().totals.balanceCents).toBe(0);
  expect(erp.books.inventoryMatchesLayers()).toBe(true);
}

describe('Erp without trace or journal (unkeyed shipments)', () => {
  it('books the seed walkthrough: 2 of 86 at $14 ship for COGS 2800, revenue 4998, 117600 left', () => {
    const ctx = quietContext();
    const erp = quietErp(ctx, 86);
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shipped('east', 7, 2));
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(84);
    expect(ctx.metrics.cogsCents).toBe(2800);
    expect(ctx.metrics.revenueCents).toBe(4998);
    expect(ctx.metrics.inventoryValueCents).toBe(117_600);
    expect(erp.books.ledger.entryCount).toBe(2);
    // The sale itself is in the ledger, not only in the metrics: 2 x 2499 owed by the customer.
    expect(erp.books.ledger.balance('accountsReceivable')).toBe(4998);
    expect(erp.books.ledger.balance('revenue')).toBe(-4998);
    expect(erp.books.ledger.balance('cogs')).toBe(2800);
    expectBalanced(erp);
  });

  it('books revenue and receivables of every shipment: 2 + 3 + 5 units at 2499 = 24990 cents', () => {
    const ctx = quietContext();
    const erp = quietErp(ctx, 86);
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shipped('east', 1, 2));
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shipped('east', 2, 3));
    ctx.bus.send('wms:west', 'erp', 'wms.order.shipped', shipped('west', 1, 5));
    ctx.sim.run();
    expect(ctx.metrics.revenueCents).toBe(24_990);
    expect(erp.books.ledger.balance('accountsReceivable')).toBe(24_990);
    expect(erp.books.ledger.balance('revenue')).toBe(-24_990);
    expect(erp.books.ledger.balance('cogs')).toBe(10 * 1400);
    expectBalanced(erp);
  });

  it('posts a shipment sent twice by the same warehouse once, within the idempotency window', () => {
    const ctx = quietContext();
    const erp = quietErp(ctx, 86);
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shipped('east', 7, 2));
    ctx.sim.run({ until: day });
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shipped('east', 7, 2));
    ctx.sim.run({ until: 2 * day });
    expect(erp.quantity(0)).toBe(84);
    expect(ctx.metrics.cogsCents).toBe(2800);
  });

  it('keeps equal fulfillment ids of different warehouses apart', () => {
    const ctx = quietContext();
    const erp = quietErp(ctx, 86);
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shipped('east', 7, 2));
    ctx.bus.send('wms:west', 'erp', 'wms.order.shipped', shipped('west', 7, 2));
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(82);
  });

  it('counts in the units a shipment exceeds its count by, at catalogue cost, then ships them', () => {
    const ctx = quietContext();
    const erp = quietErp(ctx, 0);
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shipped('east', 1, 3));
    ctx.sim.run();
    expect(erp.coveredUnits).toBe(3);
    expect(erp.quantity(0)).toBe(0);
    expect(ctx.metrics.cogsCents).toBe(3 * 1400);
    expect(erp.books.ledger.balance('shrinkage')).toBe(-3 * 1400);
    expectBalanced(erp);
  });
});
