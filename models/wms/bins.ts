// The bin grid of one warehouse: its routing layout, and slot numbers that name every
// (aisle, bay, level) bin in physical order, so adjacent numbers are adjacent on the shelf.
import type { LayoutConfig } from '../config.js';
import { formatBin, validateLayout, type PickLocation, type RoutingLayout } from './layout.js';

const defaults = {
  /** More bins than this is taken for a typo: a real pick area holds tens of thousands. */
  binsMax: 1_000_000,
};

/** A validated routing layout that always states its number of levels. */
export type BinGrid = RoutingLayout & { levels: number };

/** The warehouse's layout as a routing layout; throws a RangeError naming the warehouse and every problem. */
export function binGridOf(layout: LayoutConfig, warehouse: string): BinGrid {
  const grid: BinGrid = {
    aisles: layout.aisles,
    baysPerAisle: layout.baysPerAisle,
    aisleLength: layout.aisleLength,
    aisleSpacing: layout.aisleSpacing,
    depot: { aisle: layout.depot?.aisle },
    levels: layout.levels,
    // Only a multi-block layout names its cross aisles, so single-block grids stay as they were.
    ...(layout.crossAisles !== undefined && layout.crossAisles !== 2 ? { crossAisles: layout.crossAisles } : {}),
  };
  const problems = validateLayout(grid);
  if (layout.levels === undefined) problems.push({ path: 'levels', value: undefined, message: 'levels must be an integer >= 1, got undefined' });
  if (problems.length > 0) {
    throw new RangeError(`warehouse "${warehouse}": invalid layout: ${problems.map((p) => `layout.${p.path}: ${p.message}`).join('; ')}`);
  }
  const bins = binCount(grid);
  if (bins > defaults.binsMax) {
    throw new RangeError(`warehouse "${warehouse}": layout has ${bins} bins (aisles x baysPerAisle x levels), more than ${defaults.binsMax}`);
  }
  return grid;
}

/** Number of bins in the grid. */
export function binCount(grid: BinGrid): number {
  return grid.aisles * grid.baysPerAisle * grid.levels;
}

/** Slot number of a bin: aisle-major, then bay, then level (aisle 0-based, bay and level 1-based). */
export function slotOf(grid: BinGrid, aisle: number, bay: number, level: number): number {
  return (aisle * grid.baysPerAisle + (bay - 1)) * grid.levels + (level - 1);
}

/** The pick location of a slot number. */
export function locationOfSlot(grid: BinGrid, slot: number): PickLocation {
  const level = (slot % grid.levels) + 1;
  const face = Math.floor(slot / grid.levels);
  const bay = (face % grid.baysPerAisle) + 1;
  const aisle = Math.floor(face / grid.baysPerAisle);
  return {
    address: formatBin(aisle, bay, level),
    aisle,
    bay,
    level,
    x: aisle * grid.aisleSpacing,
    y: ((bay - 0.5) * grid.aisleLength) / grid.baysPerAisle,
  };
}

/** One-way walking distance from the depot to a pick face: along the front cross aisle, then up the aisle. */
export function depotDistance(grid: BinGrid, aisle: number, bay: number): number {
  return Math.abs(aisle - grid.depot.aisle) * grid.aisleSpacing + ((bay - 0.5) * grid.aisleLength) / grid.baysPerAisle;
}
