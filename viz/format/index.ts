// Number formatting shared by the report and the web twin.
export { formatCents, formatShare, formatPlain, formatClock, formatMetric, isCentsMetric, formatMoney, formatRate, formatDuration, metricUnit, isShareMetric, formatMetricDifference } from './numbers.js';
export { escapeMarkup } from './escape.js';
export { formatParameterValue } from './parameters.js';
export { answerSentence, describeChange, formatEstimateOf, headlineSentence, showKnobValue, type ComparedMetric, type Estimate, type HeadlineLike } from './estimates.js';
