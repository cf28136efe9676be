// Number formatting shared by the report and the web twin.
export { formatCents, formatShare, formatPlain, formatClock, formatMetric, isCentsMetric } from './numbers.js';
export { escapeMarkup } from './escape.js';
