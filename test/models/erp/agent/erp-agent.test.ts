import { describe, expect, it } from 'vitest';
import { Erp, type ValuationMethod } from '../../../../models/erp/index.js';
import { booksInvariants, day, FakeWms, makeContext, makeErp, sku4471, type TestContext } from './harness.js';
import type { MessagePayloads } from '../../../../models/messages.js';

const methods: ValuationMethod[] = ['fifo', 'moving-average', 'standard'];

function seedContext(valuation: ValuationMethod = 'fifo'): TestContext {
  const ctx = makeContext({}, [sku4471]);
  ctx.config.erp.valuation = valuation;
  ctx.config.erp.purchasing.policy = 'none';
  return ctx;
}

function shippedPayload(fulfillmentId: number, qty: number) {
  return { orderId: fulfillmentId, fulfillmentId, warehouse: 'east', shippedAt: 0, lines: [{ sku: 0, qtyShipped: qty, qtyShort: 0, unitPriceCents: 2499 }] };
}

describe('Erp: the seed walkthrough (86 units of SKU 4471 at $14, 2 shipped)', () => {
  it.each(methods)('%s: opening values 86 units at 120400 cents', (method) => {
    const ctx = seedContext(method);
    const erp = makeErp(ctx, Int32Array.of(86));
    expect(erp.quantity(0)).toBe(86);
    expect(erp.value(0)).toBe(86 * 1400);
    expect(erp.inventoryValue()).toBe(120_400);
    expect(ctx.metrics.inventoryValueCents).toBe(120_400);
    expect(erp.books.ledger.balance('openingEquity')).toBe(-120_400);
  });

  it.each(methods)('%s: a shipment of 2 posts COGS 2800 and leaves 117600 in inventory', (method) => {
    const ctx = seedContext(method);
    const erp = makeErp(ctx, Int32Array.of(86));
    const wms = new FakeWms(ctx, 'east', Int32Array.of(86));
    wms.ship(0, 2, 2499);
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(84);
    expect(ctx.metrics.cogsCents).toBe(2800);
    expect(ctx.metrics.revenueCents).toBe(2 * 2499);
    expect(erp.inventoryValue()).toBe(117_600);
    expect(ctx.metrics.inventoryValueCents).toBe(117_600);
    const shipment = erp.books.ledger.entries().at(-1)!;
    expect(shipment.lines).toEqual([
      { account: 'cogs', debitCents: 2800 },
      { account: 'inventory', creditCents: 2800 },
      { account: 'accountsReceivable', debitCents: 4998 },
      { account: 'revenue', creditCents: 4998 },
    ]);
    expect(booksInvariants(erp)).toEqual({ unbalancedEntries: 0, trialBalanceCents: 0, inventoryDifferenceCents: 0 });
  });

  it('emits an erp.posted trace record with the quantity and inventory value after the shipment', () => {
    const ctx = seedContext();
    makeErp(ctx, Int32Array.of(86));
    new FakeWms(ctx, 'east', Int32Array.of(86)).ship(0, 2, 2499);
    ctx.sim.run();
    const posted = ctx.traces.filter((t) => t.kind === 'erp.posted');
    expect(posted.at(-1)).toMatchObject({ kind: 'erp.posted', quantity: 84, inventoryValueCents: 117_600 });
  });
});

describe('Erp: duplicated messages post once', () => {
  it('a shipped message duplicated by the bus link is posted once', () => {
    const ctx = seedContext();
    const erp = makeErp(ctx, Int32Array.of(86));
    const wms = new FakeWms(ctx, 'east', Int32Array.of(86));
    ctx.bus.link('wms:east', 'erp', { duplicateProbability: 1 });
    wms.ship(0, 2, 2499);
    ctx.sim.run();
    expect(ctx.bus.statsOf('wms:east', 'erp').delivered).toBe(2);
    expect(erp.books.ledger.entryCount).toBe(2); // opening + one shipment
    expect(ctx.metrics.cogsCents).toBe(2800);
    expect(ctx.metrics.revenueCents).toBe(4998);
    expect(erp.quantity(0)).toBe(84);
  });

  it('the same shipment sent twice (same fulfillment id) is posted once', () => {
    const ctx = seedContext();
    const erp = makeErp(ctx, Int32Array.of(86));
    ctx.bus.register('wms:east', () => undefined);
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shippedPayload(7, 2));
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shippedPayload(7, 2));
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(84);
    expect(ctx.metrics.cogsCents).toBe(2800);
  });

  it('without the journal (the default) a duplicate within the id window still posts once', () => {
    const ctx = seedContext();
    const erp = new Erp(ctx, { openingUnits: Int32Array.of(86), wmsRecordTotal: () => 86 });
    expect(erp.books.ledger.keepsJournal).toBe(false);
    ctx.bus.register('wms:east', () => undefined);
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shippedPayload(7, 2));
    ctx.sim.run({ until: day });
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shippedPayload(7, 2));
    ctx.sim.run({ until: 2 * day });
    expect(erp.quantity(0)).toBe(84);
    expect(erp.books.ledger.entryCount).toBe(2);
  });

  it('the same adjustment and receipt sent twice are posted once', () => {
    const ctx = seedContext();
    const erp = makeErp(ctx, Int32Array.of(86));
    ctx.bus.register('wms:east', () => undefined);
    const adjusted = { eventId: 'a1', warehouse: 'east', sku: 0, delta: -3, reason: 'cycle-count' as const };
    const receipt = { eventId: 'r1', warehouse: 'east', poId: 5, sku: 0, qty: 10, unitCostCents: 1400 };
    for (let copy = 0; copy < 2; copy++) {
      ctx.bus.send('wms:east', 'erp', 'wms.stock.adjusted', adjusted);
      ctx.bus.send('wms:east', 'erp', 'wms.receipt.completed', receipt);
    }
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(86 - 3 + 10);
    // Physical receipts are the warehouse's to count (metrics.unitsReceived); the ERP books their value.
    expect(ctx.metrics.unitsReceived).toBe(0);
    expect(ctx.metrics.shrinkValueCents).toBe(3 * 1400);
  });
});

describe('Erp: opening stock and initial count overrides', () => {
  it('an override replaces the opening count and is valued at catalogue cost (ERP says 90, floor 84)', () => {
    const ctx = seedContext();
    ctx.config.erp.initialCountOverrides = [{ sku: '4471', units: 90 }];
    const erp = makeErp(ctx, Int32Array.of(84));
    expect(erp.quantity(0)).toBe(90);
    expect(erp.value(0)).toBe(90 * 1400);
  });

  it('an override naming an unknown SKU is refused with its code', () => {
    const ctx = seedContext();
    ctx.config.erp.initialCountOverrides = [{ sku: '9999', units: 1 }];
    expect(() => makeErp(ctx, Int32Array.of(84))).toThrow(/"9999"/);
  });

  it('opening units of the wrong length or negative are refused', () => {
    expect(() => makeErp(seedContext(), Int32Array.of(1, 2))).toThrow(/2 entries for a catalogue of 1/);
    expect(() => makeErp(seedContext(), Int32Array.of(-1))).toThrow(/-1/);
  });
});

describe('Erp: adjustments, receipts and invoices', () => {
  it('a count loss is a shrinkage write-off at cost and a count gain is the reverse', () => {
    const ctx = seedContext();
    const erp = makeErp(ctx, Int32Array.of(86));
    const wms = new FakeWms(ctx, 'east', Int32Array.of(86));
    wms.adjust(0, -3, 'cycle-count');
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(83);
    expect(ctx.metrics.shrinkValueCents).toBe(4200);
    expect(erp.books.ledger.entries().at(-1)!.lines).toEqual([
      { account: 'shrinkage', debitCents: 4200 },
      { account: 'inventory', creditCents: 4200 },
    ]);
    wms.adjust(0, 2, 'mis-scan');
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(85);
    expect(ctx.metrics.shrinkValueCents).toBe(4200 - 2800);
    expect(erp.books.ledger.balance('shrinkage')).toBe(1400);
  });

  it('damage is written off with its own reason', () => {
    const ctx = seedContext();
    const erp = makeErp(ctx, Int32Array.of(86));
    new FakeWms(ctx, 'east', Int32Array.of(86)).adjust(0, -1, 'damage');
    ctx.sim.run();
    expect(erp.books.ledger.entries().at(-1)!.memo).toMatch(/damage/);
  });

  // Opening 86 @ 1400, receive 10 @ 1500, ship 90. FIFO: 86 x 1400 + 4 x 1500. Moving average:
  // 135400 x 90 / 96 = 126937.5, rounded half up. Standard: 90 x 1400, and 10 x 100 of PPV at receipt.
  it.each([
    { method: 'fifo' as const, cogs: 126_400, ppv: 0, inventoryAfterReceipt: 135_400 },
    { method: 'moving-average' as const, cogs: 126_938, ppv: 0, inventoryAfterReceipt: 135_400 },
    { method: 'standard' as const, cogs: 126_000, ppv: 1000, inventoryAfterReceipt: 134_400 },
  ])('$method: a receipt at 1500 then 90 shipped costs $cogs (PPV $ppv)', ({ method, cogs, ppv, inventoryAfterReceipt }) => {
    const ctx = seedContext(method);
    const erp = makeErp(ctx, Int32Array.of(86));
    ctx.bus.register('wms:east', () => undefined);
    ctx.bus.send('wms:east', 'erp', 'wms.receipt.completed', { eventId: 'r1', warehouse: 'east', poId: 1, sku: 0, qty: 10, unitCostCents: 1500 });
    ctx.sim.run({ until: 1 });
    expect(erp.inventoryValue()).toBe(inventoryAfterReceipt);
    expect(erp.books.ledger.balance('grni')).toBe(-15_000);
    expect(erp.books.ledger.balance('purchasePriceVariance')).toBe(ppv);
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shippedPayload(1, 90));
    ctx.sim.run({ until: 2 });
    expect(ctx.metrics.cogsCents).toBe(cogs);
    expect(erp.inventoryValue()).toBe(inventoryAfterReceipt - cogs);
    expect(booksInvariants(erp)).toEqual({ unbalancedEntries: 0, trialBalanceCents: 0, inventoryDifferenceCents: 0 });
  });

  it('the supplier invoice clears GRNI to AP invoiceDelayDays after the receipt', () => {
    const ctx = seedContext();
    ctx.config.erp.purchasing.invoiceDelayDays = 3;
    const erp = makeErp(ctx, Int32Array.of(0));
    ctx.bus.register('wms:east', () => undefined);
    ctx.bus.send('wms:east', 'erp', 'wms.receipt.completed', { eventId: 'r1', warehouse: 'east', poId: 1, sku: 0, qty: 10, unitCostCents: 1500 });
    ctx.sim.run({ until: 3 * day - 1 });
    expect(erp.books.ledger.balance('grni')).toBe(-15_000);
    expect(erp.books.ledger.balance('accountsPayable')).toBe(0);
    ctx.sim.run({ until: 3 * day + 1 });
    expect(erp.books.ledger.balance('grni')).toBe(0);
    expect(erp.books.ledger.balance('accountsPayable')).toBe(-15_000);
    expect(erp.books.openReceiptCount()).toBe(0);
  });
});

describe('Erp: stock the ERP does not think it has', () => {
  it('a shipment beyond the ERP count counts the missing units in first, so the count stops at 0', () => {
    const ctx = seedContext();
    const erp = makeErp(ctx, Int32Array.of(1));
    ctx.bus.register('wms:east', () => undefined);
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shippedPayload(1, 3));
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(0);
    expect(erp.coveredUnits).toBe(2);
    expect(ctx.metrics.cogsCents).toBe(3 * 1400);
    expect(erp.books.ledger.balance('shrinkage')).toBe(-2 * 1400);
    expect(booksInvariants(erp)).toEqual({ unbalancedEntries: 0, trialBalanceCents: 0, inventoryDifferenceCents: 0 });
  });

  it('a SKU never held enters at catalogue cost when a shipment needs it', () => {
    const ctx = seedContext('moving-average');
    const erp = makeErp(ctx, Int32Array.of(0));
    ctx.bus.register('wms:east', () => undefined);
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shippedPayload(1, 2));
    ctx.sim.run();
    expect(ctx.metrics.cogsCents).toBe(2800);
    expect(erp.unitCost(0)).toBe(1400);
  });

  it('a loss beyond the ERP count writes off only what it holds', () => {
    const ctx = seedContext();
    const erp = makeErp(ctx, Int32Array.of(2));
    ctx.bus.register('wms:east', () => undefined);
    ctx.bus.send('wms:east', 'erp', 'wms.stock.adjusted', { eventId: 'a', warehouse: 'east', sku: 0, delta: -5, reason: 'short-pick' });
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(0);
    expect(ctx.metrics.shrinkValueCents).toBe(2800);
  });
});

describe('Erp: which messages it follows', () => {
  it('in erp-own-count mode it ignores per-movement messages', () => {
    const ctx = seedContext();
    ctx.config.ownership.erpOwnCount = true;
    const erp = makeErp(ctx, Int32Array.of(86));
    ctx.bus.register('wms:east', () => undefined);
    ctx.bus.send('wms:east', 'erp', 'wms.order.shipped', shippedPayload(1, 2));
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(86);
    expect(erp.ignoredMessages).toBe(1);
  });

  it('in clean mode it ignores batch exports', () => {
    const ctx = seedContext();
    const erp = makeErp(ctx, Int32Array.of(86));
    ctx.bus.register('wms:east', () => undefined);
    ctx.bus.send('wms:east', 'erp', 'wms.batch.exported', { batchId: 'b', warehouse: 'east', periodEnd: 0, movements: [{ sku: 0, delta: -2, kind: 'ship', valueHintCents: 0 }] });
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(86);
    expect(erp.ignoredMessages).toBe(1);
  });

  it('an unexpected message type is an error naming it', () => {
    const ctx = seedContext();
    makeErp(ctx, Int32Array.of(86));
    ctx.bus.register('oms', () => undefined);
    ctx.bus.send('oms', 'erp', 'oms.ats.published', {} as MessagePayloads['oms.ats.published']);
    expect(() => ctx.sim.run()).toThrow(/oms\.ats\.published/);
  });
});
