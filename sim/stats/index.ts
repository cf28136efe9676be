// Public surface of the statistics collectors.
export { Counter } from './counter.js';
export { Tally, type TallySummary } from './tally.js';
export { TimeWeighted, type TimeWeightedOptions } from './time-weighted.js';
export { P2Quantile, Quantiles } from './quantile.js';
export { TimeSeries, type TimeSeriesOptions, type TimeSeriesPoint } from './time-series.js';
export { studentTQuantile, meanConfidenceInterval, pairedDifference, wilsonInterval, type ConfidenceInterval } from './confidence.js';
