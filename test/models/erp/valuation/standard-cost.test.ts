import { describe, expect, it } from 'vitest';
import { ValuationError } from '../../../../models/erp/valuation/errors.js';
import { StandardCostValuation } from '../../../../models/erp/valuation/standard-cost.js';

describe('StandardCostValuation', () => {
  it('moves stock at standard and reports the variance (8 @ 1000, 4 @ 1600 at standard 1000: +2400, deliver 10: 10000)', () => {
    const std = new StandardCostValuation({ P: 1000 });
    expect(std.receive('P', 8, 1000)).toEqual({ valueCents: 8000, varianceCents: 0 });
    expect(std.receive('P', 4, 1600)).toEqual({ valueCents: 4000, varianceCents: 2400 });
    expect(std.issue('P', 10)).toEqual({ costCents: 10000 });
    expect(std.value('P')).toBe(2000);
    expect(std.totalValue()).toBe(2000);
  });

  it('reports a favourable variance as negative', () => {
    const std = new StandardCostValuation(new Map([['P', 1000]]));
    expect(std.receive('P', 5, 900)).toEqual({ valueCents: 5000, varianceCents: -500 });
  });

  it('adjusts at standard', () => {
    const std = new StandardCostValuation({ P: 250 });
    std.receive('P', 4, 300);
    expect(std.adjust('P', 2)).toEqual({ valueCents: 500 });
    expect(std.adjust('P', -5)).toEqual({ valueCents: -1250 });
    expect(std.quantity('P')).toBe(1);
  });

  it('refuses a SKU without a standard cost, naming it', () => {
    const std = new StandardCostValuation({ P: 1000 });
    expect(() => std.receive('Q', 1, 5)).toThrow('SKU Q has no standard cost');
    expect(std.quantity('Q')).toBe(0);
    expect(std.value('Q')).toBe(0);
  });

  it('refuses a negative or fractional standard at construction', () => {
    expect(() => new StandardCostValuation({ P: -1 })).toThrow(ValuationError);
    expect(() => new StandardCostValuation({ P: 1.5 })).toThrow('unit cost 1.5');
    expect(() => new StandardCostValuation(undefined as never)).toThrow('standardCostCents undefined must be a Map');
  });

  it('changes a standard only while the SKU holds no stock', () => {
    const std = new StandardCostValuation({ P: 100 });
    std.setStandardCost('P', 120);
    std.receive('P', 1, 120);
    expect(() => std.setStandardCost('P', 130)).toThrow('cannot change the standard of SKU P while 1 units are held');
    std.issue('P', 1);
    std.setStandardCost('P', 130);
    expect(std.unitCost('P')).toBe(130);
  });
});
