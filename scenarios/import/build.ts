// From an imported history to the twin's files: a scenario that replays the history (its orders as
// scripted orders at their real times, channels and lines), a forecast scenario with the calibrated
// demand, the normalised order lines, and the import report.
import type { ScriptedOrder, ScriptedReturn } from '../../models/config.js';
import type { ScenarioFile } from '../schema.js';
import { calibrate, weekOrigin, type Calibration } from './calibrate.js';
import { historyStream, type HistoryStream } from './history-stream.js';
import { ORDER_CANCELLED, ORDER_RETURNED, type CreditLine, type ImportResult } from './orders.js';
import type { OutcomeTally, RowProblem } from './outcomes.js';
import type { PlacedCounts } from './placed-by.js';
import { zoneOffsetMs } from './time.js';

/** Share of the average selling price taken as unit cost when no catalogue gives costs. */
const DEFAULT_COST_SHARE = 0.6;

export interface BuildOptions {
  timeZone: string;
  /** Opening units per SKU code from a stock snapshot (--stock); sized from the history when absent. */
  openingStock?: Map<string, number>;
  /** Unit costs per SKU code from a catalogue file (--catalog); SKUs absent from it cost 60% of their price. */
  catalog?: { file: string; costCents: ReadonlyMap<string, number> };
  /** Fit a Zipf exponent for SKU popularity instead of the empirical frequencies. */
  zipf?: boolean;
  /** Days after delivery a refunded order's parcel comes back (default 7). */
  returnAfterDays?: number;
  seed?: number;
}

/** The report `--json` prints (exactly these fields). */
export interface ImportSummary {
  rows: number;
  outcomes: Record<string, number>;
  orders: number;
  lines: number;
  units: number;
  skus: number;
  channels: number;
  revenueCents: number;
  firstOrderAt: string | null;
  lastOrderAt: string | null;
  problems: { line: number; reason: string }[];
}

export interface ImportOutputs {
  summary: ImportSummary;
  /** import-report.json: the summary plus the replay's and the forecast's assumptions. */
  report: Record<string, unknown>;
  /** The replay scenario without its scripted orders (`scripted.orders` is empty; see replay-file.ts). */
  replayHead: ScenarioFile;
  /** The replay's scripted orders in time order, built one at a time from the history's columns. */
  replayOrders: () => Iterable<ScriptedOrder>;
  /** The same orders as compact JSON texts (JSON.stringify of each), built straight from the columns. */
  replayOrderTexts: () => Iterable<string>;
  /** Number of scripted orders `replayOrders` yields. */
  replayOrderCount: number;
  forecast: ScenarioFile;
  calibration: Calibration;
  /** The normalised order lines (orders.csv), header first. */
  csvRows: () => Iterable<(string | number)[]>;
  /** The history the outputs are built from (orders.csv's lines are formatted from it, see orders-csv.ts). */
  history: HistoryStream;
  /** The report's placedBy: orders and lines per warehouse and region value (not replayed). */
  placedBy: ReturnType<PlacedCounts['report']>;
}

const DAY = 86_400_000;
/** Days after delivery a refunded order comes back when the export does not say (it never does). */
export const DEFAULT_RETURN_AFTER_DAYS = 7;
/** The replay's warehouse releases picks every 2 hours. */
const REPLAY_WAVE_SECONDS = 7_200;
/** Days a replay runs past the last order for its returns, besides the return delay: picking, the carrier, 3 transit days. */
const RETURN_SLACK_DAYS = 5;

/** orders.csv's columns. */
export const ordersCsvHeader = ['order', 'channel', 'placedAt', 'atSeconds', 'sku', 'qty', 'unitPriceCents', 'lineTotalCents', 'returned', 'cancelAtSeconds'] as const;

/** An import's outcome as the outputs need it: the history as a stream, and the row counts. */
export interface ImportedHistory {
  stream: HistoryStream;
  /** Returns not tied to a replayed order, in row order. */
  credits: CreditLine[];
  tally: OutcomeTally;
  unitsAccepted: number;
  revenueCents: number;
  /** Placed orders and lines per warehouse and region value: reported, not replayed. */
  placed: PlacedCounts;
}

/** Builds every output of an import (pure: the caller writes them). */
export function buildOutputs(imported: ImportedHistory | ImportResult, options: BuildOptions): ImportOutputs {
  const result: ImportedHistory = 'history' in imported ? { ...imported, stream: historyStream(imported.history) } : imported;
  const h = result.stream;
  const n = h.orders;
  const first = h.firstMs;
  const last = h.lastMs;
  const origin = n ? weekOrigin(first, zoneOffsetMs(options.timeZone, first)) : 0;
  const calibration = calibrate(h, origin);
  const skuUnits = h.skuUnits;
  const skuRevenue = h.skuRevenueCents;
  const units = skuUnits.reduce((a, b) => a + b, 0);
  const summary: ImportSummary = {
    rows: result.tally.rows,
    outcomes: { ...result.tally.outcomes },
    orders: n,
    lines: h.lines,
    units,
    skus: h.skus.length,
    channels: h.channels.length,
    revenueCents: result.revenueCents,
    firstOrderAt: n ? new Date(first).toISOString() : null,
    lastOrderAt: n ? new Date(last).toISOString() : null,
    problems: result.tally.problems.map((p: RowProblem) => ({ line: p.line, reason: `${p.file}: ${p.field}, ${JSON.stringify(p.value)}: ${p.reason}` })),
  };

  // Catalogue: average unit price of each SKU's replayed lines; cost from --catalog, else a fixed share of it.
  const uncosted: string[] = [];
  const items = h.skus.map((code, s) => {
    const priceCents = skuUnits[s]! > 0 ? Math.round(skuRevenue[s]! / skuUnits[s]!) : 0;
    const listed = options.catalog?.costCents.get(code);
    if (listed === undefined) uncosted.push(code);
    return { code, priceCents, costCents: listed ?? Math.round(priceCents * DEFAULT_COST_SHARE) };
  });
  const costRule = options.catalog
    ? `unit costs from the catalogue ${options.catalog.file}; SKUs absent from it cost ${DEFAULT_COST_SHARE * 100}% of their price`
    : `unit cost is ${DEFAULT_COST_SHARE * 100}% of the price (give --catalog for real costs)`;
  const stockRule = options.openingStock
    ? 'opening stock from the --stock snapshot (SKUs absent from it start at 0)'
    : 'opening stock sized from the history: each SKU starts with the units the whole history ordered of it, so the replay is never short of stock that the real operation had';
  const stockItems = h.skus.map((code, s) => ({ sku: code, units: options.openingStock ? (options.openingStock.get(code) ?? 0) : skuUnits[s]! }));
  const returnAfterSeconds = (options.returnAfterDays ?? DEFAULT_RETURN_AFTER_DAYS) * 86_400;
  const credits = replayCredits(result.credits, h, origin);
  // A refunded order comes back after it is picked, carried (3 transit days by default) and kept.
  const lastReturnMs = h.returnedOrders > 0 ? calibration.windowEndMs + (returnAfterSeconds / 86_400 + RETURN_SLACK_DAYS) * DAY : -Infinity;
  const lastEventMs = Math.max(calibration.windowEndMs, credits.lastMs, lastReturnMs);
  const horizonDays = n ? Math.ceil((lastEventMs - origin) / DAY) + 1 : 1;
  const base = {
    seed: options.seed ?? 1,
    ownership: 'clean' as const,
    // Picks are released in waves, as most shops do: an order can be cancelled until its wave starts.
    warehouses: [{ name: 'main', batching: { mode: 'wave' as const, waveIntervalSeconds: REPLAY_WAVE_SECONDS }, initialStock: { unitsPerSku: 0, daysOfCover: 0, items: stockItems.filter((i) => i.units > 0) } }],
    erp: { purchasing: { policy: 'none' as const } },
  };

  const replayOrders = function* (): Iterable<ScriptedOrder> {
    for (const order of h.inTimeOrder()) {
      const scripted: ScriptedOrder = { atSeconds: (order.ms - origin) / 1000, channel: h.channels[order.channel]!, lines: order.lines.map((l) => ({ sku: h.skus[l.sku]!, qty: l.qty })) };
      if (order.kind === ORDER_CANCELLED) scripted.cancelAtSeconds = (order.cancelMs - origin) / 1000;
      if (order.kind === ORDER_RETURNED) scripted.returnAfterSeconds = returnAfterSeconds;
      yield scripted;
    }
  };

  // JSON of each code, once (codes come from the export and may hold quotes or backslashes).
  const skuJson = h.skus.map((code) => JSON.stringify(code));
  const channelJson = h.channels.map((name) => JSON.stringify(name));
  // Each order's text is joined from an array of its pieces: a flat string, cheap for the batch's
  // join to copy (concatenated pieces would be ropes it flattens one by one).
  const replayOrderTexts = function* (): Iterable<string> {
    const pieces: (string | number)[] = [];
    for (const order of h.inTimeOrder()) {
      pieces.length = 0;
      pieces.push('{"atSeconds":', (order.ms - origin) / 1000, ',"channel":', channelJson[order.channel]!, ',"lines":[');
      for (let k = 0; k < order.lines.length; k++) {
        const l = order.lines[k]!;
        pieces.push(k === 0 ? '{"sku":' : ',{"sku":', skuJson[l.sku]!, ',"qty":', l.qty, '}');
      }
      pieces.push(']');
      if (order.kind === ORDER_CANCELLED) pieces.push(',"cancelAtSeconds":', (order.cancelMs - origin) / 1000);
      if (order.kind === ORDER_RETURNED) pieces.push(',"returnAfterSeconds":', returnAfterSeconds);
      pieces.push('}');
      yield pieces.join('');
    }
  };

  const replayHead: ScenarioFile = {
    name: 'imported-replay',
    description: `Replays ${n} imported orders at their real times (time 0 = Monday 00:00 ${options.timeZone} of the first order's week, ${new Date(origin).toISOString()}). ${stockRule}.`,
    horizonDays,
    ...base,
    catalog: { items: items.map((i) => ({ code: i.code, costCents: i.costCents, priceCents: i.priceCents })) },
    channels: h.channels.map((name) => ({ name, demand: { ordersPerDay: 0 } })),
    scripted: { orders: [], returns: credits.returns },
  };
  const ranked = options.zipf ? items.map((i, s) => ({ ...i, lines: calibration.skuLines[s]! })).sort((a, b) => b.lines - a.lines) : null;
  const forecast: ScenarioFile = {
    name: 'imported-forecast',
    description: `Synthetic demand calibrated on ${n} imported orders: per channel an hour-of-week Poisson rate, ${options.zipf ? `Zipf SKU popularity (alpha ${calibration.zipfAlpha.toFixed(3)})` : 'empirical SKU popularity'}, lines per order and units per line fitted by moments.`,
    horizonDays: Math.max(1, Math.ceil((calibration.windowEndMs - origin) / DAY)),
    ...base,
    catalog: ranked
      ? { items: ranked.map((i) => ({ code: i.code, costCents: i.costCents, priceCents: i.priceCents })), zipfAlpha: calibration.zipfAlpha }
      : { items: items.map((i, s) => ({ code: i.code, costCents: i.costCents, priceCents: i.priceCents, popularity: calibration.skuLines[s]! })) },
    channels: calibration.channels.map((fit) => ({
      name: fit.channel,
      demand: fit.orders === 0 ? { ordersPerDay: 0 } : {
        ordersPerDay: fit.ordersPerDay,
        weekShape: fit.ratePerHour.map((r) => r),
        // the scenario format caps both means at 100 (the report keeps the unclamped fit)
        extraLinesMean: Math.min(100, fit.extraLinesMean),
        extraLinesDispersion: fit.extraLinesDispersion,
        extraUnitsMean: Math.min(100, fit.extraUnitsMean),
      },
      ...(fit.orders > 0 && (fit.cancelledOrders > 0 || fit.returnedOrders > 0)
        ? { afterSale: { cancelShare: fit.cancelledOrders / fit.orders, cancelAfterSecondsMean: fit.cancelAfterSecondsMean, returnShare: fit.returnedOrders / fit.orders, returnAfterSeconds } }
        : {}),
    })),
  };
  const placedBy = result.placed.report();
  const report = {
    ...summary,
    problemCount: result.tally.problemCount,
    channelNames: h.channels,
    unitsAccepted: result.unitsAccepted,
    timeZone: options.timeZone,
    simulatedTimeZero: new Date(origin).toISOString(),
    openingStock: { rule: stockRule, units: stockItems.reduce((a, i) => a + i.units, 0) },
    // The export's warehouse and region columns: counted here only (the replay has one warehouse, no regions).
    placedBy,
    costs: { rule: costRule, fromCatalog: h.skus.length - uncosted.length, fromPrice: uncosted.length, skusWithoutCatalogCost: options.catalog ? uncosted.slice(0, 100) : [] },
    replay: {
      scenario: 'scenario.json',
      orders: n,
      cancelledOrders: h.cancelledOrders,
      returnedOrders: h.returnedOrders,
      returnAfterDays: returnAfterSeconds / 86_400,
      creditReturns: credits.returns.length,
      creditLinesNotReplayed: credits.skipped,
      notes: [
        'orders replayed: accepted lines, lines of refunded orders and well-formed lines of cancelled orders; adjusted, duplicate, blank and rejected rows are not placed',
        `prices: each SKU sells at the average unit price of its imported lines; ${costRule}`,
        "a cancelled order is placed at its time and the customer cancels it at the export's cancellation time (Shopify's Cancelled at, Amazon's last-updated-date; its own time when there is none): the replay stops it if no picker has started it, else it ships (cancelsTooLate)",
        `a refunded order is placed, ships, and comes back ${returnAfterSeconds / 86_400} days after delivery (--return-days): its units go back into stock and the refund is posted`,
        "every order is replayed from one warehouse (main), with no regions: the export's warehouse and region columns are counted in placedBy (orders and lines per value) and not replayed",
        "returns no replayed order names (UCI's C invoices, negative lines of other exports) come back at their own time to the first warehouse, refunded at the SKU's replay price; lines of SKUs no replayed order sells, or before time 0, are not replayed (creditLinesNotReplayed)",
      ],
    },
    forecast: {
      scenario: 'forecast.json',
      window: { start: new Date(calibration.windowStartMs).toISOString(), end: new Date(calibration.windowEndMs).toISOString() },
      zipfAlpha: calibration.zipfAlpha,
      channels: calibration.channels.map((fit) => ({
        channel: fit.channel,
        orders: fit.orders,
        ordersPerDay: fit.ordersPerDay,
        fallbackHours: fit.fallbackHours,
        observedByHourOfWeek: fit.observedByHourOfWeek,
        exposureHours: fit.exposureHours,
        fittedPerHour: fit.ratePerHour,
        linesPerOrder: fit.linesPerOrder,
        unitsPerLine: fit.unitsPerLine,
        fitted: { extraLinesMean: fit.extraLinesMean, extraLinesDispersion: fit.extraLinesDispersion, extraUnitsMean: fit.extraUnitsMean },
        cancelledOrders: fit.cancelledOrders,
        cancelAfterSecondsMean: fit.cancelAfterSecondsMean,
        returnedOrders: fit.returnedOrders,
      })),
    },
  };
  const csvRows = function* (): Iterable<(string | number)[]> {
    yield [...ordersCsvHeader];
    for (const order of h.inImportOrder()) {
      const placedAt = new Date(order.ms).toISOString();
      const channel = h.channels[order.channel]!;
      const cancelAt = order.kind === ORDER_CANCELLED ? (order.cancelMs - origin) / 1000 : '';
      for (const l of order.lines) yield [order.id, channel, placedAt, (order.ms - origin) / 1000, h.skus[l.sku]!, l.qty, l.unitCents, l.totalCents, order.kind === ORDER_RETURNED ? 1 : 0, cancelAt];
    }
  };
  return { summary, report, replayHead, replayOrders, replayOrderTexts, replayOrderCount: n, forecast, calibration, csvRows, history: h, placedBy };
}


/** The credit returns a replay can place: by time then row, at or after time 0, of SKUs and channels the replay knows. */
function replayCredits(credits: readonly CreditLine[], h: HistoryStream, origin: number): { returns: ScriptedReturn[]; skipped: number; lastMs: number } {
  const skus = new Set(h.skus);
  const channels = new Set(h.channels);
  const kept = credits.filter((c) => skus.has(c.sku) && channels.has(c.channel) && c.ms >= origin);
  kept.sort((a, b) => a.ms - b.ms || a.seq - b.seq);
  return {
    returns: kept.map((c) => ({ atSeconds: (c.ms - origin) / 1000, channel: c.channel, lines: [{ sku: c.sku, qty: c.qty }] })),
    skipped: credits.length - kept.length,
    lastMs: kept.length > 0 ? kept[kept.length - 1]!.ms : -Infinity,
  };
}
