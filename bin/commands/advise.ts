// `baton advise [SCENARIO | twin folder]`: the article's decision for one operation. Runs it with
// 1-5 channels and 1-3 locations, each with and without an OMS, on common random numbers, and says
// where the OMS pays for itself and what running without one costs a month.
import type { CommandModule } from 'yargs';
import { adviceSource, runAdvice, type Advice } from '../../scenarios/advise/index.js';
import { checkDays, checkReplications, checkWorkers } from '../../scenarios/experiment/index.js';
import { InputError } from '../../scenarios/errors.js';
import { writeFilesAtomic } from '../../scenarios/files.js';
import { adviceParagraph, renderAdvicePage } from '../../viz/advice/index.js';
import { formatMoney } from '../../viz/format/numbers.js';
import { printJson, printTable } from '../output.js';
import { progressBar } from './sweep.js';

interface AdviseArgs {
  scenario: string;
  days: number;
  replications: number;
  workers?: number;
  json: boolean;
  out?: string;
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
      .option('json', { type: 'boolean', default: false, describe: 'print only { breakEven, grid, ... } as JSON' })
      .option('out', { type: 'string', describe: 'folder for advice.json and advice.html (the paragraph, the break-even frontier chart and the table)' }) as never,
  handler: async (args) => {
    const days = checkDays(args.days);
    const replications = checkReplications(args.replications) ?? 3;
    if (replications < 2) throw InputError.of({ path: '--replications', value: replications, message: 'needs at least 2 paired replications for a confidence interval' });
    const workers = checkWorkers(args.workers);
    const { document, label } = adviceSource(args.scenario);
    const progress = progressBar(!args.json && process.stderr.isTTY === true, 'advise');
    const advice = await runAdvice(document, label, { days: days ?? 14, replications, workers, onProgress: progress.update });
    progress.stop();
    const currency = String((document.economics as { currency?: string } | undefined)?.currency ?? 'USD');
    const written = args.out === undefined ? [] : writeAdviceFolder(args.out, advice, currency);
    if (args.json) return printJson(advice);
    process.stdout.write(`${adviceParagraph(advice, currency)}\n\n`);
    printTable(
      advice.grid.map((c) => [String(c.channels), String(c.locations), formatMoney(c.withoutOms.decisionCost, currency), formatMoney(c.withOms.decisionCost, currency), `${formatMoney(c.difference, currency)} ± ${formatMoney(c.halfWidth, currency)}`, c.omsPaysOff ? 'yes' : 'no']),
      ['channels', 'locations', 'cost/month, no OMS', 'cost/month, OMS', 'OMS - no OMS (95% CI)', 'OMS pays'],
    );
    if (written.length > 0) process.stdout.write(`\nwrote ${written.join(', ')}\n`);
  },
};

/** advice.json and advice.html into `folder`, both or neither. */
function writeAdviceFolder(folder: string, advice: Advice, currency: string): string[] {
  return writeFilesAtomic(folder, [['advice.json', `${JSON.stringify(advice, null, 2)}\n`], ['advice.html', renderAdvicePage(advice, currency)]]);
}
