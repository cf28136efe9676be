// Random operation sequences against an independent model of the stock (unit-by-unit for FIFO),
// checking the ledger/valuation invariants after every step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErpBooks } from '../../../models/erp/books.js';
import { createValuation, type ValuationConfig } from '../../../models/erp/valuation/create.js';
import { ValuationError } from '../../../models/erp/valuation/errors.js';

const skus = ['A', 'B', 'C'] as const;
const standardCostCents: Record<string, number> = { A: 1000, B: 250, C: 0 };

type Op =
  | { kind: 'receive'; sku: string; qty: number; unitCostCents: number }
  | { kind: 'ship'; sku: string; qty: number; revenueCents: number }
  | { kind: 'writeOff'; sku: string; qty: number }
  | { kind: 'count'; sku: string; deltaQty: number }
  | { kind: 'return'; sku: string; qty: number; refundCents: number }
  | { kind: 'replay'; pick: number };

const sku = fc.constantFrom(...skus);
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('receive' as const), sku, qty: fc.integer({ min: 1, max: 20 }), unitCostCents: fc.integer({ min: 0, max: 5000 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('ship' as const), sku, qty: fc.integer({ min: 1, max: 25 }), revenueCents: fc.integer({ min: 0, max: 200_000 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('writeOff' as const), sku, qty: fc.integer({ min: 1, max: 5 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('count' as const), sku, deltaQty: fc.integer({ min: -10, max: 10 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('return' as const), sku, qty: fc.integer({ min: 1, max: 3 }), refundCents: fc.integer({ min: 0, max: 10_000 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('replay' as const), pick: fc.nat() }), weight: 1 },
);

// What the stock should be, kept apart from the code under test.
class StockModel {
  readonly qty = new Map<string, number>();
  readonly fifoUnits = new Map<string, number[]>(); // unit costs, oldest first
  readonly lastReceiptCost = new Map<string, number>(); // the cost a gain enters at when nothing is held
  grniCents = 0;

  held(s: string): number {
    return this.qty.get(s) ?? 0;
  }

  add(s: string, qty: number, unitCostCents: number): void {
    this.qty.set(s, this.held(s) + qty);
    const units = this.fifoUnits.get(s) ?? [];
    for (let i = 0; i < qty; i += 1) units.push(unitCostCents);
    this.fifoUnits.set(s, units);
  }

  // Removes qty units and returns the FIFO cost of the oldest ones.
  remove(s: string, qty: number): number {
    this.qty.set(s, this.held(s) - qty);
    return (this.fifoUnits.get(s) ?? []).splice(0, qty).reduce((sum, c) => sum + c, 0);
  }
}

interface Outcome {
  result: { posted: boolean; duplicate: boolean };
}

function checkInvariants(books: ErpBooks, model: StockModel): void {
  const { ledger, valuation } = books;
  expect(ledger.balance('inventory')).toBe(valuation.totalValue());
  let sum = 0;
  for (const s of skus) {
    expect(valuation.quantity(s)).toBe(model.held(s));
    expect(valuation.quantity(s)).toBeGreaterThanOrEqual(0);
    expect(valuation.value(s)).toBeGreaterThanOrEqual(0);
    sum += valuation.value(s);
    if (valuation.method === 'fifo') expect(valuation.value(s)).toBe((model.fifoUnits.get(s) ?? []).reduce((a, c) => a + c, 0));
    if (valuation.method === 'standard') expect(valuation.value(s)).toBe(model.held(s) * standardCostCents[s]);
  }
  expect(sum).toBe(valuation.totalValue());
  const { totals } = ledger.trialBalance();
  expect(totals.debitCents).toBe(totals.creditCents);
  expect(totals.balanceCents).toBe(0);
  expect(ledger.balance('grni')).toBe(0 - model.grniCents);
}

function expectIssueCost(books: ErpBooks, model: StockModel, s: string, qty: number, heldValueCents: number, costCents: number, fifoCost: number): void {
  const method = books.valuation.method;
  if (method === 'fifo') expect(costCents).toBe(fifoCost);
  if (method === 'standard') expect(costCents).toBe(qty * standardCostCents[s]);
  if (method === 'moving-average') {
    const held = model.held(s) + qty;
    if (qty === held) expect(costCents).toBe(heldValueCents);
    else {
      expect(costCents).toBeGreaterThanOrEqual(Math.floor((heldValueCents * qty) / held));
      expect(costCents).toBeLessThanOrEqual(Math.ceil((heldValueCents * qty) / held));
    }
  }
}

function run(config: ValuationConfig, ops: Op[]): void {
  const books = new ErpBooks(createValuation(config));
  const model = new StockModel();
  const done: { eventId: string; replay: () => Outcome }[] = [];
  ops.forEach((o, index) => {
    const eventId = `e${index}`;
    const time = index;
    if (o.kind === 'replay') {
      if (done.length === 0) return;
      const before = { entries: books.ledger.entryCount, value: books.valuation.totalValue() };
      const again = done[o.pick % done.length];
      expect(again.replay().result.duplicate).toBe(true);
      expect({ entries: books.ledger.entryCount, value: books.valuation.totalValue() }).toEqual(before);
      return;
    }
    const outgoing = o.kind === 'ship' || o.kind === 'writeOff' ? o.qty : o.kind === 'count' && o.deltaQty < 0 ? -o.deltaQty : 0;
    const heldValueCents = books.valuation.value(o.sku);
    const call = (): Outcome => {
      switch (o.kind) {
        case 'receive':
          return { result: books.receive({ eventId, time, sku: o.sku, qty: o.qty, unitCostCents: o.unitCostCents }) };
        case 'ship':
          return { result: books.ship({ eventId, time, sku: o.sku, qty: o.qty, revenueCents: o.revenueCents }) };
        case 'writeOff':
          return { result: books.writeOff({ eventId, time, sku: o.sku, qty: o.qty, reason: 'shrinkage' }) };
        case 'count':
          return { result: books.countAdjust({ eventId, time, sku: o.sku, deltaQty: o.deltaQty }) };
        case 'return':
          return { result: books.customerReturn({ eventId, time, sku: o.sku, qty: o.qty, refundCents: o.refundCents }) };
      }
    };
    if (outgoing > model.held(o.sku)) {
      const entries = books.ledger.entryCount;
      expect(call).toThrow(ValuationError);
      expect(books.ledger.entryCount).toBe(entries);
      checkInvariants(books, model);
      return;
    }
    const cogsBefore = books.ledger.balance('cogs') + books.ledger.balance('shrinkage');
    const inventoryBefore = books.ledger.balance('inventory');
    // A zero count posts nothing, so there is nothing to replay.
    if (call().result.posted) done.push({ eventId, replay: call });
    const method = books.valuation.method;
    const gainCost = method === 'standard' ? standardCostCents[o.sku] : model.lastReceiptCost.get(o.sku) ?? 0;
    if (o.kind === 'receive') {
      model.add(o.sku, o.qty, o.unitCostCents);
      // FIFO remembers the receipt price; the moving average the new average, rounded half up.
      const newValueCents = heldValueCents + o.qty * o.unitCostCents;
      const held = model.held(o.sku);
      const average = Math.floor((2 * newValueCents + held) / (2 * held));
      model.lastReceiptCost.set(o.sku, method === 'moving-average' ? average : o.unitCostCents);
      model.grniCents += o.qty * o.unitCostCents;
    } else if (outgoing > 0) {
      const fifoCost = model.remove(o.sku, outgoing);
      const costCents = books.ledger.balance('cogs') + books.ledger.balance('shrinkage') - cogsBefore;
      expectIssueCost(books, model, o.sku, outgoing, heldValueCents, costCents, fifoCost);
      expect(inventoryBefore - books.ledger.balance('inventory')).toBe(costCents);
    } else if (o.kind === 'return' || (o.kind === 'count' && o.deltaQty > 0)) {
      const qty = o.kind === 'return' ? o.qty : o.deltaQty;
      // FIFO and standard gains enter at a known unit cost; the moving average at its current average.
      if (method !== 'moving-average' || model.held(o.sku) === 0) {
        expect(books.ledger.balance('inventory') - inventoryBefore).toBe(qty * gainCost);
      }
      model.add(o.sku, qty, gainCost);
    }
    checkInvariants(books, model);
  });

  // Shipping out everything leaves no value behind, whatever the rounding on the way.
  for (const s of skus) {
    const held = model.held(s);
    if (held === 0) continue;
    books.ship({ eventId: `final-${s}`, time: ops.length, sku: s, qty: held, revenueCents: 0 });
    model.remove(s, held);
    expect(books.valuation.value(s)).toBe(0);
  }
  expect(books.valuation.totalValue()).toBe(0);
  expect(books.ledger.balance('inventory')).toBe(0);
  checkInvariants(books, model);
}

describe.each([
  { method: 'fifo' } as const,
  { method: 'moving-average' } as const,
  { method: 'standard', standardCostCents } as const,
])('ErpBooks under $method, random operation sequences', (config) => {
  it('keep the inventory account equal to the valuation, the trial balance at zero and stock non-negative', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        run(config, ops);
      }),
      { numRuns: 200 },
    );
  });
});
