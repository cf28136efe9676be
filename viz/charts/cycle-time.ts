// The distribution of order cycle times (accepted to shipped) as a histogram; the last bin also
// holds every longer time.
import * as Plot from '@observablehq/plot';
import type { RunVisuals } from '../../models/visuals.js';

const defaults = { width: 680, height: 240 };

/** One histogram bar, in hours. */
export interface CycleTimeBar {
  fromHours: number;
  toHours: number;
  count: number;
}

/** The histogram's bars up to the last non-empty bin. */
export function cycleTimeBars(histogram: RunVisuals['cycleTimeHistogram']): CycleTimeBar[] {
  if (!(histogram.binSeconds > 0)) throw new RangeError(`cycle-time bin width must be positive, got ${histogram.binSeconds}`);
  let last = histogram.counts.length - 1;
  while (last >= 0 && histogram.counts[last] === 0) last--;
  const hours = histogram.binSeconds / 3_600;
  return histogram.counts.slice(0, last + 1).map((count, i) => ({ fromHours: i * hours, toHours: (i + 1) * hours, count }));
}

/** Plot options for the cycle-time histogram; an empty run shows a note instead of bars. */
export function cycleTimeChart(visuals: RunVisuals, options: { width?: number } = {}): Plot.PlotOptions {
  const bars = cycleTimeBars(visuals.cycleTimeHistogram);
  const total = bars.reduce((sum, b) => sum + b.count, 0);
  const marks: Plot.Markish[] = [Plot.ruleY([0])];
  if (total === 0) marks.push(Plot.text(['no order shipped in this run'], { frameAnchor: 'middle', fontSize: 13 }));
  else marks.push(Plot.rectY(bars, { x1: 'fromHours', x2: 'toHours', y: 'count', fill: '#6baed6', inset: 0.5, title: (b: CycleTimeBar) => `${b.count} orders` }));
  return {
    width: options.width ?? defaults.width,
    height: defaults.height,
    x: { label: 'cycle time, accepted to shipped (hours)', domain: total === 0 ? [0, 1] : undefined },
    y: { label: `orders (${total} shipped)`, grid: true, domain: total === 0 ? [0, 1] : undefined },
    marks,
  };
}
