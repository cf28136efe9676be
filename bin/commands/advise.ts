// `baton advise [SCENARIO | twin folder]`: the article's decision for one operation. Runs it with
// 1-5 channels and 1-3 locations, each with and without an OMS, on common random numbers, and says
// where the OMS pays for itself and what running without one costs a month.
import type { CommandModule } from 'yargs';
import { adviceSource, runAdvice, type Advice, type CellVerdict } from '../../scenarios/advise/index.js';
import { checkDays, checkReplications, checkWorkers } from '../../scenarios/experiment/index.js';
import { InputError } from '../../scenarios/errors.js';
import { formatMoney } from '../../viz/format/numbers.js';
import { printJson, printTable } from '../output.js';
import { progressBar } from './sweep.js';

interface AdviseArgs {
  scenario: string;
  days: number;
  replications: number;
  workers?: number;
  json: boolean;
}

export const adviseCommand: CommandModule<object, AdviseArgs> = {
  command: 'advise [scenario]',
  describe: 'answer "do I need an OMS?" for an operation: where an OMS pays for itself over 1-5 channels x 1-3 locations',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', default: 'multichannel', describe: 'scenario file, built-in name, or a twin folder from baton import' })
      .option('days', { type: 'number', default: 14, describe: 'days simulated per run (costs are scaled to a 30-day month)' })
      .option('replications', { type: 'number', default: 3, describe: 'paired replications per cell (common random numbers)' })
      .option('workers', { type: 'number', describe: "worker threads (default: the machine's parallelism)" })
      .option('json', { type: 'boolean', default: false, describe: 'print only { breakEven, grid, ... } as JSON' }) as never,
  handler: async (args) => {
    const days = checkDays(args.days);
    const replications = checkReplications(args.replications) ?? 3;
    if (replications < 2) throw InputError.of({ path: '--replications', value: replications, message: 'needs at least 2 paired replications for a confidence interval' });
    const workers = checkWorkers(args.workers);
    const { document, label } = adviceSource(args.scenario);
    const progress = progressBar(!args.json && process.stderr.isTTY === true, 'advise');
    const advice = await runAdvice(document, label, { days: days ?? 14, replications, workers, onProgress: progress.update });
    progress.stop();
    if (args.json) return printJson(advice);
    const currency = String((document.economics as { currency?: string } | undefined)?.currency ?? 'USD');
    process.stdout.write(`${adviceParagraph(advice, currency)}\n\n`);
    printTable(
      advice.grid.map((c) => [String(c.channels), String(c.locations), formatMoney(c.withoutOms.decisionCost, currency), formatMoney(c.withOms.decisionCost, currency), `${formatMoney(c.difference, currency)} ± ${formatMoney(c.halfWidth, currency)}`, c.omsPaysOff ? 'yes' : 'no']),
      ['channels', 'locations', 'cost/month, no OMS', 'cost/month, OMS', 'OMS - no OMS (95% CI)', 'OMS pays'],
    );
  },
};

/** The answer in one paragraph: the break-even and what the operation's own setup costs without an OMS. */
export function adviceParagraph(advice: Advice, currency: string): string {
  const money = (cents: number) => formatMoney(cents, currency);
  const own = advice.grid.find((c) => c.channels === advice.own.channels && c.locations === advice.own.locations) as CellVerdict;
  const volume = `${Math.round(advice.ordersPerDay).toLocaleString('en-US')} orders a day, ${advice.days}-day runs x ${advice.replications} paired replications, costs per 30 days`;
  const where =
    advice.breakEven === null
      ? 'At this volume an OMS does not pay for itself anywhere on the grid (up to 5 channels and 3 locations) with 95% confidence.'
      : `An OMS pays for itself from ${advice.breakEven.channels} channel${advice.breakEven.channels > 1 ? 's' : ''} and ${advice.breakEven.locations} location${advice.breakEven.locations > 1 ? 's' : ''} on (the simplest setup where its total cost is lower with 95% confidence).`;
  const n = own.withoutOms;
  const yours =
    `Your setup (${own.channels} channel${own.channels > 1 ? 's' : ''}, ${own.locations} location${own.locations > 1 ? 's' : ''}) without an OMS costs ${money(n.oversellCost)} a month in oversell penalties and lost margin, ` +
    `${money(n.stockoutCost)} in sales lost to stale listings, ${n.reconciliationHours.toFixed(1)} hours of reconciliation (${money(n.reconciliationCost)}), ` +
    `and ${n.sellerHealthBreachDays.toFixed(1)} channel-days a month above a marketplace's seller-health threshold; ` +
    `with an OMS (fees ${money(own.withOms.omsCost)}) its total changes by ${money(own.difference)} ± ${money(own.halfWidth)}.`;
  return `${where} ${yours} (${advice.scenario}: ${volume}.)`;
}
