// What a report is drawn from: one run (its result and, when recorded, its visuals) or one sweep.
import type { RunVisuals } from '../../models/visuals.js';
import type { RunResult } from '../../scenarios/result.js';
import type { PointCosts, SweepSummaryLike } from '../charts/index.js';

/** A run's outputs. `visuals` is null for runs recorded without them. */
export interface RunReportInput {
  kind: 'run';
  result: Omit<RunResult, 'perf'> & { perf?: RunResult['perf'] };
  visuals: RunVisuals | null;
  /** Where it was read from, shown in the report. */
  source?: string;
}

/** A sweep's summary. */
export interface SweepReportInput {
  kind: 'sweep';
  summary: SweepSummaryLike;
  source?: string;
  /** One run of the base scenario with its visuals, drawn below the sweep (what `npm start` writes). */
  example?: RunReportInput;
  /** Mean cost parts per point (from the folder's runs.csv), for the stacked cost bars. */
  costs?: PointCosts[];
}

export type ReportInput = RunReportInput | SweepReportInput;
