// The leaderboard's charts as Observable Plot options: the gap to the optimum per pick policy (mean
// and 95% interval), the mean gap by pick-list size, and per OMS scenario and metric the paired
// difference of every policy with the baseline (mean and 95% interval).
import * as Plot from '@observablehq/plot';
import type { Leaderboard, OmsScenarioResult, PickBenchmark } from '../../scenarios/benchmark/index.js';
import { intervalMarks } from '../charts/metric-intervals.js';
import { isCentsMetric, isShareMetric } from '../format/index.js';
import { gapBySize } from './text.js';

const defaults = { width: 760, rowHeight: 28, marginLeft: 150 };

interface IntervalRow {
  label: string;
  mean: number;
  low: number | null;
  high: number | null;
}

function intervalChart(rows: IntervalRow[], xLabel: string, width: number): Plot.PlotOptions {
  return {
    width,
    height: 50 + rows.length * defaults.rowHeight,
    marginLeft: defaults.marginLeft,
    x: { label: xLabel, grid: true },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: intervalMarks(rows),
  };
}

/** Gap to the optimum per pick policy: mean (dot) and 95% interval (bar), in standings order. */
export function gapChart(pick: PickBenchmark, width = defaults.width): Plot.PlotOptions {
  const rows = pick.standings.map((s) => ({ label: s.policy, mean: s.gap.mean, low: s.gap.low, high: s.gap.high }));
  return intervalChart(rows, 'gap to the optimum, % (mean and 95% CI)', width);
}

/** Mean gap per pick-list size, one line per policy. */
export function gapBySizeChart(pick: PickBenchmark, width = defaults.width): Plot.PlotOptions {
  const { sizes, rows } = gapBySize(pick);
  const points = rows.flatMap((r) => r.gaps.map((gap, i) => ({ policy: r.policy, size: sizes[i]!, gap })));
  return {
    width,
    height: 320,
    x: { label: 'picks per list', ticks: sizes },
    y: { label: 'mean gap to the optimum, %', grid: true },
    color: { legend: true },
    marks: [Plot.lineY(points, { x: 'size', y: 'gap', stroke: 'policy' }), Plot.dot(points, { x: 'size', y: 'gap', fill: 'policy', r: 3 })],
  };
}

/**
 * Paired difference with the baseline for one OMS metric, per policy (the baseline itself is left
 * out), in dollars for money and percentage points for shares.
 */
export function omsDifferenceChart(board: Leaderboard, scenario: OmsScenarioResult, metric: string, width = defaults.width): Plot.PlotOptions {
  const [scale, unit] = isCentsMetric(metric) ? [0.01, '$ per run'] : isShareMetric(metric) ? [100, 'percentage points'] : [1, ''];
  const scaled = (v: number | null) => (v === null ? null : v * scale);
  const rows = scenario.standings
    .filter((s) => s.policy !== board.oms.baseline)
    .map((s) => {
      const d = s.metrics[metric]!.difference;
      return { label: s.policy, mean: d.mean * scale, low: scaled(d.low), high: scaled(d.high) };
    });
  return intervalChart(rows, `${metric} minus ${board.oms.baseline}${unit ? `, ${unit}` : ''} (mean and 95% CI)`, width);
}
