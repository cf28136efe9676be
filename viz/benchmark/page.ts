// leaderboard.html: one self-contained page (inline SVG charts, no scripts) with the suite's identity,
// the answers, the pick-routing standings and the OMS-routing standings per scenario.
import type * as Plot from '@observablehq/plot';
import type { Leaderboard } from '../../scenarios/benchmark/index.js';
import { serverDocument } from '../render/node-document.js';
import { renderPlot } from '../render/plot-svg.js';
import { chartFigure, escapeHtml, htmlPage, htmlTable } from '../report/html.js';
import { gapBySizeChart, gapChart, omsDifferenceChart } from './charts.js';
import { omsAnswer, omsHeader, omsRows, optimumNote, pickAnswer, pickParts, pickHeader, pickRows } from './text.js';

/** The leaderboard page as one HTML string. */
export function renderLeaderboardPage(board: Leaderboard, options: { document?: Document } = {}): string {
  const document = options.document ?? serverDocument();
  const draw = (plot: Plot.PlotOptions) => renderPlot(plot, document);
  const facts: [string, string][] = [
    ['suite', `${board.suite.name} v${board.suite.version}`],
    ['suite hash', board.suite.hash],
    ['instances hash', board.suite.instancesHash],
    ['results hash', board.resultsHash],
    ['pick lists', String(board.pick.instances + (board.pickMultiBlock?.instances ?? 0))],
    ['vendor policies', board.vendorPolicies.length === 0 ? 'none' : board.vendorPolicies.map((v) => `${v.name} (${v.kind}, ${v.file})`).join('; ')],
  ];
  const parts = [
    `<h1>Routing benchmark</h1>`,
    `<p class="lead">${escapeHtml(board.suite.description)}</p>`,
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`,
    `<h2>Answer</h2>`,
    ...pickParts(board).map((part) => `<p>${escapeHtml(pickAnswer(part.pick, part.title))}</p>`),
    ...board.oms.scenarios.map((s) => `<p>${escapeHtml(omsAnswer(board, s))}</p>`),
    ...pickParts(board).flatMap((part) => [
      `<h2>${escapeHtml(part.title)}: gap to the exact optimum</h2>`,
      htmlTable(pickHeader.map(escapeHtml), pickRows(part.pick).map((r) => r.map(escapeHtml))),
      ...(optimumNote(part.pick) === null ? [] : [`<p class="note">${escapeHtml(optimumNote(part.pick)!)}</p>`]),
      chartFigure(draw(gapChart(part.pick)), 'Gap to the optimum per policy over every pick list: mean and 95% confidence interval.', part.key === 'single' ? 'gap-to-optimum' : `gap-to-optimum-${part.key}`),
      chartFigure(draw(gapBySizeChart(part.pick)), 'Mean gap to the optimum by pick-list size, over every layout and demand skew.', part.key === 'single' ? 'gap-by-size' : `gap-by-size-${part.key}`),
    ]),
    `<p class="note">Time per route is measured wall-clock time on the machine that ran the benchmark (vendor policies include the guard's copying); every other number is the same on every rerun of the suite.</p>`,
  ];
  for (const scenario of board.oms.scenarios) {
    parts.push(`<h2>OMS routing: ${escapeHtml(scenario.name)}</h2>`);
    parts.push(`<p class="lead">${escapeHtml(`${scenario.scenario}${Object.keys(scenario.settings).length > 0 ? ` with ${JSON.stringify(scenario.settings)}` : ''}, ${scenario.days} days, ${scenario.replications} replications on seeds ${scenario.seeds[0]}..${scenario.seeds[1]} for every policy (common random numbers); differences are paired with ${board.oms.baseline}; ~ marks an interval that includes 0.`)}</p>`);
    parts.push(htmlTable(omsHeader(board).map(escapeHtml), omsRows(board, scenario).map((r) => r.map(escapeHtml))));
    for (const metric of board.suite.definition.oms.metrics) {
      const others = scenario.standings.filter((s) => s.policy !== board.oms.baseline);
      if (others.every((s) => s.metrics[metric]!.difference.mean === 0 && (s.metrics[metric]!.difference.halfWidth ?? 0) === 0)) {
        parts.push(`<p>${escapeHtml(`${metric}: every policy equals ${board.oms.baseline} on every replication.`)}</p>`);
        continue;
      }
      parts.push(chartFigure(draw(omsDifferenceChart(board, scenario, metric)), `${metric} minus ${board.oms.baseline}: mean paired difference over the replications and its 95% confidence interval.`, `oms-${scenario.name}-${metric}`));
    }
  }
  parts.push(`<footer>baton benchmark --suite ${escapeHtml(board.suite.name)}: ${board.elapsedSeconds.toFixed(1)} s.</footer>`);
  return htmlPage(`Routing benchmark: suite ${board.suite.name} v${board.suite.version}`, parts.join('\n'));
}
