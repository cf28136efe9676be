// The costs of running the systems themselves, beside the costs of the goods (the article's "do I
// need an OMS?"): an OMS has a price (a monthly fee and a fee per order it handles), and running
// without one costs people's time: every discrepancy found at a reconciliation (the ERP's periodic
// reconciliation corrects a SKU; without an OMS, a warehouse stock update corrects a channel's
// listing) takes minutes of a clerk's time at a wage. All money in integer cents.
import type { ScenarioConfig } from './config.js';
import type { Metrics } from './metrics.js';

/** What the systems and the manual work cost (a scenario's `administration`). */
export interface AdministrationConfig {
  omsFeeMonthlyCents: number;
  omsFeePerOrderCents: number;
  reconciliationMinutesPerDiscrepancy: number;
  clerkWageCentsPerHour: number;
}

/** The documented defaults (README "Seller health and the cost of running without an OMS"). */
export const administrationDefaults: AdministrationConfig = {
  omsFeeMonthlyCents: 50_000,
  omsFeePerOrderCents: 10,
  reconciliationMinutesPerDiscrepancy: 5,
  clerkWageCentsPerHour: 2_500,
};

const daysPerMonth = 30;

/** Books the run's OMS fee and reconciliation work into the metrics, from its totals. */
export function closeAdministration(metrics: Metrics, config: ScenarioConfig, channelCorrections: number): void {
  const a = config.administration ?? administrationDefaults;
  const discrepancies = metrics.reconciliationAdjustments + channelCorrections;
  const minutes = discrepancies * a.reconciliationMinutesPerDiscrepancy;
  metrics.reconciliationDiscrepancies = discrepancies;
  metrics.reconciliationHours = minutes / 60;
  metrics.reconciliationCostCents = Math.round((minutes * a.clerkWageCentsPerHour) / 60);
  metrics.omsCostCents = config.ownership.oms
    ? Math.round((a.omsFeeMonthlyCents * config.horizonDays) / daysPerMonth) + a.omsFeePerOrderCents * metrics.ordersAccepted
    : 0;
}
