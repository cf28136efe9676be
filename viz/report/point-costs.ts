// The cost parts of every sweep point, averaged over its runs from the folder's runs.csv (summary.json
// keeps only the experiment's chosen metrics; runs.csv has every metric of every run).
import { parse } from 'csv-parse/sync';
import { InputError } from '../../scenarios/errors.js';
import { costComponents, pointLabel, type CostComponent, type PointCosts, type SweepSummaryLike } from '../charts/index.js';

/** Mean cost parts per point from runs.csv text, in summary point order; null when the file lacks a cost column (an older sweep). */
export function pointCostsFromRuns(csvText: string, summary: SweepSummaryLike, file: string): PointCosts[] | null {
  let rows: Record<string, string>[];
  try {
    rows = parse(csvText, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  } catch (error) {
    throw InputError.of({ file, path: '', message: `not a readable runs table: ${(error as Error).message}` });
  }
  if (rows.length === 0 || !costComponents.every((c) => c in rows[0]!) || !('point' in rows[0]!)) return null;
  const sums = new Map<number, { runs: number; cents: Record<CostComponent, number> }>();
  rows.forEach((row, i) => {
    const point = Number(row.point);
    const entry = sums.get(point) ?? { runs: 0, cents: Object.fromEntries(costComponents.map((c) => [c, 0])) as Record<CostComponent, number> };
    for (const c of costComponents) {
      const value = Number(row[c]);
      if (!Number.isFinite(value)) throw InputError.of({ file: `${file}:${i + 2}`, path: c, value: row[c], message: 'not a number' });
      entry.cents[c] += value;
    }
    entry.runs++;
    sums.set(point, entry);
  });
  return summary.points.flatMap((p) => {
    const entry = sums.get(p.index);
    if (entry === undefined) return [];
    return [{ label: pointLabel(p), cents: Object.fromEntries(costComponents.map((c) => [c, entry.cents[c] / entry.runs])) as Record<CostComponent, number> }];
  });
}
