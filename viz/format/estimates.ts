// Estimates with their intervals, and the answer sentence of a comparison, in the metric's own unit.
import { formatMetric, formatMetricDifference, isCentsMetric, isShareMetric } from './numbers.js';

/** What an estimate needs: the mean and its interval (null below two replications). */
export interface Estimate {
  mean: number;
  halfWidth: number | null;
  low: number | null;
  high: number | null;
}

/** "$13,721 ± $1,636", or for a proportion "1 in 2,400 (1 in 9,000 – 1 in 900)" (its interval is asymmetric). */
export function formatEstimateOf(metric: string, e: Estimate, currency = 'USD'): string {
  const mean = formatMetric(metric, e.mean, currency);
  if (e.low === null || e.high === null || e.halfWidth === null) return mean;
  if (isShareMetric(metric)) return `${mean} (${formatMetric(metric, e.low, currency)} – ${formatMetric(metric, e.high, currency)})`;
  return `${mean} ± ${formatMetricDifference(metric, e.halfWidth, currency).replace(/^\+/, '')}`;
}

/** One compared metric as `answerSentence` reads it. */
export interface ComparedMetric {
  metric: string;
  meanA: number;
  meanB: number;
  difference: Estimate;
  excludesZero: boolean;
}

/**
 * The answer in words: "Changing oms.routingPolicy from "nearest" to "lowest-cost" lowers shippingCost
 * from $232,665 to $218,944 (-$13,721 ± $1,636, 95% CI) over 30 days." or "... makes no clear difference ...".
 */
export function answerSentence(change: string, m: ComparedMetric, horizonDays: number, currency = 'USD'): string {
  const from = formatMetric(m.metric, m.meanA, currency);
  const to = formatMetric(m.metric, m.meanB, currency);
  const d = m.difference;
  const spread = d.halfWidth === null ? '' : ` ± ${formatMetricDifference(m.metric, d.halfWidth, currency).replace(/^\+/, '')}, 95% CI`;
  const delta = `${formatMetricDifference(m.metric, d.mean, currency)}${spread}`;
  const period = isCentsMetric(m.metric) ? ` over ${horizonDays} days` : '';
  if (!m.excludesZero) return `${change} makes no clear difference to ${m.metric}: ${from} vs ${to} (${delta})${period}.`;
  const verb = m.meanB > m.meanA ? 'raises' : 'lowers';
  return `${change} ${verb} ${m.metric} from ${from} to ${to} (${delta})${period}.`;
}

/** "Changing a.b from X to Y" for the settings that differ between two variants. */
export function describeChange(a: Record<string, unknown>, b: Record<string, unknown>): string {
  const paths = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((p) => JSON.stringify(a[p]) !== JSON.stringify(b[p]));
  if (paths.length === 0) return 'The change';
  const show = (v: unknown) => (v === undefined ? 'the scenario\'s value' : JSON.stringify(v));
  return `Changing ${paths.map((p) => `${p} from ${show(a[p])} to ${show(b[p])}`).join(' and ')}`;
}
