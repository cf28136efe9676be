// Pure builders of the journal entries for each business event (perpetual inventory, Anglo-Saxon
// COGS: cost leaves inventory when goods ship). They compute no costs: amounts come from the caller,
// usually from a valuation method, and the ledger checks them when the entry is posted.

import type { AccountId } from './accounts.js';
import type { JournalEntryInput, JournalLineInput } from './journal-entry.js';

export interface EntryHeader {
  readonly eventId: string;
  /** Simulated seconds. */
  readonly time: number;
}

export type WriteOffReason = 'shrinkage' | 'damage' | 'count-loss';

const debit = (account: AccountId, cents: number): JournalLineInput => ({ account, debitCents: cents });
const credit = (account: AccountId, cents: number): JournalLineInput => ({ account, creditCents: cents });

// A difference debited when positive (cost above what was booked), credited when negative, absent when 0.
function varianceLines(account: AccountId, differenceCents: number): JournalLineInput[] {
  if (differenceCents > 0) return [debit(account, differenceCents)];
  if (differenceCents < 0) return [credit(account, -differenceCents)];
  return [];
}

function entry(header: EntryHeader, memo: string, lines: JournalLineInput[]): JournalEntryInput {
  return { eventId: header.eventId, time: header.time, memo, lines };
}

/** Initial stock: Dr Inventory / Cr Opening equity at its inventory value. */
export function openingStockEntry(h: EntryHeader & { sku: string; qty: number; valueCents: number }): JournalEntryInput {
  return entry(h, `Opening stock ${h.qty} x SKU ${h.sku}`, [
    debit('inventory', h.valueCents),
    credit('openingEquity', h.valueCents),
  ]);
}

/**
 * Goods received: Dr Inventory at the valuation amount, Cr GRNI at the actual cost; under standard
 * cost the difference (actual - standard) goes to purchase price variance.
 */
export function receiptEntry(
  h: EntryHeader & { sku: string; qty: number; inventoryValueCents: number; actualCostCents: number },
): JournalEntryInput {
  return entry(h, `Receipt ${h.qty} x SKU ${h.sku}`, [
    debit('inventory', h.inventoryValueCents),
    ...varianceLines('purchasePriceVariance', h.actualCostCents - h.inventoryValueCents),
    credit('grni', h.actualCostCents),
  ]);
}

/** Supplier bill: Dr GRNI at what the receipt booked, Cr AP at the invoice; a price difference goes to PPV. */
export function supplierInvoiceEntry(
  h: EntryHeader & { receiptEventId: string; grniCents: number; invoiceCents: number },
): JournalEntryInput {
  return entry(h, `Supplier invoice for receipt ${h.receiptEventId}`, [
    debit('grni', h.grniCents),
    ...varianceLines('purchasePriceVariance', h.invoiceCents - h.grniCents),
    credit('accountsPayable', h.invoiceCents),
  ]);
}

/** Shipment: Dr COGS / Cr Inventory at cost, and Dr AR / Cr Revenue at the price (omitted when 0). */
export function shipmentEntry(
  h: EntryHeader & { sku: string; qty: number; costCents: number; revenueCents: number },
): JournalEntryInput {
  const lines = [debit('cogs', h.costCents), credit('inventory', h.costCents)];
  if (h.revenueCents !== 0) lines.push(debit('accountsReceivable', h.revenueCents), credit('revenue', h.revenueCents));
  return entry(h, `Shipment ${h.qty} x SKU ${h.sku}`, lines);
}

/** Shrinkage, damage or a count loss: Dr Shrinkage / Cr Inventory at cost. */
export function writeOffEntry(
  h: EntryHeader & { sku: string; qty: number; costCents: number; reason: WriteOffReason },
): JournalEntryInput {
  return entry(h, `Write-off (${h.reason}) ${h.qty} x SKU ${h.sku}`, [debit('shrinkage', h.costCents), credit('inventory', h.costCents)]);
}

/** Count gain: Dr Inventory / Cr Shrinkage (gains net against losses; see accounts.ts). */
export function countGainEntry(h: EntryHeader & { sku: string; qty: number; valueCents: number }): JournalEntryInput {
  return entry(h, `Count gain ${h.qty} x SKU ${h.sku}`, [debit('inventory', h.valueCents), credit('shrinkage', h.valueCents)]);
}

/** Customer return: Dr Inventory / Cr COGS at cost, Dr Sales returns / Cr AR at the refund (omitted when 0). */
export function customerReturnEntry(
  h: EntryHeader & { sku: string; qty: number; costCents: number; refundCents: number },
): JournalEntryInput {
  const lines = [debit('inventory', h.costCents), credit('cogs', h.costCents)];
  if (h.refundCents !== 0) lines.push(debit('salesReturns', h.refundCents), credit('accountsReceivable', h.refundCents));
  return entry(h, `Customer return ${h.qty} x SKU ${h.sku}`, lines);
}

/** Customer pays: Dr Cash / Cr AR. */
export function cashReceiptEntry(h: EntryHeader & { amountCents: number }): JournalEntryInput {
  return entry(h, 'Customer payment', [debit('cash', h.amountCents), credit('accountsReceivable', h.amountCents)]);
}

/** We pay a supplier: Dr AP / Cr Cash. */
export function supplierPaymentEntry(h: EntryHeader & { amountCents: number }): JournalEntryInput {
  return entry(h, 'Supplier payment', [debit('accountsPayable', h.amountCents), credit('cash', h.amountCents)]);
}
