// The break-even frontier: channels x locations, each cell coloured by the monthly cost of running
// with an OMS minus without (blue: the OMS saves money), labelled with the difference and its 95%
// half-width; cells where the OMS pays off with confidence are outlined.
import * as Plot from '@observablehq/plot';
import type { CellVerdict } from '../../scenarios/advise/index.js';
import { formatMoney } from '../format/numbers.js';

const defaults = { width: 680, cellHeight: 64 };

/** One cell as the chart draws it (money in whole currency units). */
export interface FrontierCell {
  channels: number;
  locations: number;
  difference: number;
  label: string;
  paysOff: boolean;
}

/** The chart's cells: the difference in currency units and "−$1,204 ± $310" labels (✓ where the OMS pays). */
export function frontierCells(grid: readonly CellVerdict[], currency = 'USD'): FrontierCell[] {
  return grid.map((c) => ({
    channels: c.channels,
    locations: c.locations,
    difference: c.difference / 100,
    label: `${c.omsPaysOff ? '✓ ' : ''}${formatMoney(c.difference, currency)}\n± ${formatMoney(c.halfWidth, currency)}`,
    paysOff: c.omsPaysOff,
  }));
}

/** Plot options for the frontier heatmap. */
export function frontierChart(grid: readonly CellVerdict[], options: { width?: number; currency?: string } = {}): Plot.PlotOptions {
  const cells = frontierCells(grid, options.currency);
  const extent = Math.max(1, ...cells.map((c) => Math.abs(c.difference)));
  const locations = [...new Set(cells.map((c) => c.locations))].sort((a, b) => a - b);
  return {
    width: options.width ?? defaults.width,
    height: 60 + locations.length * defaults.cellHeight,
    marginLeft: 70,
    padding: 0.04,
    x: { label: 'sales channels', type: 'band' },
    y: { label: 'locations', type: 'band', domain: locations },
    color: { type: 'diverging', scheme: 'RdBu', domain: [extent, -extent] },
    marks: [
      Plot.cell(cells, { x: 'channels', y: 'locations', fill: 'difference', inset: 1 }),
      Plot.cell(cells.filter((c) => c.paysOff), { x: 'channels', y: 'locations', stroke: '#08306b', strokeWidth: 3, inset: 2 }),
      // Dark cells (the strongest differences) get white text.
      Plot.text(cells, { x: 'channels', y: 'locations', text: 'label', fontSize: 11, lineHeight: 1.3, fill: (c: FrontierCell) => (Math.abs(c.difference) > 0.55 * extent ? 'white' : 'black') }),
    ],
  };
}
