// One SKU identity: inside a run the ERP's valuation is keyed by catalogue index like the WMS and OMS
// stock; the SKU code appears only where a person reads it (journal memos, reports, messages).
import { describe, expect, it } from 'vitest';
import { buildPipeline } from '../../../models/pipeline.js';
import { ErpBooks } from '../../../models/erp/books.js';
import { inventoryValuationReport } from '../../../models/erp/reports.js';
import { FifoValuation, MovingAverageValuation, StandardCostValuation, ValuationError } from '../../../models/erp/valuation/index.js';
import { Ledger } from '../../../models/erp/ledger.js';
import { loadScenario } from '../../../scenarios/load.js';

describe('the ERP keys SKUs by catalogue index', () => {
  it('in a run: valuation keys are indices, the valuation report names them by code', () => {
    for (const valuation of ['fifo', 'moving-average', 'standard'] as const) {
      const base = loadScenario('multichannel');
      const { ctx, erp } = buildPipeline({ ...base, erp: { ...base.erp, valuation } });
      ctx.sim.run({ until: 3600 });
      const keys = erp.books.valuation.skus();
      expect(keys.length, valuation).toBe(ctx.catalog.size);
      expect(keys.every((k) => Number.isInteger(k) && k >= 0 && k < ctx.catalog.size), valuation).toBe(true);
      const codes = inventoryValuationReport(erp.books.valuation).rows.map((r) => r.sku);
      expect(new Set(codes), valuation).toEqual(new Set(ctx.catalog.codes.filter((_, s) => erp.books.valuation.quantity(s) > 0)));
      expect(codes, valuation).toEqual([...codes].sort());
    }
  });

  it('index-keyed books post memos and raise errors with the code, never the index', () => {
    const codes = ['MUG-RED', 'TEE-BLUE'];
    const skuLabel = (sku: number) => codes[sku]!;
    for (const valuation of [new FifoValuation<number>({ skuLabel }), new MovingAverageValuation<number>({ skuLabel }), new StandardCostValuation<number>(new Map([[0, 500], [1, 900]]), { skuLabel })]) {
      const books = new ErpBooks(valuation, new Ledger({ keepJournal: true }));
      const posted = books.openingStock({ eventId: 'open-1', time: 0, sku: 1, qty: 4, unitCostCents: 900 });
      expect(posted.entry!.memo).toBe('Opening stock 4 x SKU TEE-BLUE');
      expect(books.valuation.quantity(1)).toBe(4);
      expect(books.valuation.quantity(0)).toBe(0);
      const refused = (() => {
        try {
          books.ship({ eventId: 'ship-1', time: 1, sku: 1, qty: 5, revenueCents: 0 });
        } catch (error) {
          return error;
        }
      })();
      expect(refused).toBeInstanceOf(ValuationError);
      expect((refused as ValuationError).message).toBe('issue of 5 units of SKU TEE-BLUE exceeds the 4 held');
      expect((refused as ValuationError).sku).toBe('TEE-BLUE');
    }
  });
});
