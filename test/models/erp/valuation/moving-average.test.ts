import { describe, expect, it } from 'vitest';
import { ValuationError } from '../../../../models/erp/valuation/errors.js';
import { MovingAverageValuation } from '../../../../models/erp/valuation/moving-average.js';

describe('MovingAverageValuation', () => {
  it('averages receipts and costs a delivery at the average (8 @ 1000, 4 @ 1600: average 1200, deliver 10: 12000)', () => {
    const avg = new MovingAverageValuation();
    avg.receive('P', 8, 1000);
    avg.receive('P', 4, 1600);
    expect(avg.unitCost('P')).toBe(1200);
    expect(avg.issue('P', 10)).toEqual({ costCents: 12000 });
    expect(avg.value('P')).toBe(2400);
    expect(avg.unitCost('P')).toBe(1200);
  });

  it('rounds an issue half up and lets the last unit absorb the remainder (302 cents over 3 units: 101, 101, 100)', () => {
    const avg = new MovingAverageValuation();
    avg.receive('P', 1, 100);
    avg.receive('P', 2, 101);
    expect(avg.value('P')).toBe(302);
    expect(avg.issue('P', 1).costCents).toBe(101); // 302 / 3 = 100.67
    expect(avg.issue('P', 1).costCents).toBe(101); // 201 / 2 = 100.5, half up
    expect(avg.issue('P', 1).costCents).toBe(100); // the last unit takes what is left
    expect(avg.value('P')).toBe(0);
    expect(avg.totalValue()).toBe(0);
  });

  it('issuing every unit at once costs exactly the value held', () => {
    const avg = new MovingAverageValuation();
    avg.receive('P', 3, 333);
    avg.receive('P', 4, 1);
    expect(avg.issue('P', 7).costCents).toBe(1003);
    expect(avg.value('P')).toBe(0);
  });

  it('adds count gains at the current average, and at the last average when nothing is held', () => {
    const avg = new MovingAverageValuation();
    avg.receive('P', 1, 100);
    avg.receive('P', 2, 101);
    expect(avg.adjust('P', 3)).toEqual({ valueCents: 302 });
    expect(avg.quantity('P')).toBe(6);
    avg.issue('P', 6);
    expect(avg.unitCost('P')).toBe(101); // round(302 / 3), the average after the last receipt
    expect(avg.adjust('P', 2)).toEqual({ valueCents: 202 });
    expect(avg.adjust('P', -1)).toEqual({ valueCents: -101 });
  });

  it('refuses to issue more than held and changes nothing', () => {
    const avg = new MovingAverageValuation();
    avg.receive('P', 2, 10);
    expect(() => avg.issue('P', 3)).toThrow(ValuationError);
    expect(() => avg.issue('P', 3)).toThrow('issue of 3 units of SKU P exceeds the 2 held');
    expect(avg.quantity('P')).toBe(2);
    expect(avg.value('P')).toBe(20);
  });

  it('stays exact when value x quantity passes 2^53', () => {
    const avg = new MovingAverageValuation();
    avg.receive('P', 3_000_000, 1_000_000_000); // 3e15 cents
    avg.receive('P', 1, 0);
    // 3e15 * 1e6 / 3_000_001 = 999_999_666_666_777 remainder 2_333_223 (over half of 3_000_001): rounds up
    expect(avg.issue('P', 1_000_000).costCents).toBe(999_999_666_666_778);
  });
});
