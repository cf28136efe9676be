// `baton import`: order exports -> DIR/scenario.json (replay), DIR/forecast.json (calibrated twin),
// DIR/orders.csv (normalised lines), DIR/import-report.json. Bad input: one line per problem, exit 2,
// nothing written.
import { createReadStream, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { CommandModule } from 'yargs';
import { InputError, type InputProblem } from '../../scenarios/errors.js';
import { AtomicLineWriter, commitAll, ensureFolderUndoable, insideFolder, tempPathFor, writeTemp } from '../../scenarios/files.js';
import { buildOutputs, type BuildOptions } from '../../scenarios/import/build.js';
import { readCatalog } from '../../scenarios/import/catalog.js';
import { CsvSyntaxError } from '../../scenarios/import/csv.js';
import type { OrderSource } from '../../scenarios/import/import-rows.js';
import type { RowProblem } from '../../scenarios/import/outcomes.js';
import { columnMapSchema, orderPresets, presetFromColumnMap, type OrderPreset } from '../../scenarios/import/presets.js';
import { linesText, ordersCsvLines } from '../../scenarios/import/orders-csv.js';
import { importOrdersBounded, type PartitionedImport } from '../../scenarios/import/partitioned.js';
import { replayScenarioJson, validateReplay } from '../../scenarios/import/replay-file.js';
import { isTimeZone } from '../../scenarios/import/time.js';
import { csvInputProblems } from '../../scenarios/import/file-kind.js';
import { readSnapshot } from '../../scenarios/reconcile/index.js';
import { validateScenario, zodProblems } from '../../scenarios/validate.js';
import { readJsonFile } from '../../scenarios/json-input.js';
import { printJson } from '../output.js';

interface ImportArgs {
  orders: string[];
  stock?: string;
  catalog?: string;
  preset?: string;
  columns?: string;
  channel?: string;
  timezone: string;
  zipf: boolean;
  returnDays: number;
  out: string;
  json: boolean;
  partitionMb: number;
}

const rowProblem = (p: RowProblem): InputProblem => ({ file: p.line > 0 ? `${p.file}:${p.line}` : p.file, path: '', message: `${p.field}, ${JSON.stringify(p.value)}, ${p.reason}` });

export const importCommand: CommandModule<object, ImportArgs> = {
  command: 'import',
  describe: 'import order exports (Shopify, Amazon, UCI Online Retail or a column map) into a replay scenario, a calibrated forecast and a report',
  builder: (y) =>
    y
      .option('orders', { type: 'string', array: true, demandOption: true, describe: 'order export file (repeatable)' })
      .option('stock', { type: 'string', describe: 'stock snapshot for the opening stock: warehouse, bin, sku, quantity rows or a Shopify inventory export (On hand)' })
      .option('catalog', { type: 'string', describe: 'unit costs: sku, unitCost rows (currency units) or Shopify\'s products export (Variant SKU, Cost per item)' })
      .option('preset', { type: 'string', choices: Object.keys(orderPresets), describe: 'export layout' })
      .option('columns', { type: 'string', describe: 'column map JSON for any other export' })
      .option('channel', { type: 'string', describe: 'put every order on this channel' })
      .option('timezone', { type: 'string', default: 'UTC', describe: 'IANA zone of timestamps written without an offset' })
      .option('zipf', { type: 'boolean', default: false, describe: 'fit a Zipf exponent for SKU popularity instead of the empirical frequencies' })
      .option('return-days', { type: 'number', default: 7, describe: 'days after delivery a refunded order comes back in the replay (exports do not say)' })
      .option('out', { type: 'string', demandOption: true, describe: 'output folder' })
      .option('partition-mb', { type: 'number', default: 32, describe: 'exports bigger than this (MB in all) are imported in partitions of about this size, through temporary files, in bounded memory' })
      .option('json', { type: 'boolean', default: false, describe: 'print only the report JSON' }) as never,
  handler: async (args) => {
    stopOnSignals();
    const problems: InputProblem[] = [];
    if ((args.preset === undefined) === (args.columns === undefined)) problems.push({ path: '--preset', message: 'give exactly one of --preset or --columns' });
    if (!isTimeZone(args.timezone)) problems.push({ path: '--timezone', value: args.timezone, message: 'not an IANA time zone (like Europe/London)' });
    // Missing, unreadable, a folder or a device: named with the reason (exports may be any size).
    const inputFiles: [string, string | undefined][] = [['--catalog', args.catalog], ['--stock', args.stock], ...args.orders.map((file): [string, string] => ['--orders', file])];
    for (const [option, file] of inputFiles) {
      if (file === undefined) continue;
      problems.push(...csvInputProblems(file, option, Number.MAX_SAFE_INTEGER));
    }
    if (!(Number.isFinite(args.returnDays) && args.returnDays >= 0 && args.returnDays <= 365)) problems.push({ path: '--return-days', value: args.returnDays, message: 'must be a number of days from 0 to 365' });
    if (!(Number.isFinite(args.partitionMb) && args.partitionMb > 0)) problems.push({ path: '--partition-mb', value: args.partitionMb, message: 'must be a number of megabytes above 0' });
    if (args.channel !== undefined && !/^[A-Za-z0-9_.-]{1,64}$/.test(args.channel)) problems.push({ path: '--channel', value: args.channel, message: 'use letters, digits, dot, dash or underscore' });
    if (problems.length) throw new InputError(problems);
    let preset: OrderPreset;
    if (args.columns !== undefined) {
      // The reader of scenario files: a regular file of bounded size, no duplicate keys.
      const raw = readJsonFile(args.columns);
      const parsed = columnMapSchema.safeParse(raw);
      if (!parsed.success) throw new InputError(zodProblems(parsed.error, raw, args.columns, columnMapSchema));
      preset = presetFromColumnMap(parsed.data);
    } else preset = orderPresets[args.preset!]!;

    // The stock snapshot and the catalogue are read first: a bad one fails before the long part.
    const inputs = {
      openingStock: args.stock === undefined ? undefined : await readOpeningStock(args.stock),
      catalog: args.catalog === undefined ? undefined : await readCatalogFile(args.catalog),
    };
    const totalBytes = args.orders.reduce((a, f) => a + statSync(f).size, 0);
    const bar = process.stderr.isTTY && !args.json ? new cliProgress.SingleBar({ format: 'importing {bar} {percentage}% | {value}/{total} MB', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
    bar?.start(Math.max(1, Math.round(totalBytes / 1e6)), 0);
    // A big CSV export is parsed by two threads (same rows, same outcomes as one).
    const sources: OrderSource[] = args.orders.map((file) => ({ name: basename(file), path: file }));
    const onBytes = (bytes: number) => bar?.update(Math.round(bytes / 1e6));
    let imported: PartitionedImport;
    try {
      imported = await importOrdersBounded(sources, { preset, channel: args.channel, timeZone: args.timezone, inputBytes: totalBytes, partitionBytes: args.partitionMb * 1024 * 1024, onBytes });
    } catch (error) {
      bar?.stop();
      if (error instanceof CsvSyntaxError) throw InputError.of({ file: `${error.file ?? basename(args.orders[0]!)}:${error.line}`, path: '', message: `(record), malformed: ${error.reason}` });
      throw error;
    }
    bar?.stop();
    try {
      await writeImport(args, imported, inputs);
    } finally {
      imported.dispose();
    }
  },
};

/** What to undo if the import is stopped (files being written); temporary partition files go on exit. */
const onStop = new Set<() => void>();

/** Ctrl-C or SIGTERM: undo what is being written, exit 130 or 143 (the exit removes temporary files). */
function stopOnSignals(): void {
  const stop = (code: number) => () => {
    for (const undo of onStop) undo();
    process.stderr.write('baton import: stopped\n');
    process.exit(code);
  };
  process.once('SIGINT', stop(130));
  process.once('SIGTERM', stop(143));
}

/** Checks the import and writes its four files (nothing when the input is bad); prints the summary. */
async function writeImport(args: ImportArgs, imported: PartitionedImport, inputs: Pick<BuildOptions, 'openingStock' | 'catalog'>): Promise<void> {
  if (imported.fatal.length) throw new InputError([...imported.fatal, ...imported.tally.problems.slice(0, 20)].map(rowProblem));
  if (imported.stream.orders === 0) throw InputError.of({ file: args.orders.join(', '), path: '', message: 'no order line was accepted: nothing to replay' });

  const outputs = buildOutputs(imported, { timeZone: args.timezone, zipf: args.zipf, returnAfterDays: args.returnDays, ...inputs });
  // Both scenarios must load as they are written (a failure here is a bug, not bad input). No copy
  // first: validation reads the documents, and only touches them on the way to throwing. The replay
  // is checked and written a batch of orders at a time, never held whole.
  validateReplay(outputs, 'scenario.json');
  validateScenario(outputs.forecast, 'forecast.json');
  const { base, undo } = ensureFolderUndoable(args.out);
  const csvTarget = insideFolder(base, 'orders.csv');
  // A partitioned import's helper thread writes orders.csv while this one writes scenario.json.
  const csvTemp = tempPathFor(csvTarget);
  const csvElsewhere = imported.writeOrdersCsv?.(csvTarget, csvTemp, outputs.calibration.originMs);
  csvElsewhere?.catch(() => {}); // awaited below, once scenario.json is written
  const csv = csvElsewhere === undefined ? new AtomicLineWriter(csvTarget, csvTemp) : null;
  const replay = new AtomicLineWriter(insideFolder(base, 'scenario.json'));
  // The four files are written under temporary names and renamed into place together: all or none.
  const staged: { temp: string; target: string }[] = [];
  const abortWrites = () => {
    csv?.abort();
    replay.abort();
    for (const { temp } of [{ temp: csvTemp }, ...staged]) rmSync(temp, { force: true });
    undo();
  };
  onStop.add(abortWrites);
  try {
    for (const piece of replayScenarioJson(outputs)) replay.write(piece);
    replay.write('\n');
    if (csv !== null) {
      for (const piece of linesText(ordersCsvLines(outputs.history, outputs.calibration.originMs))) csv.write(piece);
      csv.finish();
    } else await csvElsewhere;
    staged.push(replay.finish(), { temp: csvTemp, target: csvTarget });
    for (const [name, text] of [['forecast.json', outputs.forecast], ['import-report.json', outputs.report]] as const) {
      const target = insideFolder(base, name);
      staged.push({ temp: writeTemp(target, `${JSON.stringify(text, null, 2)}\n`), target });
    }
    commitAll(staged);
  } catch (error) {
    abortWrites();
    throw error;
  } finally {
    onStop.delete(abortWrites);
  }
  if (args.json) return printJson(outputs.summary);
  const s = outputs.summary;
  const placed = Object.entries(outputs.placedBy).map(([key, p]) => `${p.distinct} ${key} value(s) in "${p.column}"`);
  process.stdout.write(
    `${s.rows} rows: ${Object.entries(s.outcomes).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ')}\n` +
      `${s.orders} orders, ${s.lines} lines, ${s.units} units, ${s.skus} SKUs, ${s.channels} channel(s), ${s.firstOrderAt} to ${s.lastOrderAt}\n` +
      (placed.length > 0 ? `${placed.join(', ')}: counted in import-report.json (placedBy); the replay runs every order from one warehouse\n` : '') +
      `wrote ${['scenario.json', 'forecast.json', 'orders.csv', 'import-report.json'].map((f) => insideFolder(base, f)).join(', ')}\n`,
  );
}

/** Unit costs per SKU from a catalogue file (bad rows: exit 2, one line each). */
async function readCatalogFile(file: string): Promise<{ file: string; costCents: Map<string, number> }> {
  const problems: RowProblem[] = [];
  let catalog;
  try {
    catalog = await readCatalog(basename(file), createReadStream(file), problems);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw InputError.of({ file: `${file}:${error.line}`, path: '--catalog', message: `malformed CSV: ${error.reason}` });
    throw error;
  }
  if (problems.length > 0) throw new InputError(problems.slice(0, 100).map(rowProblem));
  return catalog;
}

/** Units per SKU from a WMS-style stock snapshot (the reader of `baton reconcile --wms`). */
async function readOpeningStock(file: string): Promise<Map<string, number>> {
  const problems: RowProblem[] = [];
  let snapshot;
  try {
    snapshot = await readSnapshot('wms', basename(file), createReadStream(file), problems);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw InputError.of({ file: `${file}:${error.line}`, path: '--stock', message: `malformed CSV: ${error.reason}` });
    throw error;
  }
  if (problems.length > 0) throw new InputError(problems.slice(0, 100).map(rowProblem));
  return snapshot.units;
}
