import { describe, expect, it } from 'vitest';
import type { OwnCountConfig, SkuItemConfig } from '../../../../models/config.js';
import { booksInvariants, day, FakeWms, makeContext, makeErp, sku4471, type TestContext } from './harness.js';

const hour = 3600;

function ownCountSetup(ownCount: Partial<OwnCountConfig>, opening = Int32Array.of(86), items: SkuItemConfig[] = [sku4471]) {
  const ctx = makeContext({ seed: 5 }, items);
  ctx.config.ownership.erpOwnCount = true;
  ctx.config.erp.purchasing.policy = 'none';
  Object.assign(ctx.config.erp.ownCount, {
    importDropProbability: 0, importDelaySeconds: 0, entryErrorProbability: 0, entryErrorUnitsMax: 3, reconciliationIntervalDays: 0, ...ownCount,
  });
  const wms = new FakeWms(ctx, 'east', opening);
  const erp = makeErp(ctx, opening, { wmsRecordTotal: (sku) => wms.exportedRecord[sku] });
  return { ctx, wms, erp };
}

function batchTraces(ctx: TestContext) {
  return ctx.traces.flatMap((t) => (t.kind === 'erp.batch.imported' ? [t] : []));
}

describe('erp-own-count: batch imports', () => {
  it('the ERP count moves only when a batch is imported, after the import delay', () => {
    const { ctx, wms, erp } = ownCountSetup({ importDelaySeconds: hour });
    ctx.sim.scheduleAt(10 * hour, () => wms.ship(0, 2, 2499));
    ctx.sim.scheduleAt(day, () => wms.exportBatch());
    ctx.sim.run({ until: day + hour - 1 });
    expect(erp.quantity(0)).toBe(86);
    ctx.sim.run({ until: day + hour + 1 });
    expect(erp.quantity(0)).toBe(84);
    expect(ctx.metrics.cogsCents).toBe(2800);
    expect(ctx.metrics.revenueCents).toBe(4998);
    expect(erp.inventoryValue()).toBe(117_600);
  });

  it('a batch duplicated by the bus is imported once', () => {
    const { ctx, wms, erp } = ownCountSetup({});
    ctx.bus.link('wms:east', 'erp', { duplicateProbability: 1 });
    wms.ship(0, 2, 2499);
    wms.exportBatch();
    ctx.sim.run();
    expect(ctx.bus.statsOf('wms:east', 'erp').delivered).toBe(2);
    expect(erp.quantity(0)).toBe(84);
    expect(erp.importStats.batchesImported).toBe(1);
  });

  it('a dropped batch leaves the ERP count off by exactly that batch', () => {
    const { ctx, wms, erp } = ownCountSetup({ importDropProbability: 1 });
    wms.ship(0, 5, 2499);
    wms.adjust(0, -1, 'damage');
    wms.exportBatch();
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(86);
    expect(erp.quantity(0) - wms.record[0]).toBe(6);
    expect(erp.importStats.batchesDropped).toBe(1);
    expect(ctx.metrics.cogsCents).toBe(0);
  });

  it('with drops at random, the ERP count is the opening minus exactly the imported batches', () => {
    // Batch i ships i units, so the gap identifies which batches were lost.
    const { ctx, wms, erp } = ownCountSetup({ importDropProbability: 0.5 }, Int32Array.of(1000));
    for (let i = 1; i <= 20; i++) {
      ctx.sim.scheduleAt(i * day - hour, () => wms.ship(0, i, 2499));
      ctx.sim.scheduleAt(i * day, () => wms.exportBatch());
    }
    ctx.sim.run();
    const batches = batchTraces(ctx);
    expect(batches).toHaveLength(20);
    const unitsOf = (dropped: boolean) => batches.reduce((sum, b, index) => sum + (b.dropped === dropped ? index + 1 : 0), 0);
    expect(erp.quantity(0)).toBe(1000 - unitsOf(false));
    expect(erp.quantity(0) - wms.record[0]).toBe(unitsOf(true));
    expect(erp.importStats.batchesDropped).toBe(batches.filter((b) => b.dropped).length);
    expect(erp.importStats.batchesDropped).toBeGreaterThan(0); // P(no drop in 20) = 2^-20
    expect(erp.importStats.batchesImported).toBeGreaterThan(0);
  });

  it('receipts in a batch raise the count at the received cost and close the PO on order', () => {
    const ctx = makeContext({}, [sku4471]);
    ctx.config.ownership.erpOwnCount = true;
    Object.assign(ctx.config.erp.purchasing, { reorderPointUnits: 0, orderQuantityUnits: 40, leadTimeDaysMean: 2, leadTimeDaysSd: 0, invoiceDelayDays: 1 });
    Object.assign(ctx.config.erp.ownCount, { importDropProbability: 0, importDelaySeconds: 0, entryErrorProbability: 0 });
    const wms = new FakeWms(ctx, 'east', Int32Array.of(0));
    const erp = makeErp(ctx, Int32Array.of(0), { wmsRecordTotal: (sku) => wms.exportedRecord[sku] });
    for (let d = 1; d <= 5; d++) ctx.sim.scheduleAt(d * day + hour, () => wms.exportBatch());
    erp.start();
    ctx.sim.run({ until: 1 });
    expect(erp.onOrder(0)).toBe(40);
    ctx.sim.run({ until: 2 * day + 2 * hour });
    expect(erp.quantity(0)).toBe(40);
    expect(erp.onOrder(0)).toBe(0);
    expect(erp.inventoryValue()).toBe(40 * 1400);
    expect(ctx.metrics.purchaseOrders).toBe(1);
    ctx.sim.run({ until: 5 * day + 2 * hour });
    expect(erp.books.ledger.balance('accountsPayable')).toBe(-40 * 1400);
    expect(erp.books.ledger.balance('grni')).toBe(0);
  });
});

describe('erp-own-count: reconciliation', () => {
  it('restores the count lost with a dropped batch and posts the adjustment', () => {
    const { ctx, wms, erp } = ownCountSetup({ importDropProbability: 1, reconciliationIntervalDays: 1 });
    ctx.bus.link('wms:east', 'erp', { latencySeconds: hour });
    ctx.sim.scheduleAt(10 * hour, () => wms.ship(0, 2, 2499));
    ctx.sim.scheduleAt(day, () => wms.exportBatch());
    ctx.sim.run({ until: day + hour - 1 });
    expect(erp.quantity(0)).toBe(86);
    ctx.sim.run({ until: day + hour + 1 });
    expect(erp.quantity(0)).toBe(84);
    expect(ctx.metrics.reconciliationAdjustments).toBe(1);
    expect(ctx.metrics.reconciliationValueCents).toBe(2800);
    const entry = erp.books.ledger.entries().at(-1)!;
    expect(entry.lines).toEqual([{ account: 'shrinkage', debitCents: 2800 }, { account: 'inventory', creditCents: 2800 }]);
    expect(ctx.traces.filter((t) => t.kind === 'erp.reconciled')).toEqual([
      { time: day + hour, kind: 'erp.reconciled', sku: '4471', erpBefore: 86, wmsRecord: 84, delta: -2 },
    ]);
    expect(booksInvariants(erp)).toEqual({ unbalancedEntries: 0, trialBalanceCents: 0, inventoryDifferenceCents: 0 });
  });

  it('runs only when due: every 2 days with daily batches', () => {
    const { ctx, wms, erp } = ownCountSetup({ importDropProbability: 1, reconciliationIntervalDays: 2 });
    ctx.sim.scheduleAt(10 * hour, () => wms.ship(0, 2, 2499));
    ctx.sim.scheduleAt(day, () => wms.exportBatch());
    ctx.sim.scheduleAt(day + 10 * hour, () => wms.ship(0, 3, 2499));
    ctx.sim.scheduleAt(2 * day, () => wms.exportBatch());
    ctx.sim.run({ until: day + 1 });
    expect(erp.quantity(0)).toBe(86);
    ctx.sim.run({ until: 2 * day + 1 });
    expect(erp.quantity(0)).toBe(81);
    expect(ctx.metrics.reconciliationAdjustments).toBe(1);
  });

  it('a gain is counted in at the method unit cost', () => {
    const { ctx, wms, erp } = ownCountSetup({ importDropProbability: 1, reconciliationIntervalDays: 1 });
    ctx.sim.scheduleAt(hour, () => wms.adjust(0, 4, 'cycle-count'));
    ctx.sim.scheduleAt(day, () => wms.exportBatch());
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(90);
    expect(ctx.metrics.reconciliationValueCents).toBe(4 * 1400);
    expect(erp.books.ledger.balance('shrinkage')).toBe(-4 * 1400);
  });

  it('interval 0 never reconciles', () => {
    const { ctx, wms, erp } = ownCountSetup({ importDropProbability: 1, reconciliationIntervalDays: 0 });
    for (let d = 1; d <= 5; d++) {
      ctx.sim.scheduleAt(d * day - hour, () => wms.ship(0, 1, 2499));
      ctx.sim.scheduleAt(d * day, () => wms.exportBatch());
    }
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(86);
    expect(ctx.metrics.reconciliationAdjustments).toBe(0);
  });
});

describe('erp-own-count: manual-entry errors', () => {
  it('with every line keyed wrong by at most 1 unit, one line leaves the count off by exactly 1', () => {
    const { ctx, wms, erp } = ownCountSetup({ entryErrorProbability: 1, entryErrorUnitsMax: 1 });
    wms.ship(0, 2, 2499);
    wms.exportBatch();
    ctx.sim.run();
    expect(Math.abs(erp.quantity(0) - wms.record[0])).toBe(1);
    expect(erp.importStats.entryErrors).toBe(1);
    expect(erp.importStats.entryErrorUnitsNet).toBe(wms.record[0] - erp.quantity(0));
  });

  it('with no entry errors the count equals the record after each import', () => {
    const { ctx, wms, erp } = ownCountSetup({});
    wms.ship(0, 2, 2499);
    wms.adjust(0, -1, 'cycle-count');
    wms.exportBatch();
    ctx.sim.run();
    expect(erp.quantity(0)).toBe(wms.record[0]);
  });

  it('errors hit a share p of the lines, off by 1..max units either way', () => {
    const skuCount = 3000;
    const items = Array.from({ length: skuCount }, (_, i) => ({ code: `S${i}`, costCents: 100, priceCents: 200 }));
    const p = 0.3;
    const maxUnits = 3;
    const { ctx, wms, erp } = ownCountSetup({ entryErrorProbability: p, entryErrorUnitsMax: maxUnits }, new Int32Array(skuCount).fill(100), items);
    for (let sku = 0; sku < skuCount; sku++) wms.ship(sku, 5, 200);
    wms.exportBatch();
    ctx.sim.run();
    const errors: number[] = [];
    for (let sku = 0; sku < skuCount; sku++) {
      const keyedMinusTrue = wms.record[sku] - erp.quantity(sku);
      if (keyedMinusTrue !== 0) errors.push(keyedMinusTrue);
    }
    expect(errors.every((e) => Math.abs(e) >= 1 && Math.abs(e) <= maxUnits)).toBe(true);
    expect(errors.length).toBe(erp.importStats.entryErrors);
    const share = errors.length / skuCount;
    expect(Math.abs(share - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / skuCount));
    // |error| uniform on 1..3: mean 2, variance 2/3; the sign is fair: mean 0, variance E[k^2] = 14/3.
    const n = errors.length;
    const meanAbs = errors.reduce((a, e) => a + Math.abs(e), 0) / n;
    expect(Math.abs(meanAbs - 2)).toBeLessThan(4 * Math.sqrt(2 / 3 / n));
    const meanSigned = errors.reduce((a, e) => a + e, 0) / n;
    expect(Math.abs(meanSigned)).toBeLessThan(4 * Math.sqrt(14 / 3 / n));
  });
});
