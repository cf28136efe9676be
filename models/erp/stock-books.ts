// The ERP agent's books keyed by catalogue index, like every agent's stock (codes only label postings
// and traces): ErpBooks (ledger + valuation) plus the agent's rule
// for stock its own count does not have, the revenue/COGS/inventory-value metrics and the trace.
// The ERP count never goes below zero: a shipment of more than it holds first counts the missing
// units in (a count gain), as an ERP that refuses negative stock forces someone to do; a loss of more
// than it holds writes off only what it holds.

import type { AgentContext } from '../context.js';
import { ErpBooks, type BooksResult } from './books.js';
import { Ledger } from './ledger.js';
import type { WriteOffReason } from './postings.js';
import { createValuation, type ValuationConfig } from './valuation/index.js';

const defaults = {
  // Without the journal the ledger remembers posted eventIds only this long, so memory follows
  // in-flight work; duplicates on the bus arrive within link latency plus jitter, far inside this.
  idempotencyWindowSeconds: 2 * 86_400,
  keepJournal: false,
};

export interface StockBooksOptions {
  /** Keep every journal entry (tests, `explain`); off by default so memory does not grow with history. */
  keepJournal?: boolean;
  /** With the journal off: how long a posted eventId still stops a duplicate. */
  idempotencyWindowSeconds?: number;
}

/** Books keyed by catalogue index; every operation is idempotent by its eventId. */
export class ErpStockBooks {
  readonly books: ErpBooks<number>;
  /**
   * True when postings may skip eventIds and entry objects (journal off, no trace): the caller then
   * deduplicates shipments itself and uses `shipUnkeyed`.
   */
  readonly unkeyed: boolean;
  /** Units counted in because a shipment exceeded the ERP's count. */
  coveredUnits = 0;
  readonly #ctx: AgentContext;

  constructor(ctx: AgentContext, options: StockBooksOptions = {}) {
    this.#ctx = ctx;
    const keepJournal = options.keepJournal ?? defaults.keepJournal;
    const ledger = keepJournal
      ? new Ledger({ keepJournal: true })
      : new Ledger({ keepJournal: false, idempotencyWindowSeconds: options.idempotencyWindowSeconds ?? defaults.idempotencyWindowSeconds });
    const codes = ctx.catalog.codes;
    this.books = new ErpBooks(createValuation(valuationConfig(ctx), { skuLabel: (sku) => codes[sku]! }), ledger);
    this.unkeyed = !keepJournal && !ctx.tracing;
  }

  /** Units the ERP holds of catalogue index `sku`. */
  quantity(sku: number): number {
    return this.books.valuation.quantity(sku);
  }

  /** Value in cents the ERP holds of `sku`. */
  value(sku: number): number {
    return this.books.valuation.value(sku);
  }

  /** The method's unit cost of `sku`, or the catalogue cost when the method has none yet. */
  unitCost(sku: number): number {
    const cents = this.books.valuation.unitCost(sku);
    return cents > 0 ? cents : this.#ctx.catalog.costCents[sku]!;
  }

  /** Total inventory value in cents (the valuation's running total). */
  totalValue(): number {
    return this.books.valuation.totalValue();
  }

  /** True when `eventId` has already been posted. */
  has(eventId: string): boolean {
    return this.books.ledger.has(eventId);
  }

  /** Opening stock of `qty` units at `unitCostCents` (a zero quantity posts nothing). */
  opening(sku: number, qty: number, unitCostCents: number, eventId: string, time: number): void {
    if (qty === 0) return;
    if (this.unkeyed) {
      this.books.openingStockUnkeyed(sku, qty, unitCostCents);
      this.#ctx.metrics.inventoryValueCents = this.totalValue();
      return;
    }
    this.#after(this.books.openingStock({ eventId, time, sku, qty, unitCostCents }), sku);
  }

  /**
   * `ship` for a caller that guarantees each shipment line is booked once (only when `unkeyed`):
   * no eventId is built or remembered. Returns the COGS in cents.
   */
  shipUnkeyed(sku: number, qty: number, revenueCents: number): number {
    const held = this.books.valuation.quantity(sku);
    if (held < qty) {
      this.books.countGainUnkeyed(sku, qty - held, this.#uncostedGainCents(sku));
      this.coveredUnits += qty - held;
    }
    const costCents = this.books.shipUnkeyed(sku, qty, revenueCents);
    const metrics = this.#ctx.metrics;
    metrics.revenueCents += revenueCents;
    metrics.cogsCents += costCents;
    metrics.inventoryValueCents = this.totalValue();
    return costCents;
  }

  /** Ships `qty` units at the method's cost and books the sale; the COGS in cents, or -1 for a duplicate. */
  ship(sku: number, qty: number, revenueCents: number, eventId: string, time: number): number {
    const held = this.quantity(sku);
    if (held < qty) {
      if (this.has(eventId)) return -1;
      this.#gain(sku, qty - held, `${eventId}/cover`, time);
      this.coveredUnits += qty - held;
    }
    const before = this.totalValue();
    const result = this.books.ship({ eventId, time, sku, qty, revenueCents });
    if (!result.posted) return -1;
    const costCents = before - this.totalValue();
    this.#ctx.metrics.revenueCents += revenueCents;
    this.#ctx.metrics.cogsCents += costCents;
    this.#after(result, sku);
    return costCents;
  }

  /** Goods received at `unitCostCents` each (GRNI until invoiced); false for a duplicate. */
  receive(sku: number, qty: number, unitCostCents: number, eventId: string, time: number): boolean {
    const result = this.books.receive({ eventId, time, sku, qty, unitCostCents });
    this.#after(result, sku);
    return result.posted;
  }

  /**
   * A customer's return of `qty` units back into stock at the method's unit cost (COGS falls by their
   * value) with `refundCents` paid back; false for a duplicate.
   */
  customerReturn(sku: number, qty: number, refundCents: number, eventId: string, time: number): boolean {
    const before = this.totalValue();
    const result = this.books.customerReturn({ eventId, time, sku, qty, refundCents, unitCostCents: this.unitCost(sku) });
    if (!result.posted) return false;
    const metrics = this.#ctx.metrics;
    metrics.cogsCents -= this.totalValue() - before;
    metrics.refundsCents += refundCents;
    this.#after(result, sku);
    return true;
  }

  /** The supplier's bill for receipt `receiptEventId`. */
  invoice(receiptEventId: string, invoiceCents: number, eventId: string, time: number): void {
    this.#after(this.books.invoice({ eventId, time, receiptEventId, invoiceCents }), -1);
  }

  /**
   * A count change of `deltaQty` units: a loss is written off for `lossReason` (at most what is held),
   * a gain is counted in. Returns the signed change of inventory value in cents (0 for a duplicate).
   */
  adjust(sku: number, deltaQty: number, lossReason: WriteOffReason, eventId: string, time: number): number {
    if (deltaQty === 0 || this.has(eventId)) return 0;
    const before = this.totalValue();
    if (deltaQty > 0) {
      this.#gain(sku, deltaQty, eventId, time);
    } else {
      const qty = Math.min(-deltaQty, this.quantity(sku));
      if (qty > 0) this.#after(this.books.writeOff({ eventId, time, sku, qty, reason: lossReason }), sku);
    }
    return this.totalValue() - before;
  }

  // Gains enter at the method's unit cost; a SKU the method has never costed enters at catalogue cost.
  #gain(sku: number, qty: number, eventId: string, time: number): void {
    const unitCostCents = this.#uncostedGainCents(sku);
    this.#after(this.books.countAdjust({ eventId, time, sku, deltaQty: qty, unitCostCents }), sku);
  }

  // The catalogue cost for a gain of a SKU the method has never costed, else undefined (method's cost).
  #uncostedGainCents(sku: number): number | undefined {
    const uncosted = this.books.valuation.method !== 'standard' && this.books.valuation.unitCost(sku) === 0;
    return uncosted ? this.#ctx.catalog.costCents[sku] : undefined;
  }

  #after(result: BooksResult, sku: number): void {
    if (!result.posted) return;
    const ctx = this.#ctx;
    const inventoryValueCents = this.totalValue();
    ctx.metrics.inventoryValueCents = inventoryValueCents;
    if (!ctx.tracing) return;
    const { eventId, memo, lines } = result.entry;
    ctx.trace({
      time: ctx.sim.now,
      kind: 'erp.posted',
      eventId,
      memo,
      lines: lines.map((line) => ({ ...line })),
      quantity: sku >= 0 ? this.quantity(sku) : 0,
      inventoryValueCents,
    });
  }
}

// Standard cost is the catalogue cost.
function valuationConfig(ctx: AgentContext): ValuationConfig<number> {
  const method = ctx.config.erp.valuation;
  if (method !== 'standard') return { method } as ValuationConfig<number>;
  const standardCostCents = new Map<number, number>();
  ctx.catalog.costCents.forEach((cents, sku) => standardCostCents.set(sku, cents));
  return { method, standardCostCents };
}
