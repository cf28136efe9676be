import { describe, expect, it } from 'vitest';
import { defaultErp } from '../../../../models/defaults.js';
import { orderQuantity, replenishmentLevels } from '../../../../models/erp/replenishment.js';

const purchasing = () => structuredClone(defaultErp.purchasing);

describe('replenishmentLevels', () => {
  it('uses the configured units for every SKU when given', () => {
    const levels = replenishmentLevels({ ...purchasing(), reorderPointUnits: 88, orderQuantityUnits: 100 }, 3);
    expect([...levels.reorderPointUnits]).toEqual([88, 88, 88]);
    expect([...levels.orderUnits]).toEqual([100, 100, 100]);
  });

  it('computes days of mean daily demand, rounded to the nearest unit, when units are absent', () => {
    const config = { ...purchasing(), reorderPointDays: 7, orderUpToDays: 21 };
    const levels = replenishmentLevels(config, 3, Float64Array.of(6, 0.5, 0));
    expect([...levels.reorderPointUnits]).toEqual([42, 4, 0]); // 3.5 rounds up
    expect([...levels.orderUnits]).toEqual([126, 11, 0]); // 10.5 rounds up
  });

  it('prefers units over days when both are available', () => {
    const levels = replenishmentLevels({ ...purchasing(), reorderPointUnits: 5 }, 1, Float64Array.of(10));
    expect(levels.reorderPointUnits[0]).toBe(5);
    expect(levels.orderUnits[0]).toBe(210);
  });

  it('names the missing input when neither units nor demand are given', () => {
    expect(() => replenishmentLevels(purchasing(), 2)).toThrow(/reorderPointUnits/);
  });

  it('refuses demand of the wrong length or a negative mean', () => {
    expect(() => replenishmentLevels(purchasing(), 2, Float64Array.of(1))).toThrow(/1 entries for a catalogue of 2/);
    expect(() => replenishmentLevels(purchasing(), 1, Float64Array.of(-1))).toThrow(/meanDailyDemand\[0\].*-1/);
  });
});

describe('orderQuantity', () => {
  it('reorder point: orders nothing above the reorder point and Q at or below it', () => {
    expect(orderQuantity('reorder-point', 89, 88, 100)).toBe(0);
    expect(orderQuantity('reorder-point', 88, 88, 100)).toBe(100);
    expect(orderQuantity('reorder-point', 84, 88, 100)).toBe(100);
  });

  it('reorder point: orders the smallest multiple of Q that lifts the position above the reorder point', () => {
    expect(orderQuantity('reorder-point', 60, 88, 10)).toBe(30); // 60 + 30 = 90 > 88; 60 + 20 = 80 is not
    expect(orderQuantity('reorder-point', 78, 88, 10)).toBe(20); // 98 > 88; 88 is not
  });

  it('(s, S): orders up to S at or below s', () => {
    expect(orderQuantity('s-S', 84, 88, 200)).toBe(116);
    expect(orderQuantity('s-S', 89, 88, 200)).toBe(0);
  });

  it('a zero order quantity or policy none orders nothing', () => {
    expect(orderQuantity('reorder-point', 0, 0, 0)).toBe(0);
    expect(orderQuantity('none', 0, 88, 100)).toBe(0);
  });
});
