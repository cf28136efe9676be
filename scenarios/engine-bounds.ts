// Bounds the engine relies on that no single field can express: per-SKU figures that must fit the
// models' Int32Arrays, bins that must exist and be unique, and the size of a run (its estimated
// event count), so that `validate` refuses what `run` would refuse or could not finish.
import { Catalog } from '../models/catalog.js';
import { SECONDS_PER_DAY, type ScenarioConfig } from '../models/config.js';
import { meanDailyDemand } from '../models/demand-rates.js';
import { parseBin } from '../models/wms/layout.js';
import type { InputProblem } from './errors.js';

export const engineLimits = {
  /** Largest value of an Int32Array cell (cents per unit, units per SKU). */
  int32Max: 2 ** 31 - 1,
  /** Bins per warehouse (aisles x baysPerAisle x levels). */
  binsMax: 1_000_000,
  /** Largest estimated event count of one run (the built-in `large` is estimated at 19 million, and takes 4 million). */
  eventsMax: 1_000_000_000,
} as const;

/** Problems with int32 sums, bins and the run's size (empty when the engine can run the scenario). */
export function engineBoundProblems(config: ScenarioConfig): InputProblem[] {
  const problems: InputProblem[] = [];
  const generated = config.catalog.generate;
  if (generated !== undefined) {
    if (generated.costCentsMin > generated.costCentsMax) problems.push({ path: 'catalog.generate.costCentsMax', value: generated.costCentsMax, message: `must be at least costCentsMin (${generated.costCentsMin})` });
    const priceMax = Math.round(generated.costCentsMax * (1 + generated.marginPct / 100));
    if (priceMax > engineLimits.int32Max) problems.push({ path: 'catalog.generate.marginPct', value: generated.marginPct, message: `the dearest generated price (${priceMax} cents) exceeds ${engineLimits.int32Max} cents` });
  }
  config.warehouses.forEach((w, i) => problems.push(...warehouseProblems(config, i)));
  if (problems.length === 0) problems.push(...openingUnitProblems(config));
  const size = runSizeProblem(config);
  if (size !== null) problems.push(size);
  return problems;
}

function warehouseProblems(config: ScenarioConfig, i: number): InputProblem[] {
  const w = config.warehouses[i]!;
  const at = `warehouses[${i}]`;
  const problems: InputProblem[] = [];
  const { aisles, baysPerAisle, levels } = w.layout;
  const bins = aisles * baysPerAisle * levels;
  if (bins > engineLimits.binsMax) problems.push({ path: `${at}.layout`, value: bins, message: `aisles x baysPerAisle x levels gives more than ${engineLimits.binsMax} bins` });
  const skus = new Map<string, number>();
  const binsTaken = new Map<string, number>();
  w.initialStock.items.forEach((item, j) => {
    const first = skus.get(item.sku);
    if (first !== undefined) problems.push({ path: `${at}.initialStock.items[${j}].sku`, value: item.sku, message: `SKU already listed at items[${first}]` });
    else skus.set(item.sku, j);
    if (item.bin === undefined || bins > engineLimits.binsMax) return;
    try {
      parseBin(item.bin, { ...w.layout, depot: { aisle: w.layout.depot.aisle } });
    } catch (error) {
      problems.push({ path: `${at}.initialStock.items[${j}].bin`, value: item.bin, message: (error as Error).message });
      return;
    }
    const taken = binsTaken.get(item.bin);
    if (taken !== undefined) problems.push({ path: `${at}.initialStock.items[${j}].bin`, value: item.bin, message: `bin already given to items[${taken}]` });
    else binsTaken.set(item.bin, j);
  });
  if (bins <= engineLimits.binsMax && binsTaken.size >= bins && skus.size < skuCount(config)) {
    problems.push({ path: `${at}.initialStock.items`, message: `fixed bins take all ${bins} bins of the layout, none is left for the other SKUs` });
  }
  return problems;
}

function skuCount(config: ScenarioConfig): number {
  return config.catalog.items?.length ?? config.catalog.generate?.count ?? 0;
}

/** Opening units per SKU, summed over the warehouses, must fit an Int32Array (the OMS and ERP keep the total). */
function openingUnitProblems(config: ScenarioConfig): InputProblem[] {
  let catalog: Catalog;
  try {
    catalog = new Catalog(config.catalog);
  } catch {
    return []; // duplicate codes and the like are reported by the cross-checks
  }
  const demand = meanDailyDemand(config, catalog);
  const share = config.warehouses.length;
  const total = new Float64Array(catalog.size);
  for (const w of config.warehouses) {
    const stock = w.initialStock;
    const days = stock.daysOfCover ?? 0;
    const listed = new Map(stock.items.map((item) => [item.sku, item]));
    for (let s = 0; s < catalog.size; s++) {
      const item = listed.get(catalog.codes[s]!);
      const byCover = days > 0 ? Math.ceil((days * demand[s]!) / share) : 0;
      const units = item === undefined ? Math.max(stock.unitsPerSku, byCover) : Math.max(item.units, item.recordUnits ?? 0);
      total[s]! += units;
    }
  }
  const worst = total.reduce((best, units, s) => (units > total[best]! ? s : best), 0);
  if (catalog.size === 0 || total[worst]! <= engineLimits.int32Max) return [];
  return [{ path: 'warehouses[*].initialStock', value: total[worst], message: `opening units of SKU ${JSON.stringify(catalog.codes[worst])} summed over the warehouses exceed ${engineLimits.int32Max}` }];
}

/** One knob's share of a run's events. */
interface EventSource {
  path: string;
  value: number;
  events: number;
}

/** Rough count of a run's events: orders and their lines, and every periodic activity over the horizon. */
export function estimateEvents(config: ScenarioConfig): EventSource[] {
  const days = config.horizonDays;
  const seconds = days * SECONDS_PER_DAY;
  const warehouses = config.warehouses.length;
  const skus = skuCount(config);
  const oms = config.ownership.oms;
  const sources: EventSource[] = [];
  config.channels.forEach((c, i) => {
    const perOrder = 10 * (1 + c.demand.extraLinesMean) * (1 + c.demand.extraUnitsMean);
    sources.push({ path: `channels[${i}].demand.ordersPerDay`, value: c.demand.ordersPerDay, events: c.demand.ordersPerDay * days * perOrder });
    sources.push({ path: `channels[${i}].syncIntervalSeconds`, value: c.syncIntervalSeconds, events: (seconds / c.syncIntervalSeconds) * (warehouses + 1) });
  });
  if (oms) sources.push({ path: 'oms.fullSyncIntervalSeconds', value: config.oms.fullSyncIntervalSeconds, events: (seconds / config.oms.fullSyncIntervalSeconds) * config.channels.length * (1 + skus / 1_000) });
  // Each sample walks every SKU of every warehouse (levels and invariants).
  sources.push({ path: 'sampleIntervalSeconds', value: config.sampleIntervalSeconds, events: (seconds / config.sampleIntervalSeconds) * (1 + (skus * warehouses) / 100) });
  const purchasing = config.erp.purchasing;
  if (purchasing.policy !== 'none') sources.push({ path: 'erp.purchasing.reviewIntervalSeconds', value: purchasing.reviewIntervalSeconds, events: (seconds / purchasing.reviewIntervalSeconds) * (1 + skus / 100) });
  const own = config.erp.ownCount;
  if (config.ownership.erpOwnCount) {
    sources.push({ path: 'erp.ownCount.importIntervalSeconds', value: own.importIntervalSeconds, events: (seconds / own.importIntervalSeconds) * warehouses });
    if (own.reconciliationIntervalDays > 0) sources.push({ path: 'erp.ownCount.reconciliationIntervalDays', value: own.reconciliationIntervalDays, events: (days / own.reconciliationIntervalDays) * (1 + skus / 100) });
  }
  config.warehouses.forEach((w, i) => {
    if (w.batching.mode === 'wave') sources.push({ path: `warehouses[${i}].batching.waveIntervalSeconds`, value: w.batching.waveIntervalSeconds, events: seconds / w.batching.waveIntervalSeconds });
    sources.push({ path: `warehouses[${i}].cycleCount.binsPerDay`, value: w.cycleCount.binsPerDay, events: w.cycleCount.binsPerDay * days * 2 });
  });
  sources.push({ path: 'faults.shrinkUnitsPerDayPerWarehouse', value: config.faults.shrinkUnitsPerDayPerWarehouse, events: config.faults.shrinkUnitsPerDayPerWarehouse * days * warehouses });
  sources.push({ path: 'scripted.orders', value: config.scripted.orders.length, events: config.scripted.orders.length * 10 });
  sources.push({ path: 'scripted.returns', value: config.scripted.returns.length, events: config.scripted.returns.length * 4 });
  return sources;
}

/** The run-size problem (naming the knob that contributes most), or null when the estimate is within the limit. */
export function runSizeProblem(config: ScenarioConfig): InputProblem | null {
  const sources = estimateEvents(config);
  const total = sources.reduce((sum, s) => sum + s.events, 0);
  if (total <= engineLimits.eventsMax) return null;
  const top = sources.reduce((a, b) => (b.events > a.events ? b : a));
  const millions = (n: number) => `${Math.round(n / 1e6).toLocaleString('en-US')} million`;
  return {
    path: top.path,
    value: top.value,
    message: `the run would take about ${millions(total)} events over ${config.horizonDays} days (${millions(top.events)} from this knob); the limit is ${millions(engineLimits.eventsMax)}: raise the interval, lower the rate or shorten horizonDays`,
  };
}
