// Seller-health windows on hand-built order streams: which days a rolling rate covers, when an event
// leaves it, days above threshold and the first breach; and the pipeline's worst-channel metrics on
// the article's oversell example.
import { describe, expect, it } from 'vitest';
import { SECONDS_PER_DAY } from '../../../models/config.js';
import { defaultSellerHealth } from '../../../models/defaults.js';
import { SellerHealthLedger } from '../../../models/channels/seller-health.js';
import { loadScenario } from '../../../scenarios/load.js';
import { runScenario } from '../../../scenarios/run.js';

// Day d (1-based) starts at (d - 1) days; events at noon.
const at = (day: number) => (day - 1) * SECONDS_PER_DAY + SECONDS_PER_DAY / 2;

describe('SellerHealthLedger', () => {
  it('a cancellation on day 1 is in the 7-day rate on days 2..8 and has left it on day 9', () => {
    const ledger = new SellerHealthLedger();
    for (let day = 1; day <= 10; day++) for (let i = 0; i < 10; i++) ledger.record('placed', 0, at(day));
    ledger.record('cancelled', 0, at(1));
    const health = ledger.assess(0, 10, defaultSellerHealth);
    const rate = (day: number) => health.daily.find((d) => d.day === day)!.cancellationRate;
    expect(health.daily.map((d) => d.day)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect([rate(2), rate(3), rate(4), rate(5), rate(8), rate(9)]).toEqual([1 / 10, 1 / 20, 1 / 30, 1 / 40, 1 / 70, 0]);
    // Above 2.5% on days 2, 3 and 4 (1/40 = 2.5% is not above); the defect rate (same count here,
    // threshold 1%) stays above through day 8 (1/70 = 1.43%).
    expect(health.cancellationRate).toBe(1 / 100);
    expect([health.daysAboveThreshold, health.firstBreachDay]).toEqual([7, 2]);
  });

  it('late shipments count against shipments, defects against orders placed, per channel', () => {
    const ledger = new SellerHealthLedger();
    for (let i = 0; i < 20; i++) {
      ledger.record('placed', 1, at(3));
      ledger.record('shipped', 1, at(3));
    }
    ledger.record('late', 1, at(3));
    ledger.record('placed', 0, at(3));
    const health = ledger.assess(1, 5, { windowDays: 2, cancellationRateMax: 1, lateShipmentRateMax: 0.04, defectRateMax: 0.06 });
    expect([health.lateShipmentRate, health.defectRate, health.cancellationRate]).toEqual([1 / 20, 1 / 20, 0]);
    // Day 3's events are in the 2-day window on days 4 and 5: late rate 5% > 4% there, defect 5% <= 6%.
    expect(health.daily.filter((d) => d.lateShipmentRate > 0).map((d) => d.day)).toEqual([4, 5]);
    expect([health.daysAboveThreshold, health.firstBreachDay]).toEqual([2, 4]);
    expect(ledger.assess(0, 5, defaultSellerHealth).lateShipmentRate).toBe(0);
  });

  it('an empty channel has zero rates and no breach', () => {
    const health = new SellerHealthLedger().assess(3, 7, defaultSellerHealth);
    expect([health.cancellationRate, health.daysAboveThreshold, health.firstBreachDay]).toEqual([0, 0, 0]);
  });
});

describe('seller health in a run', () => {
  it('seed-oversell: each channel sold 6 and had 1 cancelled, so 1/6 over the day, breached on day 2', () => {
    const { metrics } = runScenario(loadScenario('seed-oversell'));
    expect(metrics.oversoldOrders).toBe(2);
    expect(metrics.sellerCancellationRate).toBeCloseTo(1 / 6, 12);
    expect([metrics.sellerHealthBreachDays, metrics.sellerHealthFirstBreachDay]).toEqual([2, 2]);
  });
});
