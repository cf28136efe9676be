// The OMS's price and the manual work of running without one, on cases worked by hand.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenarios/load.js';
import { runScenario } from '../../scenarios/run.js';

describe('reconciliation work and the OMS fee', () => {
  it('seed-oversell over 2 days: the day-2 stock update corrects both channels\' listings (4 -> 0): 2 discrepancies, 10 minutes, $4.17', () => {
    const { metrics } = runScenario({ ...loadScenario('seed-oversell'), horizonDays: 2 });
    expect(metrics.reconciliationDiscrepancies).toBe(2);
    expect(metrics.reconciliationHours).toBeCloseTo(10 / 60, 12);
    // 10 minutes at 2,500 cents an hour = 416.67 cents, rounded to the cent.
    expect(metrics.reconciliationCost).toBe(417);
    expect(metrics.omsCost).toBe(0);
  });

  it('an ERP keeping its own count pays for each SKU its reconciliation corrects, at the scenario\'s minutes and wage', () => {
    const base = loadScenario('multichannel');
    const config = { ...base, horizonDays: 6, ownership: { oms: true, erpOwnCount: true }, erp: { ...base.erp, ownCount: { ...base.erp.ownCount, reconciliationIntervalDays: 2, entryErrorProbability: 0.05 } }, administration: { omsFeeMonthlyCents: 30_000, omsFeePerOrderCents: 5, reconciliationMinutesPerDiscrepancy: 3, clerkWageCentsPerHour: 4_000 } };
    const { metrics } = runScenario(config);
    expect(metrics.reconciliationAdjustments).toBeGreaterThan(0);
    expect(metrics.reconciliationDiscrepancies).toBe(metrics.reconciliationAdjustments);
    expect(metrics.reconciliationHours).toBeCloseTo((metrics.reconciliationAdjustments! * 3) / 60, 12);
    expect(metrics.reconciliationCost).toBe(Math.round((metrics.reconciliationAdjustments! * 3 * 4_000) / 60));
    // 6 days of a 30,000-cent month is 6,000 cents, plus 5 cents an order.
    expect(metrics.omsCost).toBe(6_000 + 5 * metrics.ordersAccepted!);
  });

  it('the walkthrough with an OMS over a week: $500 a month prorated (11,667 cents) plus 10 cents for its 1 order', () => {
    const { metrics } = runScenario({ ...loadScenario('seed-walkthrough'), horizonDays: 7 });
    expect(metrics.ordersAccepted).toBe(1);
    expect(metrics.omsCost).toBe(11_667 + 10);
  });
});
