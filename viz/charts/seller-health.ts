// Seller health as a marketplace watches it: one rate (cancellation, late shipment or defect) per
// channel day by day, each over its window of whole days before, against the channel's threshold
// (dashed, in the channel's colour). A line above its dash is a day the account is at risk.
import * as Plot from '@observablehq/plot';
import type { SellerHealthSeries } from '../../models/visuals.js';

const defaults = { width: 680, height: 240 };

/** The three rates a seller-health chart can show. */
export const sellerRates = ['cancellationRate', 'lateShipmentRate', 'defectRate'] as const;
export type SellerRate = (typeof sellerRates)[number];

/** One point of one channel's line. */
export interface SellerHealthRow {
  channel: string;
  day: number;
  rate: number;
}

/** The rows of `rate` per channel and day. */
export function sellerHealthRows(series: readonly SellerHealthSeries[], rate: SellerRate): SellerHealthRow[] {
  return series.flatMap((s) => s.daily.map((d) => ({ channel: s.channel, day: d.day, rate: d[rate] })));
}

/** Days on which a channel's `rate` was above its threshold. */
export function daysAbove(series: SellerHealthSeries, rate: SellerRate): number[] {
  return series.daily.filter((d) => d[rate] > series.thresholds[rate]).map((d) => d.day);
}

/** Plot options: `rate` per channel by day, with each channel's threshold as a dashed rule. */
export function sellerHealthChart(series: readonly SellerHealthSeries[], rate: SellerRate, options: { width?: number } = {}): Plot.PlotOptions {
  const rows = sellerHealthRows(series, rate);
  const thresholds = series.map((s) => ({ channel: s.channel, threshold: s.thresholds[rate] }));
  const window = series[0]?.windowDays ?? 7;
  return {
    width: options.width ?? defaults.width,
    height: defaults.height,
    x: { label: 'day', tickFormat: (d: number) => String(d) },
    y: { label: `${rate} over the ${window} days before (%)`, percent: true, grid: true, zero: true },
    color: { legend: true, domain: series.map((s) => s.channel) },
    marks: [
      Plot.ruleY(thresholds, { y: 'threshold', stroke: 'channel', strokeDasharray: '5,4', strokeOpacity: 0.8 }),
      Plot.lineY(rows, { x: 'day', y: 'rate', z: 'channel', stroke: 'channel', strokeWidth: 1.6, curve: 'step-after', tip: true }),
    ],
  };
}
