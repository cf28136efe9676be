// leaderboard.csv: the leaderboard in long form, one number per row.
//   section  pick | pick-cell | oms
//   scope    "all" (pick on single-block layouts), "multi-block" (pick on multi-block layouts),
//            "LAYOUT/SIZE/SKEW" (pick-cell) or the OMS scenario's name
//   policy, file (vendor file, empty for a built-in), rank (pick and oms rows)
//   metric   pick: gapPercent, worstGapPercent, meanLength, microsPerRoute; pick-cell: gapPercent,
//            worstGapPercent, meanLength, and per cell (no policy) optimumBoundGapPercent; oms: METRIC (the policy's mean) and "METRIC - BASELINE"
//            (the paired difference with the baseline policy)
//   value, low, high (95% interval where there is one), n (lists or replications)
import { toCsv } from '../files.js';
import type { Leaderboard } from './leaderboard.js';

const header = ['section', 'scope', 'policy', 'file', 'rank', 'metric', 'value', 'low', 'high', 'n'];

/** The leaderboard as CSV text (header row first). */
export function leaderboardCsv(board: Leaderboard): string {
  const rows: unknown[][] = [header];
  for (const [scope, pick] of pickScopes(board)) {
    for (const s of pick.standings) {
      const base = ['pick', scope, s.policy, s.file ?? '', s.rank];
      rows.push([...base, 'gapPercent', s.gap.mean, s.gap.low ?? '', s.gap.high ?? '', s.gap.n]);
      rows.push([...base, 'worstGapPercent', s.worstGap.gap, '', '', s.gap.n]);
      rows.push([...base, 'meanLength', s.meanLength, '', '', s.gap.n]);
      rows.push([...base, 'microsPerRoute', s.microsPerRoute, '', '', s.gap.n]);
    }
    for (const cell of pick.cells) {
      rows.push(['pick-cell', `${cell.layout}/${cell.size}/${cell.skew}`, '', '', '', 'optimumBoundGapPercent', cell.optimumBoundGap, '', '', cell.instances]);
      for (const [policy, p] of Object.entries(cell.policies)) {
        const base = ['pick-cell', `${cell.layout}/${cell.size}/${cell.skew}`, policy, fileOf(board, 'pick', policy), ''];
        rows.push([...base, 'gapPercent', p.meanGap, '', '', cell.instances]);
        rows.push([...base, 'worstGapPercent', p.worstGap, '', '', cell.instances]);
        rows.push([...base, 'meanLength', p.meanLength, '', '', cell.instances]);
      }
    }
  }
  for (const scenario of board.oms.scenarios) {
    for (const s of scenario.standings) {
      const base = ['oms', scenario.name, s.policy, s.file ?? '', s.rank];
      for (const [metric, m] of Object.entries(s.metrics)) {
        rows.push([...base, metric, m.meanB, '', '', m.difference.n]);
        rows.push([...base, `${metric} - ${board.oms.baseline}`, m.difference.mean, m.difference.low ?? '', m.difference.high ?? '', m.difference.n]);
      }
    }
  }
  return toCsv(rows);
}

// The pick parts and their scope in the CSV: "all" (single-block layouts) and "multi-block".
function pickScopes(board: Leaderboard): Array<[string, Leaderboard['pick']]> {
  return board.pickMultiBlock === null ? [['all', board.pick]] : [['all', board.pick], ['multi-block', board.pickMultiBlock]];
}

function fileOf(board: Leaderboard, kind: 'pick' | 'oms', name: string): string {
  return board.vendorPolicies.find((v) => v.kind === kind && v.name === name)?.file ?? '';
}
