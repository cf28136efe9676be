// Files a user hands over at once (the web twin's drop zone): each is recognised by its header as an
// order export (one of the presets) or a stock snapshot (WMS, OMS, ERP, or Shopify's inventory export,
// which gives both the floor and the available-to-sell), then the orders are imported and calibrated,
// the three numbers reconciled, and the forecast started from the snapshots. Pure and free of Node
// modules: the same code runs in the browser and in the tests.
import { columnKey, demandRates, plainColumns, readSnapshot, reconcile, shopifyInventoryColumns, type Reconciliation, type Snapshot, type SnapshotSide } from '../reconcile/index.js';
import { startFromSnapshots, type TwinStart } from '../twin/start.js';
import { buildOutputs, type ImportSummary } from './build.js';
import { historyStream } from './history-stream.js';
import { CsvSyntaxError, readDelimited } from './csv.js';
import { importOrders, type OrderHistory } from './orders.js';
import { formatRowProblem, type RowProblem } from './outcomes.js';
import { orderPresets, type OrderPreset } from './presets.js';

/** A file as the user gave it: its name and its whole text. */
export interface DroppedFile {
  name: string;
  text: string;
}

/** What a file was recognised as. */
export type FileRole =
  | { kind: 'orders'; preset: OrderPreset }
  | { kind: 'snapshot'; sides: SnapshotSide[]; layout: 'plain' | 'shopify-inventory' }
  | { kind: 'unknown'; reason: string };

export interface DroppedOptions {
  /** Minutes between the OMS's number and the floor's next correction (prices the reconcile gaps). */
  syncMinutes: number;
  /** Days the forecast runs forward. */
  forecastDays: number;
  /** IANA zone of timestamps written without an offset. */
  timeZone?: string;
}

export interface DroppedAnalysis {
  /** Each file and what it was taken for, in the order given. */
  files: { name: string; role: string }[];
  /** One line per problem (`file:line: field, "value", reason`); nothing below is built from a file with problems. */
  problems: string[];
  /** The order import's report (as `baton import --json`), when order exports were given. */
  summary: ImportSummary | null;
  /** The calibrated forecast started from the snapshots (a scenario document), when order exports were given. */
  forecast: { document: Record<string, unknown>; start: TwinStart | null } | null;
  /** The three numbers side by side, when the WMS, OMS and ERP sides were all given. */
  reconciliation: Reconciliation | null;
  /** Sides reconcile still needs (empty when it ran, or when no snapshot was given at all). */
  missingSides: SnapshotSide[];
}

const sideNames: Record<SnapshotSide, string> = { wms: 'WMS stock', oms: 'OMS available-to-sell', erp: 'ERP valued count' };

/** The file's header record (the first line), read with csv-parse; null for an empty file. */
async function headerOf(text: string, delimiter: string): Promise<string[] | null> {
  for await (const record of readDelimited([text.slice(0, 64 * 1024)], { delimiter })) return record.fields;
  return null;
}

/** What the file's header says it is: an order preset whose columns are all there, or a snapshot layout. */
export async function recogniseFile(file: DroppedFile): Promise<FileRole> {
  const firstLine = file.text.slice(0, file.text.search(/\r?\n|$/));
  const delimiter = firstLine.includes('\t') ? '\t' : ',';
  let header: string[] | null;
  try {
    header = await headerOf(file.text, delimiter);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { kind: 'unknown', reason: `the header line is malformed: ${error.reason}` };
    throw error;
  }
  if (header === null || header.every((f) => f.trim() === '')) return { kind: 'unknown', reason: 'the file is empty: expected a header line' };
  const cells = new Set(header.map((f) => f.trim()));
  for (const preset of Object.values(orderPresets)) {
    const required = [preset.columns.orderId, preset.columns.timestamp, preset.columns.sku, preset.columns.quantity, preset.columns.price];
    if (preset.delimiter === delimiter && required.every((c) => cells.has(c))) return { kind: 'orders', preset };
  }
  // The layouts baton reconcile reads, matched as it matches them.
  const keys = new Set(header.map(columnKey));
  const has = (names: readonly string[]) => names.every((n) => keys.has(columnKey(n)));
  if (has(shopifyInventoryColumns)) return { kind: 'snapshot', sides: ['wms', 'oms'], layout: 'shopify-inventory' };
  if (has(plainColumns.erp)) return { kind: 'snapshot', sides: ['erp'], layout: 'plain' };
  if (has(plainColumns.wms)) return { kind: 'snapshot', sides: ['wms'], layout: 'plain' };
  if (has(plainColumns.oms)) return { kind: 'snapshot', sides: ['oms'], layout: 'plain' };
  const presets = Object.values(orderPresets).map((p) => p.name).join(', ');
  return { kind: 'unknown', reason: `header not recognised (${header.slice(0, 6).join(', ')}${header.length > 6 ? ', ...' : ''}): expected an order export (${presets}) or a stock file (warehouse, bin, sku, quantity / sku, quantity / sku, quantity, unitCost / Shopify's inventory export)` };
}

function describeRole(role: FileRole): string {
  if (role.kind === 'orders') return `orders (${role.preset.name})`;
  if (role.kind === 'unknown') return 'not recognised';
  return role.layout === 'shopify-inventory' ? "Shopify inventory (the floor's On hand and the channels' Available)" : sideNames[role.sides[0]!];
}

/** Recognises, imports, reconciles and starts the forecast from a set of dropped files. */
export async function analyseDroppedFiles(files: readonly DroppedFile[], options: DroppedOptions): Promise<DroppedAnalysis> {
  const analysis: DroppedAnalysis = { files: [], problems: [], summary: null, forecast: null, reconciliation: null, missingSides: [] };
  const roles = await Promise.all(files.map(recogniseFile));
  files.forEach((file, i) => analysis.files.push({ name: file.name, role: describeRole(roles[i]!) }));
  roles.forEach((role, i) => {
    if (role.kind === 'unknown') analysis.problems.push(`${files[i]!.name}: ${role.reason}`);
  });

  // Snapshots: a side given by a plain file wins over the same side of a Shopify inventory export.
  const rowProblems: RowProblem[] = [];
  const snapshots: Partial<Record<SnapshotSide, Snapshot>> = {};
  const bySide = new Map<SnapshotSide, DroppedFile>();
  roles.forEach((role, i) => {
    if (role.kind !== 'snapshot') return;
    for (const side of role.sides) if (role.layout === 'plain' || !bySide.has(side)) bySide.set(side, files[i]!);
  });
  for (const [side, file] of bySide) {
    try {
      snapshots[side] = await readSnapshot(side, file.name, [file.text], rowProblems);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      analysis.problems.push(`${file.name}:${error.line}: malformed CSV: ${error.reason}`);
    }
  }

  // Orders: one export layout at a time (the files of another layout are named, not mixed in).
  const orderFiles = files.filter((_, i) => roles[i]!.kind === 'orders');
  const preset = orderFiles.length > 0 ? (roles[files.indexOf(orderFiles[0]!)] as { preset: OrderPreset }).preset : null;
  let history: OrderHistory | null = null;
  if (preset !== null) {
    const same = orderFiles.filter((f) => (roles[files.indexOf(f)] as { preset: OrderPreset }).preset === preset);
    for (const f of orderFiles) if (!same.includes(f)) analysis.problems.push(`${f.name}: a ${(roles[files.indexOf(f)] as { preset: OrderPreset }).preset.name} export; drop one export layout at a time (first: ${preset.name})`);
    try {
      const result = await importOrders(same.map((f) => ({ name: f.name, chunks: [f.text] })), { preset, timeZone: options.timeZone ?? 'UTC' });
      if (result.fatal.length > 0) analysis.problems.push(...result.fatal.map(formatRowProblem));
      else if (result.history.orderIds.length === 0) analysis.problems.push(`${same.map((f) => f.name).join(', ')}: no order line was accepted: nothing to forecast`);
      else {
        history = result.history;
        const outputs = buildOutputs(result, { timeZone: options.timeZone ?? 'UTC', openingStock: snapshots.wms?.units });
        analysis.summary = outputs.summary;
        const started = Object.keys(snapshots).length > 0 && rowProblems.length === 0
          ? startFromSnapshots(outputs.forecast as Record<string, unknown>, snapshots, { days: options.forecastDays, syncSeconds: Math.round(options.syncMinutes * 60) })
          : null;
        const document = started?.document ?? { ...(structuredClone(outputs.forecast) as Record<string, unknown>), horizonDays: options.forecastDays };
        delete document.$schema;
        analysis.forecast = { document, start: started?.start ?? null };
      }
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      analysis.problems.push(`${same.length === 1 ? same[0]!.name : 'orders'}:${error.line}: malformed CSV: ${error.reason}`);
    }
  }

  analysis.problems.push(...rowProblems.slice(0, 100).map(formatRowProblem));
  const sides: SnapshotSide[] = ['wms', 'oms', 'erp'];
  if (bySide.size > 0) analysis.missingSides = sides.filter((s) => !bySide.has(s));
  if (analysis.missingSides.length === 0 && bySide.size > 0 && rowProblems.length === 0 && sides.every((s) => snapshots[s] !== undefined)) {
    const demand = history === null ? undefined : { rates: demandRates(historyStream(history)), syncMinutes: options.syncMinutes };
    analysis.reconciliation = reconcile(snapshots.wms!, snapshots.oms!, snapshots.erp!, demand);
  }
  return analysis;
}
