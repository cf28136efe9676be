// `baton twin DIR`: the imported operation simulated forward from today's stock snapshots.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CommandModule } from 'yargs';
import { checkReplications, checkWorkers } from '../../scenarios/experiment/index.js';
import { InputError, type InputProblem } from '../../scenarios/errors.js';
import { CsvSyntaxError } from '../../scenarios/import/csv.js';
import type { RowProblem } from '../../scenarios/import/outcomes.js';
import { readJsonFile } from '../../scenarios/json-input.js';
import { csvInputProblems } from '../../scenarios/import/file-kind.js';
import { readSnapshot, type Snapshot, type SnapshotSide } from '../../scenarios/reconcile/index.js';
import { runTwinForecast, startFromSnapshots } from '../../scenarios/twin/index.js';
import { formatEstimateOf } from '../../viz/format/estimates.js';
import { twinSentence } from '../../viz/twin-answer.js';
import { printJson, printTable } from '../output.js';
import { progressBar } from './sweep.js';

interface TwinArgs {
  folder: string;
  wms?: string;
  oms?: string;
  erp?: string;
  days: number;
  replications: number;
  'sync-minutes'?: number;
  seed: number;
  workers?: number;
  json: boolean;
}

export const twinCommand: CommandModule<object, TwinArgs> = {
  command: 'twin <folder>',
  describe: "simulate an imported operation forward from today's stock (its forecast.json started from --wms, --oms and --erp snapshots)",
  builder: (y) =>
    y
      .positional('folder', { type: 'string', demandOption: true, describe: 'a folder written by baton import (holds forecast.json)' })
      .option('wms', { type: 'string', describe: "today's floor: warehouse, bin, sku, quantity rows (or a Shopify inventory export)" })
      .option('oms', { type: 'string', describe: "today's available-to-sell: sku, quantity rows (or a Shopify inventory export); every channel's view starts there" })
      .option('erp', { type: 'string', describe: "today's ERP count: sku, quantity, unitCost rows; where it differs from the floor the ERP keeps its own count" })
      .option('days', { type: 'number', default: 7, describe: 'days to simulate forward' })
      .option('replications', { type: 'number', default: 10, describe: 'replications (seeds seed..seed + N - 1)' })
      .option('sync-minutes', { type: 'number', describe: "every channel's sync interval (default: the forecast's)" })
      .option('seed', { type: 'number', default: 1, describe: 'first seed' })
      .option('workers', { type: 'number', describe: "worker threads (default: the machine's parallelism)" })
      .option('json', { type: 'boolean', default: false, describe: 'print only the JSON' }) as never,
  handler: async (args) => {
    const problems: InputProblem[] = [];
    const forecastFile = join(args.folder, 'forecast.json');
    if (!existsSync(args.folder) || !statSync(args.folder).isDirectory()) problems.push({ file: args.folder, path: 'folder', message: 'not a folder written by baton import' });
    else if (!existsSync(forecastFile)) problems.push({ file: forecastFile, path: 'folder', message: 'no forecast.json here: run baton import --out FOLDER first' });
    if (!(Number.isFinite(args.days) && args.days > 0 && args.days <= 365)) problems.push({ path: '--days', value: args.days, message: 'must be days in (0, 365]' });
    const sync = args['sync-minutes'];
    if (sync !== undefined && !(Number.isFinite(sync) && sync >= 1 && sync <= 7 * 1_440)) problems.push({ path: '--sync-minutes', value: sync, message: 'must be minutes in [1, 10080]' });
    if (!(Number.isSafeInteger(args.seed) && args.seed >= 0)) problems.push({ path: '--seed', value: args.seed, message: 'must be a non-negative integer' });
    if (problems.length > 0) throw new InputError(problems);
    const replications = checkReplications(args.replications) ?? 10;
    if (replications < 2) throw InputError.of({ path: '--replications', value: replications, message: 'needs at least 2 replications for an interval' });
    const workers = checkWorkers(args.workers);

    const snapshots: { wms?: Snapshot; oms?: Snapshot; erp?: Snapshot } = {};
    for (const side of ['wms', 'oms', 'erp'] as const) if (args[side] !== undefined) snapshots[side] = await readSide(side, args[side]!);
    const forecast = readJsonFile(forecastFile) as Record<string, unknown>;
    const { document, start } = startFromSnapshots(forecast, snapshots, { days: args.days, syncSeconds: sync === undefined ? undefined : sync * 60 });
    const progress = progressBar(!args.json && process.stderr.isTTY === true, 'twin');
    const result = await runTwinForecast(document, `${forecastFile} (started from today)`, { replications, seed: args.seed, workers, onProgress: progress.update });
    progress.stop();
    const settings = { days: args.days, syncMinutes: sync ?? null };
    if (args.json) return printJson({ folder: args.folder, ...settings, start, ...result });
    process.stdout.write(`${twinSentence(start, result, settings)}\n\n`);
    printTable(Object.entries(result.metrics).map(([name, m]) => [name, formatEstimateOf(name, m)]), ['metric', `next ${args.days} days (95% CI)`]);
    if (start.unknownSkus.length > 0) process.stdout.write(`\n${start.unknownSkus.length} SKU(s) in the snapshots are not in the forecast's catalogue and were left out: ${start.unknownSkus.slice(0, 10).join(', ')}${start.unknownSkus.length > 10 ? ', ...' : ''}\n`);
    process.stdout.write(`\nhash ${result.hash}\n`);
  },
};

async function readSide(side: SnapshotSide, file: string): Promise<Snapshot> {
  const unreadable = csvInputProblems(file, `--${side}`, 4 * 1024 * 1024 * 1024);
  if (unreadable.length > 0) throw new InputError(unreadable);
  const problems: RowProblem[] = [];
  let snapshot: Snapshot;
  try {
    snapshot = await readSnapshot(side, basename(file), createReadStream(file), problems);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw InputError.of({ file: `${file}:${error.line}`, path: `--${side}`, message: `malformed CSV: ${error.reason}` });
    throw error;
  }
  if (problems.length > 0) throw new InputError(problems.slice(0, 100).map((p) => ({ file: `${p.file}:${p.line}`, path: '', message: `${p.field}, ${JSON.stringify(p.value)}, ${p.reason}` })));
  return snapshot;
}
