import { describe, expect, it } from 'vitest';
import { runWarehouseDemo } from '../../../models/wms/demo.js';

describe('runWarehouseDemo', () => {
  const result = runWarehouseDemo({ days: 3 });

  it('returns the same numbers for the same seed and different ones for another seed', () => {
    expect(runWarehouseDemo({ days: 3 })).toEqual(result);
    expect(runWarehouseDemo({ days: 3, seed: 2 }).pickTravelPerLine).not.toBe(result.pickTravelPerLine);
  });

  it('reports pick travel per line, labour and record accuracy within their ranges, with stock conserved', () => {
    expect(result.ordersPlaced).toBeGreaterThan(0);
    expect(result.ordersShipped).toBeGreaterThan(0);
    expect(result.ordersShipped).toBeLessThanOrEqual(result.ordersPlaced);
    expect(result.pickTravelPerLine).toBeGreaterThan(0);
    expect(result.linesPerLaborHour).toBeGreaterThan(0);
    // At 12 s a line plus 60 s an order, no hour of labour picks more than 3600 / 12 lines.
    expect(result.linesPerLaborHour).toBeLessThan(3600 / 12);
    expect(result.workerUtilization).toBeGreaterThan(0);
    expect(result.workerUtilization).toBeLessThanOrEqual(1);
    expect(result.recordAccuracy).toBeGreaterThanOrEqual(0);
    expect(result.recordAccuracy).toBeLessThanOrEqual(1);
    expect(result.shortPicks).toBeGreaterThanOrEqual(0);
    expect(result.conservation).toMatchObject({ physicalBalanced: true, recordBalanced: true, negativeCells: 0 });
  });

  it('labour hours follow the shifts: exactly workers x 24 h x days round the clock, at least the shift hours otherwise', () => {
    const workers = { count: 4, walkingSpeedMetersPerSecond: 1.2, pickSecondsPerLine: 12, packSecondsPerOrder: 60 };
    // Nobody absent: an absence takes a whole shift out of the hours available.
    const present = { workerAbsenceProbability: 0 };
    const allDay = runWarehouseDemo({ days: 3, faults: present, warehouse: { workers: { ...workers, shiftStartHour: 0, shiftEndHour: 24 } } });
    const dayShift = runWarehouseDemo({ days: 3, faults: present });
    // Lines per busy hour and busy / available give back the labour hours available.
    const availableHours = (r: typeof result) => r.linesPicked / r.linesPerLaborHour / r.workerUtilization;
    // Round the clock there is no overtime: 4 workers x 24 h x 3 days = 288 labour hours.
    expect(availableHours(allDay)).toBeCloseTo(288, 6);
    // The demo's 6:00-22:00 shifts give 4 x 16 h x 3 days = 192 h, plus overtime when a round runs past 22:00
    // (at most one round per worker and evening: far below a shift).
    expect(availableHours(dayShift)).toBeGreaterThanOrEqual(192 - 1e-9);
    expect(availableHours(dayShift)).toBeLessThan(192 + 4 * 3 * 1);
    // Busy time holds at least the 12 s of handling of every line picked.
    expect(allDay.linesPicked / allDay.linesPerLaborHour).toBeGreaterThanOrEqual((allDay.linesPicked * 12) / 3600);
  });

  it('without faults: records stay exact, nothing is short, mis-picked, damaged or shrunk', () => {
    const days = 2;
    const clean = runWarehouseDemo({
      days,
      faults: { misPickProbability: 0, shrinkUnitsPerDayPerWarehouse: 0, damageProbabilityPerPick: 0, misScanProbabilityPerReceipt: 0, workerAbsenceProbability: 0 },
    });
    expect(clean).toMatchObject({ recordAccuracy: 1, recordAccuracyMean: 1, shortPicks: 0, shortUnits: 0, misPicks: 0, damagedUnits: 0, shrinkUnits: 0, cycleCountCorrections: 0 });
    expect(clean.conservation).toMatchObject({ physicalBalanced: true, recordBalanced: true, negativeCells: 0 });
  });

  it('batching walks less per line than single-order picking on the same demand draws', () => {
    const days = 2;
    const single = runWarehouseDemo({ days, warehouse: { batching: { mode: 'single', batchSize: 1, waveIntervalSeconds: 1_800 } } });
    const batch = runWarehouseDemo({ days, warehouse: { batching: { mode: 'batch', batchSize: 8, waveIntervalSeconds: 1_800 } } });
    expect(batch.pickTravelPerLine).toBeLessThan(single.pickTravelPerLine);
  });

  it('rejects an absurd horizon naming the value', () => {
    expect(() => runWarehouseDemo({ days: 0 })).toThrow(/days must be in \(0, 3650\], got 0/);
  });
});
