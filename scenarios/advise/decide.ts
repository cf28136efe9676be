// The decision from the grid's runs: per cell, the paired difference (common random numbers) of the
// monthly cost of running with an OMS minus without, and the break-even: the simplest cell (fewest
// channels, then fewest locations) where the OMS is cheaper with 95% confidence. The cost compared is
// everything the operation pays or loses: totalCost (shipping, labour, holding, purchasing, oversell
// penalties and lost margins, stockout margins) + the OMS's fees + reconciliation wages.
import { pairedDifference } from '../../sim/index.js';
import type { GridCell } from './grid.js';

/** What one run contributes to the decision (per 30 days). */
export interface RunCosts {
  decisionCost: number;
  oversellCost: number;
  stockoutCost: number;
  reconciliationHours: number;
  reconciliationCost: number;
  omsCost: number;
  sellerHealthBreachDays: number;
}

/** One cell's comparison, monthly, in cents (hours for reconciliation). */
export interface CellVerdict extends GridCell {
  withOms: RunCosts;
  withoutOms: RunCosts;
  /** Mean of (with OMS - without) and its 95% half-width; negative means the OMS saves money. */
  difference: number;
  halfWidth: number;
  omsPaysOff: boolean;
}

const fields: (keyof RunCosts)[] = ['decisionCost', 'oversellCost', 'stockoutCost', 'reconciliationHours', 'reconciliationCost', 'omsCost', 'sellerHealthBreachDays'];

/** A run's costs from its metrics, scaled from `days` to a 30-day month. */
export function runCosts(metrics: Record<string, number>, days: number): RunCosts {
  const month = 30 / days;
  const m = (name: string) => metrics[name] ?? 0;
  return {
    decisionCost: (m('totalCost') + m('omsCost') + m('reconciliationCost')) * month,
    oversellCost: m('oversellCost') * month,
    stockoutCost: m('stockoutCost') * month,
    reconciliationHours: m('reconciliationHours') * month,
    reconciliationCost: m('reconciliationCost') * month,
    omsCost: m('omsCost') * month,
    sellerHealthBreachDays: m('sellerHealthBreachDays') * month,
  };
}

const meanOf = (runs: readonly RunCosts[]): RunCosts => Object.fromEntries(fields.map((f) => [f, runs.reduce((s, r) => s + r[f], 0) / runs.length])) as unknown as RunCosts;

/** The verdict of one cell from its paired replications (same seeds, same order). */
export function cellVerdict(cell: GridCell, withOms: readonly RunCosts[], withoutOms: readonly RunCosts[]): CellVerdict {
  const ci = pairedDifference(withOms.map((r) => r.decisionCost), withoutOms.map((r) => r.decisionCost));
  return { ...cell, withOms: meanOf(withOms), withoutOms: meanOf(withoutOms), difference: ci.mean, halfWidth: ci.halfWidth, omsPaysOff: ci.high < 0 };
}

/** The simplest cell where the OMS pays for itself (fewest channels, then locations), or null. */
export function breakEven(grid: readonly CellVerdict[]): GridCell | null {
  const sorted = [...grid].sort((a, b) => a.channels - b.channels || a.locations - b.locations);
  const found = sorted.find((c) => c.omsPaysOff);
  return found === undefined ? null : { channels: found.channels, locations: found.locations };
}
