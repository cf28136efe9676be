import { describe, expect, it } from 'vitest';
import { Inventory } from '../../../models/wms/inventory.js';

describe('Inventory', () => {
  it('balances truth and record against their movements through a hand-worked sequence', () => {
    const inv = new Inventory(2);
    inv.setInitial(0, 86, 86);
    inv.setInitial(1, 10, 12);
    inv.pickTruth(0, 2);
    inv.pickRecord(0, 2);
    expect(inv.physicalOnHand(0)).toBe(86); // staged units are still in the building
    inv.shipTruth(0, 2);
    inv.shipRecord(0, 2);
    inv.receive(1, 20, 18); // a mis-scan: 2 units fewer recorded
    inv.shrink(0, 3);
    inv.damage(1, 1);
    inv.adjustRecord(1, -1);
    expect([inv.physicalOnHand(0), inv.recordOnHand(0)]).toEqual([81, 84]);
    expect([inv.physicalOnHand(1), inv.recordOnHand(1)]).toEqual([29, 29]);
    const c = inv.conservation();
    expect(c).toMatchObject({
      initial: 96, received: 20, shipped: 2, shrunk: 3, damaged: 1, physicalOnHand: 110,
      recordInitial: 98, recordReceived: 18, recordShipped: 2, recordAdjusted: -1, recordOnHand: 113,
      physicalBalanced: true, recordBalanced: true, negativeCells: 0,
    });
    expect(96 + 20 - 2 - 3 - 1).toBe(c.physicalOnHand);
    expect(inv.physicalImbalance(0)).toBe(0);
    expect(inv.recordImbalance(1)).toBe(0);
  });

  it('refuses any movement that would take a bin, a staging cell or the record below zero', () => {
    const inv = new Inventory(1, 'east');
    inv.setInitial(0, 2, 1);
    expect(() => inv.pickTruth(0, 3)).toThrow(/east: SKU 0 picks 3 physical units but the bin holds 2/);
    expect(() => inv.pickRecord(0, 2)).toThrow(/bin record is 1/);
    expect(() => inv.shipTruth(0, 1)).toThrow(/0 are staged/);
    expect(() => inv.shrink(0, 5)).toThrow(RangeError);
    expect(() => inv.adjustRecord(0, -2)).toThrow(/below zero/);
    expect(() => inv.receive(0, -1, 0)).toThrow(/received truth units must be an integer >= 0/);
    expect(() => inv.pickTruth(1, 1)).toThrow(/SKU index 1 is outside 0..0/);
    expect(inv.conservation().physicalBalanced).toBe(true);
  });

  it('measures record accuracy as the share of SKUs whose bin record equals the shelf', () => {
    const inv = new Inventory(4);
    inv.setInitial(0, 5, 5);
    inv.setInitial(1, 5, 4);
    inv.setInitial(2, 0, 0);
    inv.setInitial(3, 7, 9);
    expect(inv.recordAccuracy()).toBe(0.5);
    expect(inv.recordErrorUnits()).toBe(3);
    inv.adjustRecord(1, 1);
    expect(inv.recordAccuracy()).toBe(0.75);
    expect(new Inventory(0).recordAccuracy()).toBe(1);
  });
});
