// Reconciliation of the ERP's own count against the WMS record: every difference is posted as a
// count gain or loss, so after it the ERP quantity of every SKU equals the WMS record total.
//
// It runs right after the first batch import whose cut-off reaches the due time, not on a free timer:
// then the ERP has imported everything up to the cut-off and the WMS record at its last export is the
// matching figure, so the next batch does not bring movements the reconciliation already counted.

import { SECONDS_PER_DAY } from '../config.js';
import type { AgentContext } from '../context.js';
import type { ErpStockBooks } from './stock-books.js';

/** What one reconciliation did. */
export interface ReconciliationResult {
  skusAdjusted: number;
  /** Sum of |value change| in cents over the SKUs adjusted. */
  valueCents: number;
}

/** Periodic reconciliation every `reconciliationIntervalDays` (0 = never). */
export class Reconciliation {
  /** Reconciliations run so far. */
  runs = 0;
  readonly #ctx: AgentContext;
  readonly #stock: ErpStockBooks;
  readonly #wmsRecordTotal: (sku: number) => number;
  readonly #intervalSeconds: number;
  #dueAt: number;

  constructor(ctx: AgentContext, stock: ErpStockBooks, wmsRecordTotal: (sku: number) => number) {
    const days = ctx.config.erp.ownCount.reconciliationIntervalDays;
    if (!(days >= 0 && days < Infinity)) throw new RangeError(`erp.ownCount.reconciliationIntervalDays must be finite and >= 0, got ${days}`);
    this.#ctx = ctx;
    this.#stock = stock;
    this.#wmsRecordTotal = wmsRecordTotal;
    this.#intervalSeconds = days * SECONDS_PER_DAY;
    this.#dueAt = ctx.sim.now + this.#intervalSeconds;
  }

  /** Called after a batch with cut-off `periodEnd` was imported (or lost); reconciles when one is due. */
  afterImport(periodEnd: number): ReconciliationResult | undefined {
    if (this.#intervalSeconds === 0 || periodEnd < this.#dueAt) return undefined;
    while (this.#dueAt <= periodEnd) this.#dueAt += this.#intervalSeconds;
    return this.run();
  }

  /** Posts WMS record minus ERP count for every SKU that differs and bumps the reconciliation metrics. */
  run(): ReconciliationResult {
    const ctx = this.#ctx;
    const now = ctx.sim.now;
    this.runs += 1;
    const result: ReconciliationResult = { skusAdjusted: 0, valueCents: 0 };
    for (let sku = 0; sku < ctx.catalog.size; sku++) {
      const wmsRecord = this.#wmsRecordTotal(sku);
      const erpBefore = this.#stock.quantity(sku);
      const delta = wmsRecord - erpBefore;
      if (delta === 0) continue;
      const valueCents = this.#stock.adjust(sku, delta, 'count-loss', `reconcile:${this.runs}:${sku}`, now);
      result.skusAdjusted += 1;
      result.valueCents += Math.abs(valueCents);
      if (ctx.tracing) ctx.trace({ time: now, kind: 'erp.reconciled', sku: ctx.catalog.codes[sku]!, erpBefore, wmsRecord, delta });
    }
    ctx.metrics.reconciliationAdjustments += result.skusAdjusted;
    ctx.metrics.reconciliationValueCents += result.valueCents;
    return result;
  }
}
