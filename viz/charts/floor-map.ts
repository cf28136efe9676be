// A warehouse floor seen from above: aisles as lines from the front cross aisle (y = 0) to the back,
// bin positions coloured by stock or by record error (record minus shelf), and pick paths, one panel
// per path when several are given (e.g. one sample pick list walked by every routing policy).
import * as Plot from '@observablehq/plot';
import type { FloorMap } from '../../models/visuals.js';

const defaults = { width: 680, columnsMax: 3, panelHeightMin: 150, panelHeightMax: 460, binRadius: 4, stockClasses: 5, marginsWide: 50, widthMin: 320 };
const errorClasses = [
  { label: 'record below shelf', color: '#2166ac' },
  { label: 'record = shelf', color: '#f0f0f0' },
  { label: 'record above shelf', color: '#b2182b' },
];

/** The legend class of a record error (record minus shelf units). */
export function errorClass(error: number): string {
  return errorClasses[Math.sign(error) + 1]!.label;
}

/** What the bins' colour shows. */
export type FloorColouring = 'stock' | 'error';

/** One walk to draw: its label, its polyline and, optionally, where the picker stands now. */
export interface FloorPath {
  label: string;
  points: { x: number; y: number }[];
  walker?: { x: number; y: number };
  /** Earlier walks drawn faintly under this one. */
  trail?: { x: number; y: number }[][];
}

export interface FloorChartOptions {
  colorBy?: FloorColouring;
  paths?: FloorPath[];
  width?: number;
}

/** Bins sharing a position (levels of one bay) merged: total units on the shelf and total record error. */
export interface FloorCell {
  x: number;
  y: number;
  physical: number;
  error: number;
  bins: string;
}

/** Merges the floor's bins by position, ordered by (x, y). */
export function floorCells(floor: FloorMap): FloorCell[] {
  const cells = new Map<string, FloorCell>();
  for (const bin of floor.bins) {
    const key = `${bin.x},${bin.y}`;
    const cell = cells.get(key) ?? { x: bin.x, y: bin.y, physical: 0, error: 0, bins: '' };
    cell.physical += bin.physical;
    cell.error += bin.record - bin.physical;
    cell.bins = cell.bins === '' ? bin.address : `${cell.bins} ${bin.address}`;
    cells.set(key, cell);
  }
  return [...cells.values()].sort((a, b) => a.x - b.x || a.y - b.y);
}

/** The sample routes of every policy as labelled paths ("s-shape 120.0 m"). */
export function sampleRoutePaths(floor: FloorMap): FloorPath[] {
  return floor.sampleRoutes.map((r) => ({ label: `${r.policy} ${r.length.toFixed(1)} m`, points: r.path }));
}

/** Plot options for the floor; throws a RangeError for an unknown colouring. */
export function floorMapChart(floor: FloorMap, options: FloorChartOptions = {}): Plot.PlotOptions {
  const colorBy = options.colorBy ?? 'stock';
  if (colorBy !== 'stock' && colorBy !== 'error') throw new RangeError(`invalid floor colouring: ${JSON.stringify(colorBy)} (use stock or error)`);
  const paths = options.paths ?? [];
  const columns = Math.max(1, Math.min(defaults.columnsMax, paths.length));
  const rowsOfPanels = Math.max(1, Math.ceil(paths.length / columns));
  const facet = paths.length > 1;
  const place = (i: number) => (facet ? { fx: i % columns, fy: Math.floor(i / columns) } : {});
  const xMax = Math.max(0, (floor.aisles - 1) * floor.aisleSpacing);
  const pad = Math.max(floor.aisleSpacing, 1);
  // Metres on both axes at the same scale, within sensible panel heights: a narrow floor gets a
  // narrow chart rather than stretched aisles.
  const metresWide = xMax + 2 * pad;
  const metresLong = floor.aisleLength + pad;
  const widthForTallestPanels = columns * ((defaults.panelHeightMax * metresWide) / metresLong) + defaults.marginsWide;
  const width = Math.max(defaults.widthMin, Math.min(options.width ?? defaults.width, widthForTallestPanels));
  const panelWidth = (width - defaults.marginsWide) / columns;
  const panelHeight = Math.min(defaults.panelHeightMax, Math.max(defaults.panelHeightMin, (panelWidth * metresLong) / metresWide));
  const cells = floorCells(floor);
  const aisleXs = Array.from({ length: floor.aisles }, (_, i) => i * floor.aisleSpacing);
  const pathRows = paths.flatMap((p, i) => p.points.map((pt) => ({ ...pt, ...place(i), label: p.label })));
  const trailRows = paths.flatMap((p, i) => (p.trail ?? []).flatMap((t, k) => t.map((pt) => ({ ...pt, ...place(i), walk: `${i}:${k}` }))));
  const marks: Plot.Markish[] = [
    Plot.ruleX(aisleXs, { y1: 0, y2: floor.aisleLength, stroke: '#d9d9d9', strokeWidth: 6 }),
    Plot.ruleY([0, floor.aisleLength], { x1: -pad / 2, x2: xMax + pad / 2, stroke: '#eeeeee' }),
    Plot.dot(cells, {
      x: 'x',
      y: 'y',
      r: defaults.binRadius,
      symbol: 'square',
      fill: colorBy === 'stock' ? 'physical' : (c: FloorCell) => errorClass(c.error),
      stroke: '#555',
      strokeWidth: 0.3,
      title: (c: FloorCell) => `${c.bins}: ${c.physical} on the shelf, record error ${c.error}`,
    }),
    Plot.dot([floor.depot], { x: 'x', y: 'y', symbol: 'triangle', r: 6, fill: '#111' }),
  ];
  if (trailRows.length > 0) marks.push(Plot.line(trailRows, { x: 'x', y: 'y', z: 'walk', fx: facet ? 'fx' : undefined, fy: facet ? 'fy' : undefined, stroke: '#756bb1', strokeOpacity: 0.18, strokeWidth: 1 }));
  if (pathRows.length > 0) {
    marks.push(
      Plot.line(pathRows, { x: 'x', y: 'y', z: 'label', fx: facet ? 'fx' : undefined, fy: facet ? 'fy' : undefined, stroke: '#d95f0e', strokeWidth: 1.6, markerEnd: 'arrow' }),
      Plot.text(paths.map((p, i) => ({ label: p.label, ...place(i) })), { text: 'label', fx: facet ? 'fx' : undefined, fy: facet ? 'fy' : undefined, frameAnchor: 'top-left', dx: 4, dy: 2, fontWeight: 'bold' }),
    );
  }
  const walkers = paths.flatMap((p, i) => (p.walker ? [{ ...p.walker, ...place(i) }] : []));
  if (walkers.length > 0) marks.push(Plot.dot(walkers, { x: 'x', y: 'y', fx: facet ? 'fx' : undefined, fy: facet ? 'fy' : undefined, r: 5, fill: '#d95f0e', stroke: 'white' }));
  return {
    width,
    height: panelHeight * rowsOfPanels + 60,
    marginLeft: 36,
    marginRight: 14,
    marginBottom: 36,
    x: { label: `${floor.warehouse}: across the aisles (m)`, domain: [-pad, xMax + pad] },
    y: { label: 'along the aisle (m), front at 0', domain: [-pad / 2, floor.aisleLength + pad / 2] },
    fx: { axis: null, padding: 0.08 },
    fy: { axis: null, padding: 0.12 },
    // Stepped colours keep the legend plain SVG (a continuous ramp needs a canvas).
    color:
      colorBy === 'stock'
        ? { type: 'quantize', n: defaults.stockClasses, scheme: 'blues', domain: [0, Math.max(defaults.stockClasses, ...cells.map((c) => c.physical))], legend: true, label: 'units on the shelf' }
        : { type: 'ordinal', domain: errorClasses.map((e) => e.label), range: errorClasses.map((e) => e.color), legend: true },
    marks,
  };
}
