// Intervals for proportions across replications, which must never leave [0, 1]. A rate whose
// denominator is a published count (oversellRate over ordersAccepted...) gets a Wilson score interval
// on the pooled proportion, with the effective number of trials shrunk by the between-replication
// variance when that exceeds the binomial one (a design effect), so it is never narrower than the
// replications show. Any other share keeps its t-interval, clipped to [0, 1].
import { studentTQuantile, wilsonInterval } from '../../sim/stats/index.js';
import type { MetricSummary } from './aggregate.js';

/** Published rates and the count each one divides by. */
export const proportionDenominators: Readonly<Record<string, string>> = {
  oversellRate: 'ordersAccepted',
  fillRate: 'unitsAccepted',
  onTimeShipRate: 'ordersShipped',
  onTimeDeliveryRate: 'ordersShipped',
  splitShipmentRate: 'ordersShipped',
};

/** Share metrics without a published denominator: t-interval clipped to [0, 1]. */
export const clippedShares: ReadonlySet<string> = new Set(['driftRate', 'recordAccuracy', 'workerUtilization']);

/**
 * The summary of a proportion with its interval in [0, 1]: `rates[i]` and `trials[i]` are replication
 * i's rate and denominator. The mean stays the mean of the replications' rates.
 */
export function proportionSummary(summary: MetricSummary, rates: readonly number[], trials: readonly number[], level = 0.95): MetricSummary {
  const r = rates.length;
  if (r < 2 || summary.sd === null) return summary;
  const totalTrials = trials.reduce((a, b) => a + b, 0);
  if (!(totalTrials > 0)) return clipped(summary);
  const successes = rates.reduce((sum, rate, i) => sum + rate * trials[i]!, 0);
  const p = successes / totalTrials;
  // Effective trials: the binomial count, or fewer when the replications vary more than binomially.
  const observedVarianceOfMean = (summary.sd * summary.sd) / r;
  const binomialTrials = totalTrials;
  const effective = observedVarianceOfMean > 0 && p > 0 && p < 1 ? Math.min(binomialTrials, (p * (1 - p)) / observedVarianceOfMean) : binomialTrials;
  const z = studentTQuantile((1 + level) / 2, r - 1);
  const { low, high } = wilsonInterval(p * effective, effective, z);
  return { ...summary, low, high, halfWidth: (high - low) / 2 };
}

/** A t-interval clipped to [0, 1]. */
export function clipped(summary: MetricSummary): MetricSummary {
  if (summary.low === null || summary.high === null) return summary;
  const low = Math.max(0, summary.low);
  const high = Math.min(1, summary.high);
  return { ...summary, low, high, halfWidth: (high - low) / 2 };
}
