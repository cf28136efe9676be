// The ERP's books: one ledger and one valuation method moved together by business operations, so
// the ledger's inventory account always equals the sum of the valuation's SKU values.
// Every operation carries an eventId; a repeated eventId changes nothing (neither ledger nor stock).

import { accountIndex } from './accounts.js';
import { EntryRows, LedgerError, assertCents, assertEntryHeader, isCents } from './journal-entry.js';
import { Ledger, type PostResult } from './ledger.js';
import {
  cashReceiptEntry,
  countGainEntry,
  customerReturnEntry,
  openingStockEntry,
  receiptEntry,
  shipmentEntry,
  supplierInvoiceEntry,
  supplierPaymentEntry,
  writeOffEntry,
  type EntryHeader,
  type WriteOffReason,
} from './postings.js';
import type { SkuKey } from './valuation/errors.js';
import type { InventoryValuation } from './valuation/types.js';

// Indices of the accounts the unkeyed postings use (see EntryRows).
const account = {
  inventory: accountIndex('inventory'),
  openingEquity: accountIndex('openingEquity'),
  cogs: accountIndex('cogs'),
  accountsReceivable: accountIndex('accountsReceivable'),
  revenue: accountIndex('revenue'),
  shrinkage: accountIndex('shrinkage'),
} as const;

/** A zero count difference posts nothing. */
export interface NothingPosted {
  readonly posted: false;
  readonly duplicate: false;
  readonly entry: undefined;
}

export type BooksResult = PostResult | NothingPosted;

/** A stock operation on one SKU, by the valuation's key (a code, or a catalogue index inside a run). */
export interface StockMovement<Sku extends SkuKey = string> extends EntryHeader {
  readonly sku: Sku;
  readonly qty: number;
}

/** Ledger plus valuation; both should start empty (or already agree). Postings name SKUs by the valuation's label. */
export class ErpBooks<Sku extends SkuKey = string> {
  readonly ledger: Ledger;
  readonly valuation: InventoryValuation<Sku>;
  // GRNI booked per receipt and not yet invoiced: open purchasing work only, cleared by `invoice`.
  readonly #grniByReceipt = new Map<string, number>();
  // Scratch lines of the unkeyed postings (reused, so they allocate nothing).
  readonly #rows = new EntryRows();

  constructor(valuation: InventoryValuation<Sku>, ledger: Ledger = new Ledger()) {
    this.valuation = valuation;
    this.ledger = ledger;
  }

  /** Initial stock at `unitCostCents` (at standard under standard cost): Dr Inventory / Cr Opening equity. */
  openingStock(op: StockMovement<Sku> & { unitCostCents: number }): PostResult {
    const duplicate = this.#duplicate(op);
    if (duplicate) return duplicate;
    const { valueCents } = this.valuation.receive(op.sku, op.qty, op.unitCostCents);
    return this.ledger.post(openingStockEntry({ eventId: op.eventId, time: op.time, sku: this.valuation.skuLabel(op.sku), qty: op.qty, valueCents }));
  }

  /** Goods received at `unitCostCents` each: Dr Inventory / (PPV) / Cr GRNI; remembered for `invoice`. */
  receive(op: StockMovement<Sku> & { unitCostCents: number }): PostResult {
    const duplicate = this.#duplicate(op);
    if (duplicate) return duplicate;
    const { valueCents, varianceCents } = this.valuation.receive(op.sku, op.qty, op.unitCostCents);
    const result = this.ledger.post(
      receiptEntry({
        eventId: op.eventId,
        time: op.time,
        sku: this.valuation.skuLabel(op.sku),
        qty: op.qty,
        inventoryValueCents: valueCents,
        actualCostCents: valueCents + varianceCents,
      }),
    );
    this.#grniByReceipt.set(op.eventId, valueCents + varianceCents);
    return result;
  }

  /** Supplier bill for a whole receipt: clears its GRNI, credits AP, sends a price difference to PPV. */
  invoice(op: EntryHeader & { receiptEventId: string; invoiceCents: number }): PostResult {
    const duplicate = this.#duplicate(op);
    if (duplicate) return duplicate;
    checkAmount(op.invoiceCents, 'invoice', 'invoiceCents', op.eventId);
    const grniCents = this.#grniByReceipt.get(op.receiptEventId);
    if (grniCents === undefined) {
      throw new LedgerError('unknown-event', `invoice '${op.eventId}': receipt '${op.receiptEventId}' is unknown or already invoiced`, op.eventId);
    }
    const result = this.ledger.post(supplierInvoiceEntry({ eventId: op.eventId, time: op.time, receiptEventId: op.receiptEventId, grniCents, invoiceCents: op.invoiceCents }));
    this.#grniByReceipt.delete(op.receiptEventId);
    return result;
  }

  /** Shipment: issues at the method's cost (Dr COGS / Cr Inventory) and books the sale (Dr AR / Cr Revenue). */
  ship(op: StockMovement<Sku> & { revenueCents: number }): PostResult {
    const duplicate = this.#duplicate(op);
    if (duplicate) return duplicate;
    checkAmount(op.revenueCents, 'ship', 'revenueCents', op.eventId);
    const { costCents } = this.valuation.issue(op.sku, op.qty);
    return this.ledger.post(shipmentEntry({ eventId: op.eventId, time: op.time, sku: this.valuation.skuLabel(op.sku), qty: op.qty, costCents, revenueCents: op.revenueCents }));
  }

  /** Shrinkage, damage or count loss of `qty` units: Dr Shrinkage / Cr Inventory at cost. */
  writeOff(op: StockMovement<Sku> & { reason: WriteOffReason }): PostResult {
    const duplicate = this.#duplicate(op);
    if (duplicate) return duplicate;
    const { costCents } = this.valuation.issue(op.sku, op.qty);
    return this.ledger.post(writeOffEntry({ eventId: op.eventId, time: op.time, sku: this.valuation.skuLabel(op.sku), qty: op.qty, costCents, reason: op.reason }));
  }

  /**
   * Applies a counted difference: a loss is a count-loss write-off; a gain enters at the method's unit
   * cost, or at `unitCostCents` when given (for a SKU the method has never costed; standard cost ignores it).
   */
  countAdjust(op: EntryHeader & { sku: Sku; deltaQty: number; unitCostCents?: number }): BooksResult {
    const duplicate = this.#duplicate(op);
    if (duplicate) return duplicate;
    const { valueCents } = op.deltaQty > 0 && op.unitCostCents !== undefined && this.valuation.method !== 'standard'
      ? this.valuation.receive(op.sku, op.deltaQty, op.unitCostCents)
      : this.valuation.adjust(op.sku, op.deltaQty);
    if (op.deltaQty === 0) return { posted: false, duplicate: false, entry: undefined };
    if (op.deltaQty > 0) return this.ledger.post(countGainEntry({ eventId: op.eventId, time: op.time, sku: this.valuation.skuLabel(op.sku), qty: op.deltaQty, valueCents }));
    return this.ledger.post(
      writeOffEntry({ eventId: op.eventId, time: op.time, sku: this.valuation.skuLabel(op.sku), qty: -op.deltaQty, costCents: -valueCents, reason: 'count-loss' }),
    );
  }

  /**
   * Returned goods back to stock: Dr Inventory / Cr COGS at their inventory value, Dr Sales returns /
   * Cr AR at the refund. They enter at `unitCostCents` (default: the method's unit cost); under
   * standard cost always at standard, since the sale was costed at standard too.
   */
  customerReturn(op: StockMovement<Sku> & { refundCents: number; unitCostCents?: number }): PostResult {
    const duplicate = this.#duplicate(op);
    if (duplicate) return duplicate;
    checkAmount(op.refundCents, 'customer return', 'refundCents', op.eventId);
    const unitCostCents = op.unitCostCents ?? this.valuation.unitCost(op.sku);
    const { valueCents } = this.valuation.receive(op.sku, op.qty, unitCostCents);
    return this.ledger.post(customerReturnEntry({ eventId: op.eventId, time: op.time, sku: this.valuation.skuLabel(op.sku), qty: op.qty, costCents: valueCents, refundCents: op.refundCents }));
  }

  // Unkeyed operations: the same postings without an eventId or entry object, for a caller that
  // guarantees each happens once (the ERP agent deduplicates shipments itself). Journal off only.

  /** `openingStock` without an eventId. */
  openingStockUnkeyed(sku: Sku, qty: number, unitCostCents: number): void {
    const { valueCents } = this.valuation.receive(sku, qty, unitCostCents);
    this.ledger.postRows(this.#rows.clear().debit(account.inventory, valueCents).credit(account.openingEquity, valueCents), 'opening stock', this.valuation.skuLabel(sku));
  }

  /** `ship` without an eventId; returns the cost of the units issued. */
  shipUnkeyed(sku: Sku, qty: number, revenueCents: number): number {
    if (!isCents(revenueCents)) assertCents(revenueCents, `shipment of SKU ${this.valuation.skuLabel(sku)}: revenueCents`);
    const { costCents } = this.valuation.issue(sku, qty);
    const rows = this.#rows.clear().debit(account.cogs, costCents).credit(account.inventory, costCents);
    if (revenueCents !== 0) rows.debit(account.accountsReceivable, revenueCents).credit(account.revenue, revenueCents);
    this.ledger.postRows(rows, 'shipment', this.valuation.skuLabel(sku));
    return costCents;
  }

  /** A count gain of `qty` > 0 units without an eventId (see `countAdjust` for `unitCostCents`). */
  countGainUnkeyed(sku: Sku, qty: number, unitCostCents?: number): void {
    const { valueCents } = unitCostCents !== undefined && this.valuation.method !== 'standard'
      ? this.valuation.receive(sku, qty, unitCostCents)
      : this.valuation.adjust(sku, qty);
    this.ledger.postRows(this.#rows.clear().debit(account.inventory, valueCents).credit(account.shrinkage, valueCents), 'count gain', this.valuation.skuLabel(sku));
  }

  /** Customer pays: Dr Cash / Cr AR. */
  receivePayment(op: EntryHeader & { amountCents: number }): PostResult {
    return this.ledger.post(cashReceiptEntry(op));
  }

  /** Supplier paid: Dr AP / Cr Cash. */
  paySupplier(op: EntryHeader & { amountCents: number }): PostResult {
    return this.ledger.post(supplierPaymentEntry(op));
  }

  /** Ledger inventory balance minus the valuation's total value; 0 when the books agree. */
  inventoryDifferenceCents(): number {
    return this.ledger.balance('inventory') - this.valuation.totalValue();
  }

  /** The reconciliation real ERPs run: the inventory account equals the sum of the valuation layers. */
  inventoryMatchesLayers(): boolean {
    return this.inventoryDifferenceCents() === 0;
  }

  /** Receipts booked to GRNI and not yet invoiced. */
  openReceiptCount(): number {
    return this.#grniByReceipt.size;
  }

  // Checks the header before any state changes, and answers a repeated eventId without touching stock.
  #duplicate(op: EntryHeader): PostResult | undefined {
    assertEntryHeader(op?.eventId, op?.time);
    if (!this.ledger.has(op.eventId)) return undefined;
    return { posted: false, duplicate: true, entry: this.ledger.entry(op.eventId) };
  }
}

// Checked before any stock moves; the message is only built when the amount is bad.
function checkAmount(value: number, operation: string, field: string, eventId: string): void {
  if (!isCents(value)) assertCents(value, `${operation} '${eventId}': ${field}`, eventId);
}
