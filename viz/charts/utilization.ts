// The share of each warehouse's available labour time spent busy, per sampling step.
import * as Plot from '@observablehq/plot';
import type { RunVisuals } from '../../models/visuals.js';
import { timeUnitFor } from './time-axis.js';

const defaults = { width: 680, height: 220 };

/** One sample of one warehouse's utilisation (0..1). */
export interface UtilizationRow {
  time: number;
  utilization: number;
  warehouse: string;
}

/** Utilisation rows in long form; times are converted with `timeDivisor`. */
export function utilizationRows(visuals: RunVisuals, timeDivisor = 3_600): UtilizationRow[] {
  return visuals.workerUtilization.flatMap(({ warehouse, utilization }) =>
    utilization.flatMap((u, i) => (i < visuals.times.length ? [{ time: visuals.times[i]! / timeDivisor, utilization: u, warehouse }] : [])),
  );
}

/** Plot options for worker utilisation over time, one line per warehouse. */
export function utilizationChart(visuals: RunVisuals, options: { width?: number } = {}): Plot.PlotOptions {
  const unit = timeUnitFor(visuals.times);
  const rows = utilizationRows(visuals, unit.divisor);
  const marks: Plot.Markish[] = [Plot.ruleY([0])];
  if (rows.length === 0) marks.push(Plot.text(['no utilisation samples in this run'], { frameAnchor: 'middle', fontSize: 13 }));
  else marks.push(Plot.lineY(rows, { x: 'time', y: 'utilization', stroke: 'warehouse', curve: 'step-after', strokeWidth: 1.5 }));
  return {
    width: options.width ?? defaults.width,
    height: defaults.height,
    x: { label: unit.label },
    y: { label: 'worker utilisation (%)', percent: true, domain: [0, 100], grid: true },
    color: { legend: visuals.workerUtilization.length > 0 },
    marks,
  };
}
