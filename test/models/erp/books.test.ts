import { describe, expect, it } from 'vitest';
import { ErpBooks } from '../../../models/erp/books.js';
import { LedgerError } from '../../../models/erp/journal-entry.js';
import { Ledger } from '../../../models/erp/ledger.js';
import { createValuation, type ValuationConfig } from '../../../models/erp/valuation/create.js';
import { ValuationError } from '../../../models/erp/valuation/errors.js';

const day = 86_400;

function expectConsistent(books: ErpBooks): void {
  expect(books.inventoryMatchesLayers()).toBe(true);
  expect(books.ledger.balance('inventory')).toBe(books.valuation.totalValue());
  const { totals } = books.ledger.trialBalance();
  expect(totals.balanceCents).toBe(0);
  expect(totals.debitCents).toBe(totals.creditCents);
  for (const entry of books.ledger.entries()) {
    const debits = entry.lines.reduce((sum, line) => sum + (line.debitCents ?? 0), 0);
    const credits = entry.lines.reduce((sum, line) => sum + (line.creditCents ?? 0), 0);
    expect(debits, entry.eventId).toBe(credits);
  }
}

describe('ErpBooks: the valuation cheat-sheet example (receive 8 @ $10, 4 @ $16, deliver 10)', () => {
  const cases: { name: string; config: ValuationConfig; cogs: number; left: number; ppv: number }[] = [
    { name: 'FIFO', config: { method: 'fifo' }, cogs: 11200, left: 3200, ppv: 0 },
    { name: 'moving average', config: { method: 'moving-average' }, cogs: 12000, left: 2400, ppv: 0 },
    { name: 'standard $10', config: { method: 'standard', standardCostCents: { P: 1000 } }, cogs: 10000, left: 2000, ppv: 2400 },
  ];

  it.each(cases)('$name: COGS $cogs cents, $left cents left, PPV $ppv', ({ config, cogs, left, ppv }) => {
    const books = new ErpBooks(createValuation(config));
    books.receive({ eventId: 'r1', time: 0, sku: 'P', qty: 8, unitCostCents: 1000 });
    books.receive({ eventId: 'r2', time: 1, sku: 'P', qty: 4, unitCostCents: 1600 });
    books.ship({ eventId: 's1', time: 2, sku: 'P', qty: 10, revenueCents: 10 * 2500 });
    expect(books.ledger.balance('cogs')).toBe(cogs);
    expect(books.ledger.balance('inventory')).toBe(left);
    expect(books.valuation.totalValue()).toBe(left);
    expect(books.ledger.balance('purchasePriceVariance')).toBe(ppv);
    expect(books.ledger.balance('grni')).toBe(-(8000 + 6400)); // GRNI always owes what was paid
    expect(books.ledger.balance('revenue')).toBe(-25000);
    expect(books.ledger.balance('accountsReceivable')).toBe(25000);
    expectConsistent(books);
  });

  it('standard: the 4 @ $16 receipt posts a 2400 unfavourable (debit) variance', () => {
    const books = new ErpBooks(createValuation({ method: 'standard', standardCostCents: { P: 1000 } }));
    books.receive({ eventId: 'r1', time: 0, sku: 'P', qty: 8, unitCostCents: 1000 });
    const { entry } = books.receive({ eventId: 'r2', time: 1, sku: 'P', qty: 4, unitCostCents: 1600 });
    expect(entry!.lines).toEqual([
      { account: 'inventory', debitCents: 4000 },
      { account: 'purchasePriceVariance', debitCents: 2400 },
      { account: 'grni', creditCents: 6400 },
    ]);
  });
});

describe('ErpBooks: the seed walkthrough (86 units of SKU 4471 worth $1,204; ship 2)', () => {
  const methods: ValuationConfig[] = [
    { method: 'fifo' },
    { method: 'moving-average' },
    { method: 'standard', standardCostCents: { '4471': 1400 } },
  ];

  it.each(methods)('$method: COGS 2800, inventory 117600', (config) => {
    const books = new ErpBooks(createValuation(config));
    books.openingStock({ eventId: 'open-4471', time: 0, sku: '4471', qty: 86, unitCostCents: 1400 });
    expect(books.ledger.balance('inventory')).toBe(120400);
    expect(books.ledger.balance('openingEquity')).toBe(-120400);
    const result = books.ship({ eventId: 'ship-1', time: 3600, sku: '4471', qty: 2, revenueCents: 2 * 2499 });
    expect(result.entry!.lines).toContainEqual({ account: 'cogs', debitCents: 2800 });
    expect(result.entry!.lines).toContainEqual({ account: 'inventory', creditCents: 2800 });
    expect(books.ledger.balance('cogs')).toBe(2800);
    expect(books.ledger.balance('inventory')).toBe(117600);
    expect(books.valuation.quantity('4471')).toBe(84);
    expect(books.ledger.balance('revenue')).toBe(-4998);
    expectConsistent(books);
  });
});

describe('ErpBooks idempotency and refusals', () => {
  function seeded(): ErpBooks {
    const books = new ErpBooks(createValuation({ method: 'fifo' }));
    books.openingStock({ eventId: 'open', time: 0, sku: '4471', qty: 86, unitCostCents: 1400 });
    return books;
  }

  it('a duplicated shipment message issues stock and posts once', () => {
    const books = seeded();
    const first = books.ship({ eventId: 'ship-1', time: 1, sku: '4471', qty: 2, revenueCents: 4998 });
    const again = books.ship({ eventId: 'ship-1', time: 5, sku: '4471', qty: 2, revenueCents: 4998 });
    expect(again).toEqual({ posted: false, duplicate: true, entry: first.entry });
    expect(books.valuation.quantity('4471')).toBe(84);
    expect(books.ledger.balance('cogs')).toBe(2800);
    expectConsistent(books);
  });

  it('a duplicate works without a journal too', () => {
    const books = new ErpBooks(createValuation({ method: 'moving-average' }), new Ledger({ keepJournal: false }));
    books.receive({ eventId: 'r', time: 0, sku: 'P', qty: 5, unitCostCents: 100 });
    expect(books.receive({ eventId: 'r', time: 0, sku: 'P', qty: 5, unitCostCents: 100 }).duplicate).toBe(true);
    expect(books.valuation.quantity('P')).toBe(5);
    expect(books.inventoryMatchesLayers()).toBe(true);
  });

  it('refusing a shipment larger than stock leaves ledger and stock untouched', () => {
    const books = seeded();
    expect(() => books.ship({ eventId: 's', time: 1, sku: '4471', qty: 87, revenueCents: 0 })).toThrow(ValuationError);
    expect(books.ledger.entryCount).toBe(1);
    expect(books.ledger.has('s')).toBe(false);
    expect(books.valuation.quantity('4471')).toBe(86);
    expectConsistent(books);
  });

  it('refuses a bad price or header before touching stock', () => {
    const books = seeded();
    expect(() => books.ship({ eventId: 's', time: 1, sku: '4471', qty: 1, revenueCents: 24.99 })).toThrow(
      "ship 's': revenueCents 24.99 is not a non-negative integer number of cents",
    );
    expect(() => books.ship({ eventId: '', time: 1, sku: '4471', qty: 1, revenueCents: 1 })).toThrow(LedgerError);
    expect(() => books.writeOff({ eventId: 'w', time: Number.NaN, sku: '4471', qty: 1, reason: 'damage' })).toThrow(
      'time NaN',
    );
    expect(books.valuation.quantity('4471')).toBe(86);
    expectConsistent(books);
  });
});

describe('ErpBooks purchasing: receipt, invoice, payment', () => {
  it('an invoice above the receipt clears GRNI and sends the difference to PPV; payment clears AP', () => {
    const books = new ErpBooks(createValuation({ method: 'fifo' }));
    books.receive({ eventId: 'r2', time: 0, sku: 'P', qty: 4, unitCostCents: 1600 });
    expect(books.openReceiptCount()).toBe(1);
    books.invoice({ eventId: 'inv-1', time: day, receiptEventId: 'r2', invoiceCents: 6600 });
    expect(books.ledger.balance('grni')).toBe(0);
    expect(books.ledger.balance('accountsPayable')).toBe(-6600);
    expect(books.ledger.balance('purchasePriceVariance')).toBe(200);
    expect(books.openReceiptCount()).toBe(0);
    books.paySupplier({ eventId: 'pay-1', time: 2 * day, amountCents: 6600 });
    expect(books.ledger.balance('accountsPayable')).toBe(0);
    expect(books.ledger.balance('cash')).toBe(-6600);
    expectConsistent(books);
  });

  it('under standard cost the invoice clears GRNI at the actual receipt cost', () => {
    const books = new ErpBooks(createValuation({ method: 'standard', standardCostCents: { P: 1000 } }));
    books.receive({ eventId: 'r2', time: 0, sku: 'P', qty: 4, unitCostCents: 1600 });
    books.invoice({ eventId: 'inv', time: 1, receiptEventId: 'r2', invoiceCents: 6400 });
    expect(books.ledger.balance('grni')).toBe(0);
    expect(books.ledger.balance('purchasePriceVariance')).toBe(2400);
    expectConsistent(books);
  });

  it('refuses an invoice for an unknown or already invoiced receipt', () => {
    const books = new ErpBooks(createValuation({ method: 'fifo' }));
    books.receive({ eventId: 'r', time: 0, sku: 'P', qty: 1, unitCostCents: 10 });
    books.invoice({ eventId: 'i1', time: 1, receiptEventId: 'r', invoiceCents: 10 });
    expect(books.invoice({ eventId: 'i1', time: 1, receiptEventId: 'r', invoiceCents: 10 }).duplicate).toBe(true);
    expect(() => books.invoice({ eventId: 'i2', time: 1, receiptEventId: 'r', invoiceCents: 10 })).toThrow(
      "invoice 'i2': receipt 'r' is unknown or already invoiced",
    );
    expect(() => books.invoice({ eventId: 'i3', time: 1, receiptEventId: 'zz', invoiceCents: 10 })).toThrow("receipt 'zz'");
  });
});

describe('ErpBooks shrinkage, counts and returns', () => {
  function cheatSheetFifo(): ErpBooks {
    const books = new ErpBooks(createValuation({ method: 'fifo' }));
    books.receive({ eventId: 'r1', time: 0, sku: 'P', qty: 8, unitCostCents: 1000 });
    books.receive({ eventId: 'r2', time: 0, sku: 'P', qty: 4, unitCostCents: 1600 });
    return books;
  }

  it('a write-off costs the oldest units to shrinkage', () => {
    const books = cheatSheetFifo();
    const { entry } = books.writeOff({ eventId: 'w', time: 1, sku: 'P', qty: 3, reason: 'damage' });
    expect(entry!.memo).toContain('damage');
    expect(books.ledger.balance('shrinkage')).toBe(3000);
    expect(books.ledger.balance('inventory')).toBe(14400 - 3000);
    expectConsistent(books);
  });

  it('a count gain credits shrinkage at the newest cost; a count loss debits it at the oldest', () => {
    const books = cheatSheetFifo();
    books.countAdjust({ eventId: 'c1', time: 1, sku: 'P', deltaQty: 2 });
    expect(books.ledger.balance('shrinkage')).toBe(-3200);
    books.countAdjust({ eventId: 'c2', time: 2, sku: 'P', deltaQty: -1 });
    expect(books.ledger.balance('shrinkage')).toBe(-3200 + 1000);
    expect(books.valuation.quantity('P')).toBe(13);
    expectConsistent(books);
  });

  it('a count gain of a SKU never received enters at the given unit cost (standard cost keeps its standard)', () => {
    const fifo = new ErpBooks(createValuation({ method: 'fifo' }));
    fifo.countAdjust({ eventId: 'c', time: 0, sku: 'N', deltaQty: 3, unitCostCents: 700 });
    expect(fifo.ledger.balance('inventory')).toBe(2100);
    expect(fifo.ledger.balance('shrinkage')).toBe(-2100);
    expectConsistent(fifo);
    const std = new ErpBooks(createValuation({ method: 'standard', standardCostCents: { N: 500 } }));
    std.countAdjust({ eventId: 'c', time: 0, sku: 'N', deltaQty: 3, unitCostCents: 700 });
    expect(std.ledger.balance('inventory')).toBe(1500);
    expectConsistent(std);
  });

  it('a zero count difference posts nothing', () => {
    const books = cheatSheetFifo();
    expect(books.countAdjust({ eventId: 'c0', time: 1, sku: 'P', deltaQty: 0 })).toEqual({
      posted: false,
      duplicate: false,
      entry: undefined,
    });
    expect(books.ledger.entryCount).toBe(2);
  });

  it.each([
    { method: 'fifo' } as const,
    { method: 'moving-average' } as const,
    { method: 'standard', standardCostCents: { '4471': 1400 } } as const,
  ])('$method: a customer return puts the unit back at 1400 and refunds the price', (config) => {
    const books = new ErpBooks(createValuation(config));
    books.openingStock({ eventId: 'open', time: 0, sku: '4471', qty: 86, unitCostCents: 1400 });
    books.ship({ eventId: 'ship', time: 1, sku: '4471', qty: 2, revenueCents: 4998 });
    books.customerReturn({ eventId: 'rma', time: 2, sku: '4471', qty: 1, refundCents: 2499 });
    expect(books.ledger.balance('inventory')).toBe(117600 + 1400);
    expect(books.ledger.balance('cogs')).toBe(2800 - 1400);
    expect(books.ledger.balance('salesReturns')).toBe(2499);
    expect(books.ledger.balance('accountsReceivable')).toBe(4998 - 2499);
    books.receivePayment({ eventId: 'pay', time: 3, amountCents: 2499 });
    expect(books.ledger.balance('accountsReceivable')).toBe(0);
    expect(books.ledger.balance('cash')).toBe(2499);
    expectConsistent(books);
  });

  it('a return at an explicit cost enters at that cost under FIFO', () => {
    const books = cheatSheetFifo();
    books.customerReturn({ eventId: 'rma', time: 2, sku: 'P', qty: 2, refundCents: 0, unitCostCents: 1200 });
    expect(books.ledger.balance('cogs')).toBe(-2400);
    expect(books.valuation.value('P')).toBe(14400 + 2400);
    expectConsistent(books);
  });
});

describe('ErpBooks: unkeyed operations (journal off, the caller deduplicates)', () => {
  // Opening 8 @ $10, a gain of 2 at the FIFO unit cost ($10), then 10 shipped for $250 in all.
  it('post the same balances as the keyed operations', () => {
    const unkeyed = new ErpBooks(createValuation({ method: 'fifo' }), new Ledger({ keepJournal: false }));
    unkeyed.openingStockUnkeyed('P', 8, 1000);
    unkeyed.countGainUnkeyed('P', 2);
    expect(unkeyed.shipUnkeyed('P', 10, 25_000)).toBe(10_000);
    expect(unkeyed.ledger.balance('openingEquity')).toBe(-8000);
    expect(unkeyed.ledger.balance('shrinkage')).toBe(-2000);
    expect(unkeyed.ledger.balance('cogs')).toBe(10_000);
    expect(unkeyed.ledger.balance('inventory')).toBe(0);
    expect(unkeyed.ledger.balance('accountsReceivable')).toBe(25_000);
    expect(unkeyed.ledger.balance('revenue')).toBe(-25_000);
    expect(unkeyed.ledger.entryCount).toBe(3);
    expect(unkeyed.inventoryMatchesLayers()).toBe(true);
  });

  it('a count gain of a never-costed SKU enters at the given unit cost; a free shipment posts no revenue lines', () => {
    const books = new ErpBooks(createValuation({ method: 'moving-average' }), new Ledger({ keepJournal: false }));
    books.countGainUnkeyed('Q', 3, 700);
    expect(books.valuation.value('Q')).toBe(2100);
    expect(books.shipUnkeyed('Q', 1, 0)).toBe(700);
    expect(books.ledger.lineCount).toBe(4);
    expect(books.ledger.balance('revenue')).toBe(0);
  });

  it('a shipment beyond the stock is refused before anything is posted', () => {
    const books = new ErpBooks(createValuation({ method: 'fifo' }), new Ledger({ keepJournal: false }));
    books.openingStockUnkeyed('P', 1, 1000);
    expect(() => books.shipUnkeyed('P', 2, 0)).toThrow(ValuationError);
    expect(books.ledger.entryCount).toBe(1);
    expect(books.ledger.balance('cogs')).toBe(0);
  });
});
