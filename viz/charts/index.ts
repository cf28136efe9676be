// Chart builders: pure functions from run visuals or sweep summaries to Observable Plot options.
export { fiveNumbersChart, fiveNumberRows, skuSeriesOf, type FiveNumberRow } from './five-numbers.js';
export { metricLineChart, lineRows, numericKnob, axisScale, type LineRow } from './metric-lines.js';
export { metricIntervalChart, intervalRows, pointLabel, summaryMetrics, type IntervalRow, type MetricSummaryLike, type SweepSummaryLike } from './metric-intervals.js';
export { cycleTimeChart, cycleTimeBars, type CycleTimeBar } from './cycle-time.js';
export { utilizationChart, utilizationRows, type UtilizationRow } from './utilization.js';
export { floorMapChart, floorCells, sampleRoutePaths, errorClass, type FloorCell, type FloorChartOptions, type FloorColouring, type FloorPath } from './floor-map.js';
export { timeUnitFor, type TimeUnit } from './time-axis.js';
export { sellerHealthChart, sellerHealthRows, sellerRates, daysAbove, type SellerHealthRow, type SellerRate } from './seller-health.js';
export { costBreakdownChart, costRows, costComponents, type CostComponent, type CostRow, type PointCosts } from './cost-breakdown.js';
export { valueAtRiskChart, skusAtRisk } from './value-at-risk.js';
