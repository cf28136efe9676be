// Calibration of a channel's demand from an order history (the forecast's inputs):
// - arrivals: a non-homogeneous Poisson rate per hour of week = orders in that hour of week / hours of
//   that hour of week inside the observed window (first order's hour to last order's hour inclusive);
//   an hour of week never observed takes the mean rate of the observed hours with the same hour of
//   day, else the channel's mean rate over the window;
// - SKU popularity: empirical line counts per SKU (or a Zipf exponent fitted by least squares on
//   log frequency against log rank, when asked);
// - lines per order and units per line: the empirical distributions, reported, and the model's
//   families (1 + NegativeBinomial lines, 1 + Poisson units) fitted to them by moments.
import type { HistoryStream } from './history-stream.js';
import { ORDER_CANCELLED, ORDER_RETURNED } from './orders.js';
import { ln } from '../../sim/index.js';

const HOUR = 3_600_000;
const WEEK_HOURS = 168;

export interface ChannelFit {
  channel: string;
  orders: number;
  /** Observed orders per hour of week (0 = Monday 00:00-01:00 in the history's time zone). */
  observedByHourOfWeek: number[];
  /** Hours of each hour of week inside the observed window. */
  exposureHours: number[];
  /** Fitted rate (orders per hour) per hour of week, with the fallback applied. */
  ratePerHour: number[];
  /** Hours of week that took the fallback rate. */
  fallbackHours: number[];
  ordersPerDay: number;
  linesPerOrder: Record<string, number>;
  unitsPerLine: Record<string, number>;
  extraLinesMean: number;
  extraLinesDispersion: number;
  extraUnitsMean: number;
  /** Orders the customer cancelled, and the mean time from placing to cancelling (s; 0 without any). */
  cancelledOrders: number;
  cancelAfterSecondsMean: number;
  /** Orders refunded (sent back). */
  returnedOrders: number;
}

export interface Calibration {
  /** Epoch ms of Monday 00:00 (history's zone offset at that time) of the first order's week: simulated time 0. */
  originMs: number;
  windowStartMs: number;
  windowEndMs: number;
  channels: ChannelFit[];
  skuLines: number[];
  zipfAlpha: number;
}

/** Monday 00:00 of the week holding `ms`, in a zone whose offset then is `offsetMs` east of UTC. */
export function weekOrigin(ms: number, offsetMs: number): number {
  const local = ms + offsetMs;
  const days = Math.floor(local / 86_400_000);
  const weekday = (days + 3) % 7; // 1970-01-01 was a Thursday: Monday = 0
  return (days - weekday) * 86_400_000 - offsetMs;
}

/** Fits every channel's demand from the history (see the module comment for the rules). */
export function calibrate(history: HistoryStream, originMs: number): Calibration {
  const n = history.orders;
  const first = history.firstMs;
  const last = history.lastMs;
  const windowStart = n ? originMs + Math.floor((first - originMs) / HOUR) * HOUR : originMs;
  const windowEnd = n ? originMs + (Math.floor((last - originMs) / HOUR) + 1) * HOUR : originMs;
  const exposure = new Array<number>(WEEK_HOURS).fill(0);
  for (let t = windowStart; t < windowEnd; t += HOUR) exposure[hourOfWeek(t, originMs)]!++;
  const skuLines = new Array<number>(history.skus.length).fill(0);
  const observed = history.channels.map(() => new Array<number>(WEEK_HOURS).fill(0));
  const lineHists = history.channels.map((): Record<string, number> => ({}));
  const unitHists = history.channels.map((): Record<string, number> => ({}));
  const ordersOf = history.channels.map(() => 0);
  const cancelledOf = history.channels.map(() => 0);
  const cancelDelayOf = history.channels.map(() => 0);
  const returnedOf = history.channels.map(() => 0);
  for (const order of history.inImportOrder()) {
    const c = order.channel;
    ordersOf[c]!++;
    if (order.kind === ORDER_CANCELLED) {
      cancelledOf[c]!++;
      cancelDelayOf[c]! += (order.cancelMs - order.ms) / 1000;
    } else if (order.kind === ORDER_RETURNED) returnedOf[c]!++;
    observed[c]![hourOfWeek(order.ms, originMs)]!++;
    const lineHist = lineHists[c]!;
    const unitHist = unitHists[c]!;
    lineHist[order.lines.length] = (lineHist[order.lines.length] ?? 0) + 1;
    for (const line of order.lines) {
      skuLines[line.sku]!++;
      unitHist[line.qty] = (unitHist[line.qty] ?? 0) + 1;
    }
  }
  const channels = history.channels.map((channel, c) => {
    const orders = ordersOf[c]!;
    const lineHist = lineHists[c]!;
    const unitHist = unitHists[c]!;
    const totalExposure = exposure.reduce((a, b) => a + b, 0);
    const meanRate = totalExposure > 0 ? orders / totalExposure : 0;
    const rate = observed[c]!.map((k, h) => (exposure[h]! > 0 ? k / exposure[h]! : NaN));
    const fallbackHours: number[] = [];
    for (let h = 0; h < WEEK_HOURS; h++) {
      if (!Number.isNaN(rate[h]!)) continue;
      fallbackHours.push(h);
      let sum = 0;
      let hours = 0;
      for (let d = 0; d < 7; d++) {
        const k = d * 24 + (h % 24);
        if (exposure[k]! > 0) {
          sum += observed[c]![k]!;
          hours += exposure[k]!;
        }
      }
      rate[h] = hours > 0 ? sum / hours : meanRate;
    }
    const lines = moments(lineHist);
    const units = moments(unitHist);
    const extraLinesMean = Math.max(0, lines.mean - 1);
    // NegativeBinomial(r) variance m + m^2 / r; with no over-dispersion, a large r is nearly Poisson.
    const over = lines.variance - extraLinesMean;
    const extraLinesDispersion = over > 1e-9 && extraLinesMean > 0 ? Math.min(1e6, (extraLinesMean * extraLinesMean) / over) : 1e6;
    const fit: ChannelFit = {
      channel, orders, observedByHourOfWeek: observed[c]!, exposureHours: exposure, ratePerHour: rate, fallbackHours,
      ordersPerDay: (rate.reduce((a, b) => a + b, 0) / WEEK_HOURS) * 24,
      linesPerOrder: lineHist, unitsPerLine: unitHist,
      extraLinesMean, extraLinesDispersion, extraUnitsMean: Math.max(0, units.mean - 1),
      cancelledOrders: cancelledOf[c]!,
      cancelAfterSecondsMean: cancelledOf[c]! > 0 ? cancelDelayOf[c]! / cancelledOf[c]! : 0,
      returnedOrders: returnedOf[c]!,
    };
    return fit;
  });
  return { originMs, windowStartMs: windowStart, windowEndMs: windowEnd, channels, skuLines, zipfAlpha: fitZipf(skuLines) };
}

function hourOfWeek(ms: number, originMs: number): number {
  const h = Math.floor((ms - originMs) / HOUR) % WEEK_HOURS;
  return h < 0 ? h + WEEK_HOURS : h;
}

function moments(hist: Record<string, number>): { mean: number; variance: number } {
  let n = 0;
  let sum = 0;
  let sq = 0;
  for (const [k, c] of Object.entries(hist)) {
    const x = Number(k);
    n += c;
    sum += x * c;
    sq += x * x * c;
  }
  if (n === 0) return { mean: 1, variance: 0 };
  const mean = sum / n;
  return { mean, variance: Math.max(0, sq / n - mean * mean) };
}

/** Zipf exponent: minus the least-squares slope of log(frequency) on log(rank), over SKUs sold. */
function fitZipf(counts: number[]): number {
  const sorted = counts.filter((c) => c > 0).sort((a, b) => b - a);
  if (sorted.length < 2) return 1;
  let sx = 0, sy = 0, sxx = 0, sxy = 0;
  sorted.forEach((c, i) => {
    const x = ln(i + 1);
    const y = ln(c);
    sx += x; sy += y; sxx += x * x; sxy += x * y;
  });
  const m = sorted.length;
  const slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
  return Math.min(5, Math.max(0, -slope));
}
