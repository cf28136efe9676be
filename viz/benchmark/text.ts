// The leaderboard in words and table rows, shared by the terminal and the HTML page.
import type { Leaderboard, OmsScenarioResult, PickBenchmark } from '../../scenarios/benchmark/index.js';
import { formatMetric, formatMetricDifference } from '../format/index.js';

/** The pick-routing parts of a leaderboard with their titles: single-block, then multi-block when present. */
export function pickParts(board: Leaderboard): Array<{ title: string; pick: PickBenchmark; key: string }> {
  const parts = [{ title: 'Pick routing, single-block layouts', pick: board.pick, key: 'single' }];
  if (board.pickMultiBlock !== null) parts.push({ title: 'Pick routing, multi-block layouts', pick: board.pickMultiBlock, key: 'multi' });
  return parts;
}

/** "12.34%" for a gap in percent. */
export function formatGap(percent: number): string {
  return `${percent.toFixed(2)}%`;
}

/** "suite default v1, hash 4209..., instances 544b..." */
export function suiteLine(board: Leaderboard): string {
  return `suite ${board.suite.name} v${board.suite.version} (suite hash ${board.suite.hash}, instances hash ${board.suite.instancesHash})`;
}

/** The pick-routing answer: the best non-exact policy, its gap and its lead over the next one. */
export function pickAnswer(pick: PickBenchmark, scope = 'Pick routing'): string {
  const { answer, instances } = pick;
  const exact = pick.standings.filter((s) => s.gap.mean === 0).map((s) => s.policy);
  const exactText = exact.length > 0 ? ` (${exact.join(', ')}: exact, gap 0)` : '';
  if (answer.best === null) return `${scope}: every policy found the optimum on all ${instances} lists${exactText}.`;
  const best = pick.standings.find((s) => s.policy === answer.best)!;
  const interval = best.gap.low === null || best.gap.high === null ? '' : ` (95% CI ${formatGap(best.gap.low)} to ${formatGap(best.gap.high)})`;
  let lead = '';
  if (answer.runnerUp !== null && answer.lead !== null) {
    const l = answer.lead;
    const spread = l.halfWidth === null ? '' : ` ± ${l.halfWidth.toFixed(2)}`;
    lead = `, ${l.mean.toFixed(2)}${spread} points ahead of ${answer.runnerUp}`;
  }
  return `${scope}: ${best.policy} is the best heuristic, ${formatGap(best.gap.mean)} above the optimum on average${interval}${lead}; worst list ${formatGap(best.worstGap.gap)}${exactText}.`;
}

/** A note when the reference tour is not proven optimal on every list (large multi-block lists), else null. */
export function optimumNote(pick: PickBenchmark): string | null {
  const inexact = pick.cells.filter((c) => !c.exactOptimum);
  if (inexact.length === 0) return null;
  const worst = Math.max(...inexact.map((c) => c.optimumBoundGap));
  return `The optimum is proven on ${pick.cells.length - inexact.length} of ${pick.cells.length} cells; on ${inexact.map((c) => `${c.layout}/${c.size}/${c.skew}`).join(', ')} gaps are to the best tour found, which is at most ${formatGap(worst)} above the optimum (a proven lower bound).`;
}

/** Pick-routing table rows: rank, policy, mean length, gap ± half-width, 95% CI, worst gap, time per route. */
export function pickRows(pick: PickBenchmark): string[][] {
  return pick.standings.map((s) => [
    String(s.rank),
    s.file === undefined ? s.policy : `${s.policy} (vendor)`,
    `${s.meanLength.toFixed(2)} m`,
    s.gap.halfWidth === null ? formatGap(s.gap.mean) : `${formatGap(s.gap.mean)} ± ${s.gap.halfWidth.toFixed(2)}`,
    s.gap.low === null || s.gap.high === null ? '-' : `[${formatGap(s.gap.low)}, ${formatGap(s.gap.high)}]`,
    formatGap(s.worstGap.gap),
    `${s.microsPerRoute.toFixed(1)} us`,
  ]);
}

export const pickHeader = ['rank', 'policy', 'mean length', 'gap to optimum (± 95%)', '95% CI', 'worst gap', 'time/route'];

/** Mean gap per pick-list size (over every layout and skew), per policy, in standings order. */
export function gapBySize(pick: PickBenchmark): { sizes: number[]; rows: Array<{ policy: string; gaps: number[] }> } {
  const sizes = [...new Set(pick.cells.map((c) => c.size))].sort((a, b) => a - b);
  const rows = pick.standings.map((s) => ({
    policy: s.policy,
    gaps: sizes.map((size) => {
      const cells = pick.cells.filter((c) => c.size === size);
      const total = cells.reduce((n, c) => n + c.instances, 0);
      return cells.reduce((sum, c) => sum + c.policies[s.policy]!.meanGap * c.instances, 0) / total;
    }),
  }));
  return { sizes, rows };
}

/** One OMS scenario's answer: the cheapest policy and its paired difference with the baseline. */
export function omsAnswer(board: Leaderboard, scenario: OmsScenarioResult): string {
  const metric = board.oms.rankedBy;
  const best = scenario.standings[0]!;
  const m = best.metrics[metric]!;
  const days = `${scenario.days} days x ${scenario.replications} replications`;
  if (best.policy === board.oms.baseline) return `OMS routing, ${scenario.name}: ${board.oms.baseline} has the lowest ${metric} (${formatMetric(metric, m.meanB)} per run, ${days}).`;
  const clear = m.excludesZero ? '' : ' (not a clear difference at 95%)';
  return `OMS routing, ${scenario.name}: ${best.policy} has the lowest ${metric}, ${formatDifference(metric, m.difference)} per run vs ${board.oms.baseline} (${formatMetric(metric, m.meanB)} vs ${formatMetric(metric, m.meanA)}, ${days})${clear}.`;
}

/** OMS table rows for one scenario: rank, policy, then per metric "mean (difference ± half-width)". */
export function omsRows(board: Leaderboard, scenario: OmsScenarioResult): string[][] {
  return scenario.standings.map((s) => [
    String(s.rank),
    s.file === undefined ? s.policy : `${s.policy} (vendor)`,
    ...board.suite.definition.oms.metrics.map((metric) => {
      const m = s.metrics[metric]!;
      const mean = formatMetric(metric, m.meanB);
      if (s.policy === board.oms.baseline) return `${mean} (baseline)`;
      return `${mean} (${formatDifference(metric, m.difference)}${m.excludesZero ? '' : ' ~'})`;
    }),
  ]);
}

/** The OMS table's header. */
export function omsHeader(board: Leaderboard): string[] {
  return ['rank', 'policy', ...board.suite.definition.oms.metrics.map((m) => `${m} (vs ${board.oms.baseline}, ± 95%)`)];
}

/** "-$6,288 ± $735", "+1.24 pp ± 0.71 pp", or "same" for a difference that is exactly 0 on every replication. */
export function formatDifference(metric: string, d: { mean: number; halfWidth: number | null }): string {
  if (d.mean === 0 && (d.halfWidth === 0 || d.halfWidth === null)) return 'same';
  const spread = d.halfWidth === null ? '' : ` ± ${formatMetricDifference(metric, d.halfWidth).replace(/^\+/, '')}`;
  return `${formatMetricDifference(metric, d.mean)}${spread}`;
}
