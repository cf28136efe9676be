// Baton's visual layer: chart builders (Observable Plot options), the HTML report, the sequence
// diagram of one order and the web twin's engine-side logic. The web page itself lives in web/.
export { fiveNumbersChart, metricIntervalChart, cycleTimeChart, utilizationChart, floorMapChart, sampleRoutePaths, type FloorPath, type SweepSummaryLike } from './charts/index.js';
export { renderReport, readReportInput, type ReportInput, type ReportOptions } from './report/index.js';
export { sequenceDiagramSvg, JourneyRecorder, type Journey, type JourneyStep } from './sequence/index.js';
export { runTwin, keyNumbers, applyParameters, parametersOf, pairedComparison, type TwinRun, type TwinParameters, type KeyNumber, type PairedRow } from './twin/index.js';
export { renderPlot, serverDocument } from './render/index.js';
export { formatCents, formatMetric, formatClock, escapeMarkup } from './format/index.js';
