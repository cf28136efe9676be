// The HTML report of a run or a sweep, and reading its input from disk.
export { renderReport, type ReportOptions } from './render.js';
export { readReportInput } from './read-input.js';
export { runResultSchema, runVisualsSchema, sweepSummarySchema } from './schemas.js';
export { escapeHtml, htmlPage } from './html.js';
export type { ReportInput, RunReportInput, SweepReportInput } from './input.js';
