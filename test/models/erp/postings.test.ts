import { describe, expect, it } from 'vitest';
import type { JournalEntryInput } from '../../../models/erp/journal-entry.js';
import { Ledger } from '../../../models/erp/ledger.js';
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
} from '../../../models/erp/postings.js';

const h = { eventId: 'e', time: 7 };

function expectPostable(entry: JournalEntryInput): void {
  expect(new Ledger().post(entry).posted).toBe(true);
}

describe('posting builders', () => {
  it('opening stock: Dr Inventory / Cr Opening equity', () => {
    const entry = openingStockEntry({ ...h, sku: '4471', qty: 86, valueCents: 120400 });
    expect(entry).toMatchObject({ eventId: 'e', time: 7, memo: 'Opening stock 86 x SKU 4471' });
    expect(entry.lines).toEqual([
      { account: 'inventory', debitCents: 120400 },
      { account: 'openingEquity', creditCents: 120400 },
    ]);
    expectPostable(entry);
  });

  it('receipt at actual cost: Dr Inventory / Cr GRNI, no variance line', () => {
    const entry = receiptEntry({ ...h, sku: 'P', qty: 4, inventoryValueCents: 6400, actualCostCents: 6400 });
    expect(entry.lines).toEqual([
      { account: 'inventory', debitCents: 6400 },
      { account: 'grni', creditCents: 6400 },
    ]);
  });

  it('receipt at standard above which we paid: Dr Inventory at standard, Dr PPV, Cr GRNI at actual', () => {
    const entry = receiptEntry({ ...h, sku: 'P', qty: 4, inventoryValueCents: 4000, actualCostCents: 6400 });
    expect(entry.lines).toEqual([
      { account: 'inventory', debitCents: 4000 },
      { account: 'purchasePriceVariance', debitCents: 2400 },
      { account: 'grni', creditCents: 6400 },
    ]);
    expectPostable(entry);
  });

  it('receipt below standard credits PPV', () => {
    const entry = receiptEntry({ ...h, sku: 'P', qty: 5, inventoryValueCents: 5000, actualCostCents: 4500 });
    expect(entry.lines).toContainEqual({ account: 'purchasePriceVariance', creditCents: 500 });
    expectPostable(entry);
  });

  it('supplier invoice: Dr GRNI / Cr AP, with the price difference to PPV either way', () => {
    expect(supplierInvoiceEntry({ ...h, receiptEventId: 'r', grniCents: 6400, invoiceCents: 6400 }).lines).toEqual([
      { account: 'grni', debitCents: 6400 },
      { account: 'accountsPayable', creditCents: 6400 },
    ]);
    const higher = supplierInvoiceEntry({ ...h, receiptEventId: 'r', grniCents: 6400, invoiceCents: 6600 });
    expect(higher.lines).toEqual([
      { account: 'grni', debitCents: 6400 },
      { account: 'purchasePriceVariance', debitCents: 200 },
      { account: 'accountsPayable', creditCents: 6600 },
    ]);
    expect(higher.memo).toBe('Supplier invoice for receipt r');
    const lower = supplierInvoiceEntry({ ...h, receiptEventId: 'r', grniCents: 6400, invoiceCents: 6000 });
    expect(lower.lines).toContainEqual({ account: 'purchasePriceVariance', creditCents: 400 });
    expectPostable(higher);
    expectPostable(lower);
  });

  it('shipment: Dr COGS / Cr Inventory at cost and Dr AR / Cr Revenue at price', () => {
    const entry = shipmentEntry({ ...h, sku: '4471', qty: 2, costCents: 2800, revenueCents: 4998 });
    expect(entry.lines).toEqual([
      { account: 'cogs', debitCents: 2800 },
      { account: 'inventory', creditCents: 2800 },
      { account: 'accountsReceivable', debitCents: 4998 },
      { account: 'revenue', creditCents: 4998 },
    ]);
    expectPostable(entry);
  });

  it('shipment at no charge posts only the cost', () => {
    const entry = shipmentEntry({ ...h, sku: 'P', qty: 1, costCents: 1400, revenueCents: 0 });
    expect(entry.lines).toHaveLength(2);
  });

  it('write-off: Dr Shrinkage / Cr Inventory, reason in the memo', () => {
    const entry = writeOffEntry({ ...h, sku: 'P', qty: 3, costCents: 3000, reason: 'damage' });
    expect(entry.memo).toBe('Write-off (damage) 3 x SKU P');
    expect(entry.lines).toEqual([
      { account: 'shrinkage', debitCents: 3000 },
      { account: 'inventory', creditCents: 3000 },
    ]);
  });

  it('count gain: Dr Inventory / Cr Shrinkage', () => {
    expect(countGainEntry({ ...h, sku: 'P', qty: 2, valueCents: 3200 }).lines).toEqual([
      { account: 'inventory', debitCents: 3200 },
      { account: 'shrinkage', creditCents: 3200 },
    ]);
  });

  it('customer return: Dr Inventory / Cr COGS at cost, Dr Sales returns / Cr AR at the refund', () => {
    const entry = customerReturnEntry({ ...h, sku: 'P', qty: 1, costCents: 1400, refundCents: 2499 });
    expect(entry.lines).toEqual([
      { account: 'inventory', debitCents: 1400 },
      { account: 'cogs', creditCents: 1400 },
      { account: 'salesReturns', debitCents: 2499 },
      { account: 'accountsReceivable', creditCents: 2499 },
    ]);
    expectPostable(entry);
  });

  it('cash receipt and supplier payment move cash against AR and AP', () => {
    expect(cashReceiptEntry({ ...h, amountCents: 500 }).lines).toEqual([
      { account: 'cash', debitCents: 500 },
      { account: 'accountsReceivable', creditCents: 500 },
    ]);
    expect(supplierPaymentEntry({ ...h, amountCents: 700 }).lines).toEqual([
      { account: 'accountsPayable', debitCents: 700 },
      { account: 'cash', creditCents: 700 },
    ]);
  });
});
