// The five numbers of one SKU over time: the units on the shelves (truth), the WMS record, the OMS's
// available-to-sell, each channel's view and the ERP's quantity. Coincident lines stay visible
// because each series is drawn narrower than the one beneath it.
import * as Plot from '@observablehq/plot';
import type { RunVisuals, SkuSeries } from '../../models/visuals.js';
import { timeUnitFor } from './time-axis.js';

const defaults = { width: 680, height: 280, channelDash: '5,3' };

/** Drawing order, bottom to top, with each layer's stroke width and colour. */
const layers = [
  { key: 'physical', label: 'physical (shelf)', width: 8, color: '#9ecae1', opacity: 0.9 },
  { key: 'wmsRecord', label: 'WMS record', width: 5, color: '#3182bd', opacity: 1 },
  { key: 'omsAts', label: 'OMS ATS', width: 3, color: '#31a354', opacity: 1 },
  { key: 'channel', label: 'channel view', width: 2, color: '#e6550d', opacity: 1 },
  { key: 'erp', label: 'ERP', width: 1.25, color: '#222222', opacity: 1 },
] as const;
const channelPalette = ['#e6550d', '#fd8d3c', '#d62728', '#ff7f0e', '#bcbd22', '#8c564b'];

/** One sample of one series, in display units. */
export interface FiveNumberRow {
  time: number;
  value: number;
  series: string;
}

/** The SKU's series in long form: one row per (sample, series); absent series are skipped. */
export function fiveNumberRows(times: readonly number[], sku: SkuSeries, timeDivisor = 3_600): FiveNumberRow[] {
  const rows: FiveNumberRow[] = [];
  const push = (series: string, values: readonly number[] | null) => {
    if (values === null) return;
    values.forEach((value, i) => {
      if (i < times.length) rows.push({ time: times[i]! / timeDivisor, value, series });
    });
  };
  push(layers[0].label, sku.physical);
  push(layers[1].label, sku.wmsRecord);
  push(layers[2].label, sku.omsAts);
  for (const [channel, values] of Object.entries(sku.channelViews)) push(`view: ${channel}`, values);
  push(layers[4].label, sku.erp);
  return rows;
}

/** The SKU's series; throws a RangeError naming the SKU and the ones the visuals hold. */
export function skuSeriesOf(visuals: RunVisuals, sku?: string): SkuSeries {
  if (visuals.skuSeries.length === 0) throw new RangeError('the visuals hold no SKU series');
  if (sku === undefined) return visuals.skuSeries[0]!;
  const found = visuals.skuSeries.find((s) => s.sku === sku);
  if (found === undefined) throw new RangeError(`unknown SKU ${JSON.stringify(sku)}; the visuals hold ${visuals.skuSeries.map((s) => s.sku).join(', ')}`);
  return found;
}

/** Plot options for the five numbers of one SKU (the first, most popular, by default). */
export function fiveNumbersChart(visuals: RunVisuals, options: { sku?: string; width?: number } = {}): Plot.PlotOptions {
  const series = skuSeriesOf(visuals, options.sku);
  const unit = timeUnitFor(visuals.times);
  const rows = fiveNumberRows(visuals.times, series, unit.divisor);
  const channels = Object.keys(series.channelViews);
  const domain: string[] = [layers[0].label, layers[1].label];
  const range: string[] = [layers[0].color, layers[1].color];
  if (series.omsAts !== null) {
    domain.push(layers[2].label);
    range.push(layers[2].color);
  }
  channels.forEach((c, i) => {
    domain.push(`view: ${c}`);
    range.push(channelPalette[i % channelPalette.length]!);
  });
  domain.push(layers[4].label);
  range.push(layers[4].color);
  const line = (label: string, width: number, opacity: number, dash?: string) =>
    Plot.lineY(
      rows.filter((r) => r.series === label),
      { x: 'time', y: 'value', stroke: 'series', strokeWidth: width, strokeOpacity: opacity, strokeDasharray: dash, curve: 'step-after' },
    );
  const marks: Plot.Markish[] = [
    line(layers[0].label, layers[0].width, layers[0].opacity),
    line(layers[1].label, layers[1].width, layers[1].opacity),
  ];
  if (series.omsAts !== null) marks.push(line(layers[2].label, layers[2].width, layers[2].opacity));
  for (const c of channels) marks.push(line(`view: ${c}`, layers[3].width, layers[3].opacity, defaults.channelDash));
  marks.push(line(layers[4].label, layers[4].width, layers[4].opacity));
  return {
    width: options.width ?? defaults.width,
    height: defaults.height,
    marginLeft: 48,
    x: { label: unit.label },
    y: { label: `units of ${/^sku/i.test(series.sku) ? '' : 'SKU '}${series.sku}`, grid: true, nice: true, inset: 6 },
    color: { domain, range, legend: true },
    marks,
  };
}
