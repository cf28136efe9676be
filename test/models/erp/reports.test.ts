import { describe, expect, it } from 'vitest';
import { ErpBooks } from '../../../models/erp/books.js';
import { Ledger } from '../../../models/erp/ledger.js';
import {
  inventoryValuationReport,
  periodCloseReport,
  profitAndLoss,
  profitAndLossBetween,
  trialBalanceReport,
} from '../../../models/erp/reports.js';
import { createValuation } from '../../../models/erp/valuation/create.js';
import { MovingAverageValuation } from '../../../models/erp/valuation/moving-average.js';

const day = 86_400;

// Opening 86 @ 1400; day 1 ship 2; day 2 lose 1 and receive 10 @ 1500; day 3 ship 5 and take 1 back.
function fourDays(ledger = new Ledger()): ErpBooks {
  const books = new ErpBooks(createValuation({ method: 'fifo' }), ledger);
  books.openingStock({ eventId: 'open', time: 0, sku: '4471', qty: 86, unitCostCents: 1400 });
  books.ship({ eventId: 's1', time: day, sku: '4471', qty: 2, revenueCents: 2 * 2499 });
  books.writeOff({ eventId: 'w1', time: 2 * day, sku: '4471', qty: 1, reason: 'shrinkage' });
  books.receive({ eventId: 'r1', time: 2 * day, sku: '4471', qty: 10, unitCostCents: 1500 });
  books.ship({ eventId: 's2', time: 3 * day, sku: '4471', qty: 5, revenueCents: 5 * 2499 });
  books.customerReturn({ eventId: 'rma', time: 3 * day + 1, sku: '4471', qty: 1, refundCents: 2499, unitCostCents: 1400 });
  return books;
}

describe('trialBalanceReport()', () => {
  it('puts each balance in its debit or credit column and the columns agree', () => {
    const report = trialBalanceReport(fourDays().ledger);
    const column = (account: string) => report.rows.find((row) => row.account === account)!;
    expect(column('inventory')).toMatchObject({ debitBalanceCents: 125600, creditBalanceCents: 0, type: 'asset' });
    expect(column('accountsReceivable').debitBalanceCents).toBe(14994);
    expect(column('cogs').debitBalanceCents).toBe(8400);
    expect(column('shrinkage').debitBalanceCents).toBe(1400);
    expect(column('salesReturns').debitBalanceCents).toBe(2499);
    expect(column('openingEquity').creditBalanceCents).toBe(120400);
    expect(column('grni').creditBalanceCents).toBe(15000);
    expect(column('revenue')).toMatchObject({ debitBalanceCents: 0, creditBalanceCents: 17493, title: 'Sales revenue' });
    expect(column('cash')).toMatchObject({ debitBalanceCents: 0, creditBalanceCents: 0 });
    expect(report.totalDebitCents).toBe(152893);
    expect(report.totalCreditCents).toBe(152893);
    expect(report.balanced).toBe(true);
  });
});

describe('inventoryValuationReport()', () => {
  it('lists quantity, unit cost (value / quantity, half up) and value per SKU', () => {
    const report = inventoryValuationReport(fourDays().valuation);
    // 79 units @ 1400 and 10 @ 1500: 125600 cents over 89 units = 1411.2
    expect(report).toEqual({
      method: 'fifo',
      rows: [{ sku: '4471', quantity: 89, unitCostCents: 1411, valueCents: 125600 }],
      totalQuantity: 89,
      totalValueCents: 125600,
    });
  });

  it('sorts SKUs by code unit and leaves out empty ones unless asked', () => {
    const avg = new MovingAverageValuation();
    avg.receive('b', 1, 10);
    avg.receive('B', 2, 30);
    avg.receive('a', 3, 7);
    avg.issue('a', 3);
    const report = inventoryValuationReport(avg);
    expect(report.rows.map((row) => row.sku)).toEqual(['B', 'b']);
    expect(report.totalQuantity).toBe(3);
    expect(report.totalValueCents).toBe(70);
    const all = inventoryValuationReport(avg, { includeEmpty: true });
    expect(all.rows).toEqual([
      { sku: 'B', quantity: 2, unitCostCents: 30, valueCents: 60 },
      { sku: 'a', quantity: 0, unitCostCents: 7, valueCents: 0 },
      { sku: 'b', quantity: 1, unitCostCents: 10, valueCents: 10 },
    ]);
  });
});

describe('profitAndLoss()', () => {
  it('counts only entries in [from, to)', () => {
    const pnl = profitAndLoss(fourDays().ledger, day, 2 * day);
    expect(pnl).toEqual({
      fromTime: day,
      toTime: 2 * day,
      revenueCents: 4998,
      salesReturnsCents: 0,
      netRevenueCents: 4998,
      cogsCents: 2800,
      grossMarginCents: 2198,
      shrinkageCents: 0,
      purchasePriceVarianceCents: 0,
      netIncomeCents: 2198,
    });
  });

  it('nets returns against revenue and shrinkage against the gross margin', () => {
    const pnl = profitAndLoss(fourDays().ledger, 0, 4 * day);
    expect(pnl).toMatchObject({
      revenueCents: 17493,
      salesReturnsCents: 2499,
      netRevenueCents: 14994,
      cogsCents: 8400,
      grossMarginCents: 6594,
      shrinkageCents: 1400,
      netIncomeCents: 5194,
    });
  });

  it('charges purchase price variance under standard cost (cheat-sheet example: 25000 - 10000 - 2400)', () => {
    const books = new ErpBooks(createValuation({ method: 'standard', standardCostCents: { P: 1000 } }));
    books.receive({ eventId: 'r1', time: 0, sku: 'P', qty: 8, unitCostCents: 1000 });
    books.receive({ eventId: 'r2', time: 0, sku: 'P', qty: 4, unitCostCents: 1600 });
    books.ship({ eventId: 's1', time: 0, sku: 'P', qty: 10, revenueCents: 25000 });
    expect(profitAndLoss(books.ledger, 0, 1)).toMatchObject({
      grossMarginCents: 15000,
      purchasePriceVarianceCents: 2400,
      netIncomeCents: 12600,
    });
  });

  it('gives the same answer from two trial-balance snapshots of a ledger without a journal', () => {
    const books = new ErpBooks(createValuation({ method: 'fifo' }), new Ledger({ keepJournal: false }));
    books.openingStock({ eventId: 'open', time: 0, sku: '4471', qty: 86, unitCostCents: 1400 });
    const opening = books.ledger.trialBalance();
    books.ship({ eventId: 's1', time: day, sku: '4471', qty: 2, revenueCents: 4998 });
    books.writeOff({ eventId: 'w1', time: day, sku: '4471', qty: 1, reason: 'damage' });
    const pnl = profitAndLossBetween(opening, books.ledger.trialBalance(), 0, 2 * day);
    expect(pnl).toMatchObject({ revenueCents: 4998, cogsCents: 2800, shrinkageCents: 1400, netIncomeCents: 798 });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => profitAndLoss(new Ledger(), 10, 5)).toThrow('period [10, 5) is invalid');
  });
});

describe('periodCloseReport()', () => {
  it('bundles the reports and a zero inventory difference', () => {
    const close = periodCloseReport(fourDays(), 0, 4 * day);
    expect(close.inventoryDifferenceCents).toBe(0);
    expect(close.trialBalance.balanced).toBe(true);
    expect(close.valuation.totalValueCents).toBe(125600);
    expect(close.profitAndLoss.netIncomeCents).toBe(5194);
  });
});
