// `baton advise`: runs the "do I need an OMS?" grid for one operation on the worker pool (common
// random numbers: replication r of every cell uses the same seed) and returns the verdicts.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioConfig } from '../../models/config.js';
import { loadScenarioDocument } from '../experiment/load.js';
import { runTasks, type Progress } from '../experiment/runner.js';
import { buildTasks, type RunTask } from '../experiment/tasks.js';
import { validateScenario } from '../validate.js';
import { breakEven, cellVerdict, runCosts, type CellVerdict } from './decide.js';
import { cellDocument, gridDefaults, type GridCell } from './grid.js';

export { breakEven, cellVerdict, runCosts, type CellVerdict, type RunCosts } from './decide.js';
export { cellDocument, gridDefaults, type GridCell } from './grid.js';

export interface AdviceOptions {
  days: number;
  replications: number;
  workers?: number;
  runTask?: RunTask;
  onProgress?: (progress: Progress) => void;
}

/** The advice: the grid's verdicts, the break-even and the operation's own cell. */
export interface Advice {
  scenario: string;
  days: number;
  replications: number;
  /** Orders a day over all channels (the volume every cell keeps). */
  ordersPerDay: number;
  own: GridCell;
  breakEven: GridCell | null;
  grid: CellVerdict[];
}

/** A scenario name, file, or a twin folder (a folder holding the imported scenario.json). */
export function adviceSource(ref: string): { document: Record<string, any>; label: string } {
  let target = ref;
  if (existsSync(ref) && statSync(ref).isDirectory()) target = join(ref, 'scenario.json');
  const { document, label } = loadScenarioDocument(target, null);
  return { document: document as Record<string, any>, label };
}

/** Runs every cell with and without an OMS and compares them. */
export async function runAdvice(base: Record<string, any>, label: string, options: AdviceOptions): Promise<Advice> {
  const baseConfig = validateScenario(base, label);
  const cells: GridCell[] = gridDefaults.channels.flatMap((channels) => gridDefaults.locations.map((locations) => ({ channels, locations })));
  const configs: ScenarioConfig[] = cells.flatMap((cell) => [true, false].map((oms) => validateScenario({ ...cellDocument(base, cell, oms), horizonDays: options.days }, `${label} (${cell.channels} channels, ${cell.locations} locations, ${oms ? 'OMS' : 'no OMS'})`)));
  const tasks = buildTasks(configs, { replications: options.replications, rootSeed: baseConfig.seed, policyFiles: [] });
  const results = await runTasks(tasks, { workers: options.workers, runTask: options.runTask, onProgress: options.onProgress });
  const costsOf = (point: number) => tasks.flatMap((t, i) => (t.point === point ? [runCosts(results[i]!.metrics, options.days)] : []));
  const grid = cells.map((cell, c) => cellVerdict(cell, costsOf(2 * c), costsOf(2 * c + 1)));
  return {
    scenario: baseConfig.name,
    days: options.days,
    replications: options.replications,
    ordersPerDay: baseConfig.channels.reduce((sum, ch) => sum + ch.demand.ordersPerDay, 0),
    own: { channels: Math.min(5, baseConfig.channels.length), locations: Math.min(3, baseConfig.warehouses.length) },
    breakEven: breakEven(grid),
    grid,
  };
}
