import { describe, expect, it } from 'vitest';
import { ValuationError } from '../../../../models/erp/valuation/errors.js';
import { FifoValuation } from '../../../../models/erp/valuation/fifo.js';

function refusal(action: () => unknown): ValuationError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ValuationError);
    return error as ValuationError;
  }
  throw new Error('expected a ValuationError');
}

describe('FifoValuation', () => {
  it('costs a delivery from the oldest layers (8 @ 1000, 4 @ 1600, deliver 10: 11200, 3200 left)', () => {
    const fifo = new FifoValuation();
    expect(fifo.receive('P', 8, 1000)).toEqual({ valueCents: 8000, varianceCents: 0 });
    expect(fifo.receive('P', 4, 1600)).toEqual({ valueCents: 6400, varianceCents: 0 });
    expect(fifo.issue('P', 10)).toEqual({ costCents: 8 * 1000 + 2 * 1600 });
    expect(fifo.quantity('P')).toBe(2);
    expect(fifo.value('P')).toBe(3200);
    expect(fifo.layers('P')).toEqual([{ qty: 2, unitCostCents: 1600 }]);
  });

  it('consumes a layer exactly to its end and starts the next one on the following issue', () => {
    const fifo = new FifoValuation();
    fifo.receive('P', 3, 100);
    fifo.receive('P', 3, 200);
    expect(fifo.issue('P', 3).costCents).toBe(300);
    expect(fifo.issue('P', 1).costCents).toBe(200);
    expect(fifo.layers('P')).toEqual([{ qty: 2, unitCostCents: 200 }]);
  });

  it('merges a receipt into the newest layer when the unit cost is the same', () => {
    const fifo = new FifoValuation();
    fifo.receive('P', 5, 100);
    fifo.receive('P', 3, 100);
    expect(fifo.layers('P')).toEqual([{ qty: 8, unitCostCents: 100 }]);
  });

  it('refuses to issue more than held, naming the quantities, and changes nothing', () => {
    const fifo = new FifoValuation();
    fifo.receive('P', 2, 500);
    const error = refusal(() => fifo.issue('P', 3));
    expect(error.code).toBe('insufficient-quantity');
    expect(error.message).toBe('issue of 3 units of SKU P exceeds the 2 held');
    expect(fifo.quantity('P')).toBe(2);
    expect(fifo.value('P')).toBe(1000);
    expect(refusal(() => fifo.issue('never', 1)).message).toBe('issue of 1 units of SKU never exceeds the 0 held');
  });

  it('adds count gains at the newest receipt cost and issues count losses from the oldest layer', () => {
    const fifo = new FifoValuation();
    fifo.receive('P', 5, 100);
    fifo.receive('P', 5, 200);
    expect(fifo.adjust('P', 2)).toEqual({ valueCents: 400 });
    expect(fifo.layers('P')).toEqual([
      { qty: 5, unitCostCents: 100 },
      { qty: 7, unitCostCents: 200 },
    ]);
    expect(fifo.adjust('P', -6)).toEqual({ valueCents: -(5 * 100 + 200) });
    expect(fifo.adjust('P', 0)).toEqual({ valueCents: 0 });
    expect(fifo.quantity('P')).toBe(6);
    expect(fifo.value('P')).toBe(1200);
  });

  it('keeps the last receipt cost as unit cost after the stock runs out; 0 for an unknown SKU', () => {
    const fifo = new FifoValuation();
    fifo.receive('P', 1, 100);
    fifo.receive('P', 1, 250);
    fifo.issue('P', 2);
    expect(fifo.value('P')).toBe(0);
    expect(fifo.unitCost('P')).toBe(250);
    expect(fifo.layers('P')).toEqual([]);
    expect(fifo.unitCost('X')).toBe(0);
  });

  it('keeps totalValue equal to the sum over SKUs, through many layers', () => {
    const fifo = new FifoValuation();
    for (let i = 1; i <= 100; i += 1) fifo.receive('A', 1, i);
    fifo.receive('B', 4, 25);
    let issued = 0;
    for (let i = 1; i <= 90; i += 1) issued += fifo.issue('A', 1).costCents;
    expect(issued).toBe((90 * 91) / 2);
    expect(fifo.value('A')).toBe((100 * 101) / 2 - (90 * 91) / 2);
    expect(fifo.totalValue()).toBe(fifo.value('A') + 100);
    expect(fifo.layers('A').map((layer) => layer.unitCostCents)).toEqual([91, 92, 93, 94, 95, 96, 97, 98, 99, 100]);
    expect(fifo.skus()).toEqual(['A', 'B']);
  });

  it.each([
    ['zero quantity', () => new FifoValuation().receive('P', 0, 1), 'invalid-quantity', 'quantity 0'],
    ['fractional quantity', () => new FifoValuation().receive('P', 1.5, 1), 'invalid-quantity', 'quantity 1.5'],
    ['negative cost', () => new FifoValuation().receive('P', 1, -1), 'invalid-cost', 'unit cost -1'],
    ['fractional cost', () => new FifoValuation().receive('P', 1, 0.5), 'invalid-cost', 'unit cost 0.5'],
    ['empty SKU', () => new FifoValuation().receive('', 1, 1), 'unknown-sku', 'sku ""'],
    ['fractional delta', () => new FifoValuation().adjust('P', 0.5), 'invalid-quantity', 'deltaQty 0.5'],
  ])('refuses %s', (_name, action, code, shown) => {
    const error = refusal(action);
    expect(error.code).toBe(code);
    expect(error.message).toContain(shown);
  });
});
