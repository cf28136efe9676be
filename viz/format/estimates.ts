// Estimates with their intervals, and the answer sentence of a comparison, in the metric's own unit.
import { formatParameterValue } from './parameters.js';
import { formatDuration, formatMetric, formatMetricDifference, isCentsMetric, isShareMetric } from './numbers.js';

/** Money metrics that are a level (averaged over samples or taken at the end), not a sum over the run. */
const levelMetrics = new Set(['driftValue', 'inventoryValue', 'costPerOrder']);

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
  // Flows (costs, revenue) accrue over the horizon; levels (a value held at a time) do not.
  const period = isCentsMetric(m.metric) && !levelMetrics.has(m.metric) ? ` over ${horizonDays} days` : '';
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

/** A sweep's clear difference (scenarios/experiment/headlines.ts) as `headlineSentence` reads it. */
export interface HeadlineLike {
  knob: string;
  from: unknown;
  to: unknown;
  given: Record<string, unknown>;
  metric: string;
  horizonDays: number;
  meanA: number;
  meanB: number;
  difference: Estimate;
}

/**
 * A sweep's answer in words: "With ownership no-oms, changing channels[*].syncIntervalSeconds from 5 min
 * to 30 min raises oversellRate from 1 in 10,037 to 1 in 787 (+0.12 pp ± 0.05 pp, 95% CI)."
 */
export function headlineSentence(h: HeadlineLike, currency = 'USD'): string {
  const given = Object.entries(h.given).map(([knob, value]) => `${knob} ${showKnobValue(knob, value)}`);
  const change = `${given.length > 0 ? `With ${given.join(' and ')}, changing` : 'Changing'} ${h.knob} from ${showKnobValue(h.knob, h.from)} to ${showKnobValue(h.knob, h.to)}`;
  return answerSentence(change, { ...h, excludesZero: true }, h.horizonDays, currency);
}

/** A knob's value as a planner reads it: seconds as a duration, text bare, anything else as JSON. */
export function showKnobValue(knob: string, value: unknown): string {
  if (typeof value === 'number' && /Seconds$/.test(knob)) return formatDuration(value);
  return formatParameterValue(value);
}
