import { describe, expect, it } from 'vitest';
import type { SkuItemConfig } from '../../../../models/config.js';
import type { ValuationMethod } from '../../../../models/erp/index.js';
import type { AdjustmentReason } from '../../../../models/messages.js';
import { RandomStreams } from '../../../../sim/index.js';
import { booksInvariants, day, FakeWms, makeContext, makeErp } from './harness.js';

const skuCount = 20;
const items: SkuItemConfig[] = Array.from({ length: skuCount }, (_, i) => ({ code: `P${i}`, costCents: 300 + 137 * i, priceCents: 700 + 211 * i }));
const reasons: AdjustmentReason[] = ['cycle-count', 'damage', 'short-pick', 'mis-scan'];
const activeDays = 85;

// A long run driven by a fake warehouse: random order lines and record adjustments every day,
// purchasing with random lead times and prices, a jittery link that duplicates a third of the messages.
function longRun(method: ValuationMethod, ownCount: boolean) {
  const ctx = makeContext({ seed: 2024 }, items);
  ctx.config.erp.valuation = method;
  ctx.config.ownership.erpOwnCount = ownCount;
  Object.assign(ctx.config.erp.purchasing, {
    policy: 'reorder-point', reorderPointUnits: 20, orderQuantityUnits: 50, leadTimeDaysMean: 3, leadTimeDaysSd: 1.5,
    supplierPriceVariationPct: 15, invoiceDelayDays: 2,
  });
  Object.assign(ctx.config.erp.ownCount, { importDropProbability: 0.2, entryErrorProbability: 0.05, entryErrorUnitsMax: 2, reconciliationIntervalDays: 7 });
  const draws = new RandomStreams('long-run').stream('events');
  const opening = Int32Array.from({ length: skuCount }, () => draws.int(0, 60));
  const wms = new FakeWms(ctx, 'east', opening);
  const erp = makeErp(ctx, opening, { wmsRecordTotal: (sku) => wms.exportedRecord[sku] });
  ctx.bus.link('wms:east', 'erp', { latencySeconds: 60, jitterSeconds: 300, duplicateProbability: 0.3 });
  const expected = { revenueCents: 0 };
  for (let d = 0; d < activeDays; d++) {
    for (let n = 0; n < 30; n++) {
      const sku = draws.index(skuCount);
      const qty = draws.int(1, 4);
      ctx.sim.scheduleAt(d * day + draws.uniform(0, day), () => {
        expected.revenueCents += wms.ship(sku, qty, items[sku].priceCents) * items[sku].priceCents;
      });
    }
    for (let n = 0; n < 2; n++) {
      const sku = draws.index(skuCount);
      const delta = draws.int(1, 3) * (draws.random() < 0.6 ? -1 : 1);
      const reason = draws.pick(reasons);
      ctx.sim.scheduleAt(d * day + draws.uniform(0, day), () => wms.adjust(sku, delta, reason));
    }
    if (ownCount) ctx.sim.scheduleAt((d + 1) * day, () => wms.exportBatch());
  }
  erp.start();
  ctx.sim.run({ until: activeDays * day });
  // Let messages in flight arrive, so the ERP has heard of every movement made so far.
  const link = ctx.bus.statsOf('wms:east', 'erp');
  while (link.delivered < link.sent + link.duplicated) ctx.sim.run({ until: ctx.sim.now + 60 });
  return { ctx, wms, erp, expected };
}

function receivedCostCents(wms: FakeWms, now: number): number {
  return wms.pos.reduce((sum, po) => sum + (po.expectedAt <= now ? po.qty * po.unitCostCents : 0), 0);
}

describe('Erp: invariants over a long random run', () => {
  it.each(['fifo', 'moving-average', 'standard'] as const)('clean, %s: balanced books that follow the warehouse exactly', (method) => {
    const { ctx, wms, erp, expected } = longRun(method, false);
    const ledger = erp.books.ledger;
    expect(ledger.entryCount).toBeGreaterThan(2000);
    expect(booksInvariants(erp)).toEqual({ unbalancedEntries: 0, trialBalanceCents: 0, inventoryDifferenceCents: 0 });
    for (let sku = 0; sku < skuCount; sku++) expect(erp.quantity(sku), `SKU ${sku}`).toBe(wms.record[sku]);
    expect(erp.coveredUnits).toBe(0);
    expect(ctx.metrics.revenueCents).toBe(expected.revenueCents);
    expect(ledger.balance('revenue')).toBe(-expected.revenueCents);
    expect(ctx.metrics.cogsCents).toBe(ledger.balance('cogs'));
    expect(ctx.metrics.shrinkValueCents).toBe(ledger.balance('shrinkage'));
    expect(ctx.metrics.inventoryValueCents).toBe(erp.inventoryValue());
    expect(ledger.balance('inventory')).toBe(erp.inventoryValue());
    // Whatever was received is owed to suppliers: GRNI until invoiced, AP after.
    expect(-(ledger.balance('grni') + ledger.balance('accountsPayable'))).toBe(receivedCostCents(wms, ctx.sim.now));
    expect(ctx.metrics.purchaseOrders).toBe(wms.pos.length);
    expect(ctx.metrics.purchaseOrders).toBeGreaterThan(10);
    const amounts = ledger.entries().flatMap((entry) => entry.lines.map((line) => line.debitCents ?? line.creditCents));
    expect(amounts.every((cents) => Number.isSafeInteger(cents) && cents! >= 0)).toBe(true);
  });

  it.each(['fifo', 'moving-average', 'standard'] as const)('erp-own-count, %s: drops, entry errors and reconciliations keep the books balanced', (method) => {
    const { ctx, erp } = longRun(method, true);
    expect(erp.importStats.batchesDropped).toBeGreaterThan(0);
    expect(erp.importStats.entryErrors).toBeGreaterThan(0);
    expect(ctx.metrics.reconciliationAdjustments).toBeGreaterThan(0);
    expect(booksInvariants(erp)).toEqual({ unbalancedEntries: 0, trialBalanceCents: 0, inventoryDifferenceCents: 0 });
    expect(ctx.metrics.inventoryValueCents).toBe(erp.inventoryValue());
    expect(ctx.metrics.cogsCents).toBe(erp.books.ledger.balance('cogs'));
  });

  it('the same seed gives the same books', () => {
    const a = longRun('moving-average', true);
    const b = longRun('moving-average', true);
    expect(a.erp.books.ledger.trialBalance()).toEqual(b.erp.books.ledger.trialBalance());
    expect(a.ctx.metrics.snapshot()).toEqual(b.ctx.metrics.snapshot());
  });
});
