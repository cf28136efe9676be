// `baton reconcile --wms F --oms F --erp F`: the article's three numbers from real exports, per SKU.
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { CommandModule } from 'yargs';
import { InputError, type InputProblem } from '../../scenarios/errors.js';
import { csvInputProblems } from '../../scenarios/import/file-kind.js';
import { toCsv, writeFilesAtomic } from '../../scenarios/files.js';
import { CsvSyntaxError } from '../../scenarios/import/csv.js';
import { importOrdersBounded } from '../../scenarios/import/partitioned.js';
import type { RowProblem } from '../../scenarios/import/outcomes.js';
import { orderPresets } from '../../scenarios/import/presets.js';
import { demandRates, readSnapshot, reconcile, type Reconciliation, type Snapshot, type SnapshotSide } from '../../scenarios/reconcile/index.js';
import { formatCents, formatPlain } from '../../viz/format/numbers.js';
import { reconcileSentence, renderReconcilePage } from '../../viz/reconcile/index.js';
import { printJson, printTable } from '../output.js';

interface ReconcileArgs {
  wms: string;
  oms: string;
  erp: string;
  orders?: string;
  preset?: string;
  'sync-minutes': number;
  json: boolean;
  out?: string;
}

const rowProblem = (p: RowProblem): InputProblem => ({ file: p.line > 0 ? `${p.file}:${p.line}` : p.file, path: '', message: `${p.field}, ${JSON.stringify(p.value)}, ${p.reason}` });

export const reconcileCommand: CommandModule<object, ReconcileArgs> = {
  command: 'reconcile',
  describe: "compare the WMS's units, the OMS's available-to-sell and the ERP's valued count per SKU from exports",
  builder: (y) =>
    y
      .option('wms', { type: 'string', demandOption: true, describe: 'CSV of warehouse, bin, sku, quantity (or a Shopify inventory export: On hand)' })
      .option('oms', { type: 'string', demandOption: true, describe: 'CSV of sku, quantity available to sell (or a Shopify inventory export: Available)' })
      .option('erp', { type: 'string', demandOption: true, describe: 'CSV of sku, quantity, unitCost (currency units)' })
      .option('orders', { type: 'string', describe: 'an order export: its demand turns the gaps into expected oversells and late reorders' })
      .option('preset', { type: 'string', choices: Object.keys(orderPresets), describe: 'layout of --orders (as baton import)' })
      .option('sync-minutes', { type: 'number', default: 15, describe: 'with --orders: minutes between the OMS number and the next correction from the floor' })
      .option('json', { type: 'boolean', default: false, describe: 'print only the JSON' })
      .option('out', { type: 'string', describe: 'folder for reconcile.json, reconcile.csv and reconcile.html' }) as never,
  handler: async (args) => {
    const files: Record<SnapshotSide, string> = { wms: args.wms, oms: args.oms, erp: args.erp };
    const problems: InputProblem[] = [];
    for (const [side, file] of [...Object.entries(files), ...(args.orders === undefined ? [] : [['orders', args.orders]])]) {
      problems.push(...csvInputProblems(file!, `--${side}`, maxInputBytes));
    }
    if (args.orders !== undefined && args.preset === undefined) problems.push({ path: '--preset', message: 'name the layout of --orders (shopify-orders, amazon-orders or online-retail)' });
    if (args.orders === undefined && args.preset !== undefined) problems.push({ path: '--preset', value: args.preset, message: 'only with --orders' });
    const sync = args['sync-minutes'];
    if (!(Number.isFinite(sync) && sync > 0 && sync <= 7 * 1_440)) problems.push({ path: '--sync-minutes', value: sync, message: 'must be minutes in (0, 10080]' });
    if (problems.length > 0) throw new InputError(problems);

    const rowProblems: RowProblem[] = [];
    const snapshots = {} as Record<SnapshotSide, Snapshot>;
    for (const side of ['wms', 'oms', 'erp'] as const) {
      try {
        snapshots[side] = await readSnapshot(side, basename(files[side]), createReadStream(files[side]), rowProblems);
      } catch (error) {
        if (error instanceof CsvSyntaxError) throw InputError.of({ file: `${files[side]}:${error.line}`, path: '', message: `malformed CSV: ${error.reason}` });
        throw error;
      }
    }
    if (rowProblems.length > 0) throw new InputError(rowProblems.slice(0, 100).map(rowProblem));
    const demand = args.orders === undefined ? undefined : { rates: await ordersDemand(args.orders, args.preset!), syncMinutes: sync };
    const result = reconcile(snapshots.wms, snapshots.oms, snapshots.erp, demand);
    const written = args.out === undefined ? [] : writeReconcileFolder(args.out, result, files);
    if (args.json) return printJson(result);
    process.stdout.write(`${reconcileSentence(result)}\n\n`);
    const shown = result.perSku.slice(0, 20);
    printTable(
      shown.map((s) => [s.sku, formatPlain(s.wmsUnits), formatPlain(s.omsUnits), formatPlain(s.erpUnits), formatPlain(s.driftUnits), formatCents(s.driftValueCents), formatPlain(s.atsGapUnits), formatCents(s.valueAtRiskCents), s.missingFrom.join(', ') || '-']),
      ['SKU', 'WMS', 'OMS ATS', 'ERP', 'drift', 'drift value', 'ATS gap', 'value at risk', 'missing from'],
    );
    if (result.perSku.length > shown.length) process.stdout.write(`(the ${shown.length} of ${formatPlain(result.perSku.length)} SKUs with the most value at risk; --json or --out for all)\n`);
    if (written.length > 0) process.stdout.write(`\nwrote ${written.join(', ')}\n`);
  },
};

/** Largest export reconcile reads (the files stream; this only refuses the absurd). */
const maxInputBytes = 4 * 1024 * 1024 * 1024;

async function ordersDemand(file: string, preset: string) {
  // read as baton import reads it: a big export through partition files, in bounded memory
  const imported = await importOrdersBounded([{ name: basename(file), path: file }], { preset: orderPresets[preset]!, inputBytes: statSync(file).size });
  try {
    if (imported.fatal.length > 0) throw new InputError(imported.fatal.map(rowProblem));
    if (imported.stream.orders === 0) throw InputError.of({ file, path: '--orders', message: 'no order line was accepted: no demand to price the gaps with' });
    return demandRates(imported.stream);
  } finally {
    imported.dispose();
  }
}

/** reconcile.json, reconcile.csv and reconcile.html into `folder`, all or none. */
function writeReconcileFolder(folder: string, r: Reconciliation, files: Record<SnapshotSide, string>): string[] {
  const header = ['sku', 'wmsUnits', 'omsUnits', 'erpUnits', 'unitCostCents', 'driftUnits', 'driftValueCents', 'atsGapUnits', 'valueAtRiskCents', 'agrees', 'missingFrom', 'unitsPerDay', 'expectedOversoldUnits', 'stockoutDaysAtRisk'];
  const csv = toCsv([header, ...r.perSku.map((s) => [
    s.sku, s.wmsUnits, s.omsUnits, s.erpUnits, s.unitCostCents, s.driftUnits, s.driftValueCents, s.atsGapUnits, s.valueAtRiskCents, String(s.agrees), s.missingFrom.join(' '),
    s.risk?.unitsPerDay ?? '', s.risk?.expectedOversoldUnits ?? '', s.risk?.stockoutDaysAtRisk ?? '',
  ])]);
  return writeFilesAtomic(folder, [['reconcile.json', `${JSON.stringify(r, null, 2)}\n`], ['reconcile.csv', csv], ['reconcile.html', renderReconcilePage(r, files)]]);
}
