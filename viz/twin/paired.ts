// Two configurations run on the same seeds (common random numbers): per metric the means of A and B
// and the mean paired difference B - A with its confidence interval when there are two seeds or more.
import type { RunResult } from '../../scenarios/result.js';
import { pairedDifference } from '../../sim/stats/index.js';

/** One metric's comparison. */
export interface PairedRow {
  metric: string;
  meanA: number;
  meanB: number;
  /** Mean of B - A over the seeds. */
  difference: number;
  halfWidth: number | null;
  low: number | null;
  high: number | null;
  n: number;
}

/** Rows for the metrics both sides report; `a[i]` and `b[i]` must share a seed. */
export function pairedComparison(a: readonly Pick<RunResult, 'seed' | 'metrics'>[], b: readonly Pick<RunResult, 'seed' | 'metrics'>[], metrics?: readonly string[]): PairedRow[] {
  if (a.length !== b.length || a.length === 0) throw new RangeError(`paired comparison needs the same positive number of runs on each side, got ${a.length} and ${b.length}`);
  a.forEach((run, i) => {
    if (run.seed !== b[i]!.seed) throw new RangeError(`run ${i} is not paired: seed ${run.seed} against seed ${b[i]!.seed}`);
  });
  const names = metrics ?? Object.keys(a[0]!.metrics).filter((m) => typeof b[0]!.metrics[m] === 'number');
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return names.map((metric) => {
    const xa = a.map((r) => r.metrics[metric] ?? Number.NaN);
    const xb = b.map((r) => r.metrics[metric] ?? Number.NaN);
    const difference = mean(xb.map((x, i) => x - xa[i]!));
    if (a.length < 2) return { metric, meanA: xa[0]!, meanB: xb[0]!, difference, halfWidth: null, low: null, high: null, n: 1 };
    const ci = pairedDifference(xb, xa);
    return { metric, meanA: mean(xa), meanB: mean(xb), difference, halfWidth: ci.halfWidth, low: ci.low, high: ci.high, n: ci.n };
  });
}
