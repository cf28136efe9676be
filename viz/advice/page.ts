// The advice as a self-contained HTML page: the paragraph, the break-even frontier and the table.
import type { Advice } from '../../scenarios/advise/index.js';
import { formatMoney } from '../format/numbers.js';
import { serverDocument } from '../render/node-document.js';
import { renderPlot } from '../render/plot-svg.js';
import { chartFigure, escapeHtml, htmlPage, htmlTable } from '../report/html.js';
import { frontierChart } from './frontier.js';
import { adviceParagraph } from './paragraph.js';

/** The page for `baton advise --out`. */
export function renderAdvicePage(advice: Advice, currency = 'USD'): string {
  const document = serverDocument();
  const money = (cents: number) => escapeHtml(formatMoney(cents, currency));
  const rows = advice.grid.map((c) => [
    String(c.channels), String(c.locations), money(c.withoutOms.decisionCost), money(c.withOms.decisionCost),
    `${money(c.difference)} ± ${money(c.halfWidth)}`, c.omsPaysOff ? 'yes' : 'no',
  ]);
  const body = [
    `<h1>Do I need an OMS? ${escapeHtml(advice.scenario)}</h1>`,
    `<section class="answers"><h2>The answer</h2><p>${escapeHtml(adviceParagraph(advice, currency))}</p></section>`,
    '<h2>Where the OMS pays for itself</h2>',
    chartFigure(renderPlot(frontierChart(advice.grid, { currency }), document), 'Monthly cost with an OMS minus without, per channels x locations (blue: the OMS saves money; outlined with ✓: lower with 95% confidence).', 'frontier'),
    '<h2>The table behind it</h2>',
    htmlTable(['channels', 'locations', 'cost/month, no OMS', 'cost/month, OMS', 'OMS − no OMS (95% CI)', 'OMS pays'], rows, 'advice'),
  ];
  return htmlPage(`Baton advice: ${advice.scenario}`, body.join('\n'));
}
