// The "do I need an OMS?" grid: cells keep the operation's volume and differ only in channels,
// locations and the OMS; the break-even is found where it is known by construction.
import { describe, expect, it } from 'vitest';
import { breakEven, cellDocument, cellVerdict, gridDefaults, runCosts, type RunCosts } from '../../../scenarios/advise/index.js';
import { builtinScenarios } from '../../../scenarios/builtin/index.js';
import { validateScenario } from '../../../scenarios/validate.js';

const base = builtinScenarios.multichannel as Record<string, any>;

describe('cellDocument', () => {
  it('has the cell\'s channels and locations, the same total orders a day, and valid no-OMS targets', () => {
    const total = (base.channels as { demand: { ordersPerDay: number } }[]).reduce((s, c) => s + c.demand.ordersPerDay, 0);
    for (const channels of gridDefaults.channels) {
      for (const locations of gridDefaults.locations) {
        for (const oms of [true, false]) {
          const config = validateScenario(cellDocument(base, { channels, locations }, oms), 'cell');
          expect([config.channels.length, config.warehouses.length, config.ownership.oms]).toEqual([channels, locations, oms]);
          expect(config.channels.reduce((s, c) => s + c.demand.ordersPerDay, 0)).toBeCloseTo(total, 9);
          const names = new Set(config.warehouses.map((w) => w.name));
          for (const c of config.channels) expect(names.has(c.noOmsWarehouse)).toBe(true);
        }
      }
    }
  });
});

describe('the decision', () => {
  // A constructed operation: without an OMS every extra channel or location adds $300 of monthly
  // mess (oversell, reconciliation) on top of $1,000; the OMS costs a flat $1,500. The OMS is cheaper
  // exactly when 300 x (channels + locations - 2) > 500, i.e. channels + locations >= 4; both arms get
  // the same noise per replication (common random numbers), so the break-even is (1 channel, 3 locations).
  const costs = (cents: number): RunCosts => ({ decisionCost: cents, oversellCost: 0, stockoutCost: 0, reconciliationHours: 0, reconciliationCost: 0, omsCost: 0, sellerHealthBreachDays: 0 });
  const noise = [1_000, -1_000, 500, -500];
  const grid = gridDefaults.channels.flatMap((channels) =>
    gridDefaults.locations.map((locations) => {
      const without = noise.map((e) => costs(100_000 + 30_000 * (channels + locations - 2) + e));
      const withOms = noise.map((e) => costs(150_000 + e + 200));
      return cellVerdict({ channels, locations }, withOms, without);
    }),
  );

  it('compares each cell on paired replications and finds the simplest cell where the OMS is cheaper', () => {
    const cell = (c: number, l: number) => grid.find((g) => g.channels === c && g.locations === l)!;
    expect(cell(1, 1).difference).toBe(50_200);
    expect(cell(1, 1).omsPaysOff).toBe(false);
    expect(cell(1, 2).difference).toBe(20_200);
    expect(cell(1, 3).difference).toBe(-9_800);
    expect(cell(1, 3).halfWidth).toBe(0);
    expect(cell(1, 3).omsPaysOff).toBe(true);
    expect(breakEven(grid)).toEqual({ channels: 1, locations: 3 });
  });

  it('a difference whose interval reaches 0 does not count as paying off', () => {
    const noisy = cellVerdict({ channels: 1, locations: 1 }, [costs(90), costs(130)], [costs(100), costs(100)]);
    expect(noisy.difference).toBe(10);
    expect(noisy.omsPaysOff).toBe(false);
    expect(breakEven([noisy])).toBeNull();
  });

  it('scales a run\'s costs to a 30-day month and adds the OMS fees and reconciliation wages', () => {
    const c = runCosts({ totalCost: 1_000, omsCost: 70, reconciliationCost: 30, reconciliationHours: 2, oversellCost: 10 }, 15);
    expect([c.decisionCost, c.omsCost, c.reconciliationHours, c.oversellCost]).toEqual([2_200, 140, 4, 20]);
  });
});
