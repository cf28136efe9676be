// The leaderboard as Markdown tables without the measured times, for the README: the same suite
// gives the same text on every rerun, so a test can hold the README to it.
import type { Leaderboard } from '../../scenarios/benchmark/index.js';
import { formatGap, omsHeader, omsRows, optimumNote, pickParts } from './text.js';

/** Markdown: the suite's identity, the pick-routing table and one OMS table per scenario. */
export function leaderboardMarkdown(board: Leaderboard): string {
  const table = (header: string[], rows: string[][]) =>
    [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const parts = [
    `Suite \`${board.suite.name}\` v${board.suite.version}: suite hash \`${board.suite.hash}\`, instances hash \`${board.suite.instancesHash}\`, results hash \`${board.resultsHash}\`.`,
  ];
  for (const part of pickParts(board)) {
    const rows = part.pick.standings.map((s) => [
      String(s.rank),
      `\`${s.policy}\``,
      `${s.meanLength.toFixed(2)} m`,
      s.gap.halfWidth === null ? formatGap(s.gap.mean) : `${formatGap(s.gap.mean)} ± ${s.gap.halfWidth.toFixed(2)}`,
      formatGap(s.worstGap.gap),
    ]);
    parts.push(
      '',
      `${part.title}, ${part.pick.instances.toLocaleString('en-US')} lists: gap to the exact optimum in percent (mean ± 95% half-width; worst list).`,
      '',
      table(['rank', 'policy', 'mean length', 'gap to optimum', 'worst list'], rows),
    );
    const note = optimumNote(part.pick);
    if (note !== null) parts.push('', note);
  }
  for (const scenario of board.oms.scenarios) {
    const settings = Object.entries(scenario.settings).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ');
    parts.push(
      '',
      `OMS routing, \`${scenario.name}\` (${scenario.scenario}${settings ? `, ${settings}` : ''}; ${scenario.days} days, ${scenario.replications} replications on common random numbers): mean per run and paired difference with \`${board.oms.baseline}\` (± 95% half-width; ~: the interval includes 0).`,
      '',
      table(omsHeader(board), omsRows(board, scenario)),
    );
  }
  return `${parts.join('\n')}\n`;
}
