// The pipeline: builds one run of a scenario (channels, OMS, warehouses, ERP over one bus and
// clock), runs it to the horizon, samples the level metrics at each close and checks the
// invariants. Pure: no files, threads or wall clock; the caller times it.
import { LATE, type TraceSink } from '../sim/index.js';
import type { Catalog } from './catalog.js';
import { Channel } from './channels/index.js';
import { SECONDS_PER_DAY, type ScenarioConfig } from './config.js';
import { createAgentContext, stopTracing, type AgentContext, type RunObserver } from './context.js';
import { economicsDefaults, economicsOf, holdingCents, labourCents } from './economics/index.js';
import { Erp } from './erp/index.js';
import { meanDailyDemand } from './demand-rates.js';
import { closeAdministration } from './administration.js';
import { checkInvariants } from './invariants.js';
import { applyLinks } from './links.js';
import { addresses } from './messages.js';
import { Oms } from './oms/index.js';
import type { PolicyRegistries } from './policies.js';
import { sampleLevels } from './sampling.js';
import { VisualsCollector, VisualsObserver } from './visuals-collector.js';
import type { RunVisuals } from './visuals.js';
import { Warehouse } from './wms/index.js';

export interface PipelineOptions {
  /** Receives every BatonTrace and bus record when given. */
  tracer?: TraceSink<any>;
  /** Collect RunVisuals (series, floors, pick paths) for charts (no trace needed). */
  visuals?: boolean;
  /** With a tracer: tracing continues while this returns true, checked at every sample (hourly with visuals), then stops for the rest of the run. */
  traceWhile?: () => boolean;
  /** Run-long hooks (the visuals use them). */
  observer?: RunObserver | null;
  /** Called with the simulated seconds done and the horizon at every sample (hourly with visuals), and once at the end. */
  onProgress?: (doneSeconds: number, horizonSeconds: number) => void;
  /** The policies the scenario may name (vendor files loaded by the caller); the built-ins by default. */
  policies?: PolicyRegistries;
}

/** The agents of one run, for sampling, invariants and inspection. */
export interface PipelineAgents {
  ctx: AgentContext;
  warehouses: Warehouse[];
  oms: Oms | null;
  channels: Channel[];
  erp: Erp;
}

export interface PipelineResult {
  metrics: Record<string, number>;
  invariants: { checked: number; violations: string[] };
  events: number;
  agents: PipelineAgents;
  visuals?: RunVisuals;
}

/** Builds every agent of a scenario without running it. */
export function buildPipeline(scenario: ScenarioConfig, options: PipelineOptions = {}): PipelineAgents {
  // A clean ERP opens from the WMS record: only an ERP keeping its own count can start out of step.
  const config = scenario.ownership.erpOwnCount ? scenario : { ...scenario, erp: { ...scenario.erp, initialCountOverrides: [] } };
  const tracer = options.tracer ?? null;
  const ctx = createAgentContext(config, { simTracer: tracer, trace: tracer === null ? null : (record) => tracer.emit(record), observer: options.observer ?? null, policies: options.policies });
  const warehouses = config.warehouses.map((w, i) => new Warehouse(ctx, w, i));
  const skuCount = ctx.catalog.size;
  const recordOf = (w: Warehouse) => Int32Array.from({ length: skuCount }, (_, s) => w.recordOnHand(s));
  const oms = config.ownership.oms ? new Oms(ctx, warehouses.map(recordOf)) : null;
  const channels = config.channels.map((c, i) => new Channel(ctx, c, i));
  const openingUnits = new Int32Array(skuCount);
  for (const w of warehouses) for (let s = 0; s < skuCount; s++) openingUnits[s]! += w.recordOnHand(s);
  const erp = new Erp(ctx, {
    openingUnits,
    wmsRecordTotal: (sku: number) => warehouses.reduce((sum, w) => sum + w.recordOnHand(sku), 0),
    meanDailyDemand: meanDailyDemand(config, ctx.catalog),
  });
  const agentAddresses = [addresses.oms, addresses.erp, ...config.channels.map((c) => addresses.channel(c.name)), ...config.warehouses.map((w) => addresses.wms(w.name))];
  applyLinks(ctx.bus, config.links, agentAddresses);
  for (const channel of channels) channel.setInitialView(initialView(channel, oms, warehouses, ctx.catalog));
  return { ctx, warehouses, oms, channels, erp };
}

/** Runs a scenario to its horizon and returns its metrics and invariant report. */
export function runPipeline(scenario: ScenarioConfig, options: PipelineOptions = {}): PipelineResult {
  const observer = options.visuals ? new VisualsObserver() : null;
  const agents = buildPipeline(scenario, { ...options, observer });
  const collector = observer ? new VisualsCollector(agents, observer) : null;
  const { ctx, warehouses, oms, channels, erp } = agents;
  const { sim, metrics, config } = ctx;
  const horizonSeconds = config.horizonDays * SECONDS_PER_DAY;
  const violations: string[] = [];
  let checked = 0;
  const check = () => {
    checked++;
    for (const v of checkInvariants(agents)) if (violations.length < 50) violations.push(`t=${sim.now}s: ${v}`);
  };
  for (const w of warehouses) w.start();
  oms?.start();
  for (const c of channels) c.start();
  erp.start();
  // Holding cost accrues at each close on the inventory value then, for the time since the last close.
  const holdingRate = economicsOf(config).holdingRatePerYear;
  let heldUntil = 0;
  const accrueHolding = () => {
    metrics.holdingCents += holdingCents(erp.inventoryValue(), holdingRate, sim.now - heldUntil);
    heldUntil = sim.now;
  };
  const { traceWhile, onProgress } = options;
  let reportedAt = -1;
  // At every sample: stop the trace once it is no longer wanted, and say how far the run is.
  const atSample = () => {
    if (traceWhile !== undefined && ctx.tracing && !traceWhile()) stopTracing(ctx);
    if (onProgress !== undefined && sim.now > reportedAt) {
      reportedAt = sim.now;
      onProgress(sim.now, horizonSeconds);
    }
  };
  const close = () => {
    atSample();
    accrueHolding();
    sampleLevels(agents);
    check();
    const next = sim.now + config.sampleIntervalSeconds;
    if (next < horizonSeconds) sim.scheduleAt(next, close, LATE);
  };
  if (config.sampleIntervalSeconds < horizonSeconds) sim.scheduleAt(config.sampleIntervalSeconds, close, LATE);
  if (collector !== null) {
    const step = collector.stepSeconds;
    const sampleVisuals = () => {
      atSample();
      collector.sample();
      if (sim.now + step < horizonSeconds) sim.scheduleAt(sim.now + step, sampleVisuals, LATE);
    };
    sim.scheduleAt(0, sampleVisuals, LATE);
  }
  sim.run({ until: horizonSeconds });
  onProgress?.(horizonSeconds, horizonSeconds);
  collector?.sample();
  accrueHolding();
  sampleLevels(agents);
  check();
  metrics.inventoryValueCents = erp.inventoryValue();
  closeWarehouseMetrics(agents);
  bookLabourAndPurchasing(agents);
  closeSellerHealth(agents);
  closeAdministration(metrics, config, channels.reduce((sum, c) => sum + c.correctedSkus, 0));
  const traffic = ctx.bus.totals();
  metrics.messagesSent = traffic.sent;
  metrics.messagesLost = traffic.lost;
  const result: PipelineResult = { metrics: metrics.snapshot(), invariants: { checked, violations }, events: sim.eventsProcessed, agents };
  if (collector !== null) result.visuals = collector.finish();
  return result;
}

// Totals only the warehouses know at the end: labour elapsed up to the horizon (shifts and tasks
// still in progress count their elapsed part), and the unit identity's opening and closing stock.
function closeWarehouseMetrics({ ctx, warehouses }: PipelineAgents): void {
  const metrics = ctx.metrics;
  for (const w of warehouses) {
    const labor = w.labor();
    metrics.laborSecondsBusy += labor.busySeconds;
    metrics.laborSecondsAvailable += labor.availableSeconds;
    const units = w.conservation();
    metrics.openingUnits += units.initial;
    metrics.closingUnits += units.physicalOnHand;
    metrics.openingRecordUnits += units.recordInitial;
    metrics.recordReceivedUnits += units.recordReceived;
    metrics.recordShippedUnits += units.recordShipped;
    metrics.recordAdjustedUnits += units.recordAdjusted;
    metrics.closingRecordUnits += units.recordOnHand;
  }
}

// Wages of every paid picker hour (per warehouse) and the fixed cost of each purchase order.
function bookLabourAndPurchasing({ ctx, warehouses }: PipelineAgents): void {
  const { metrics, config } = ctx;
  for (let w = 0; w < warehouses.length; w++) {
    const wage = config.warehouses[w]!.wageCentsPerHour ?? economicsDefaults.warehouse.wageCentsPerHour;
    metrics.labourCents += labourCents(warehouses[w]!.labor().availableSeconds, wage);
  }
  metrics.purchasingCents = metrics.purchaseOrders * economicsOf(config).purchaseOrderCostCents;
}

// Each channel's seller health over the run; the result keeps the worst channel's rates.
function closeSellerHealth({ ctx, channels }: PipelineAgents): void {
  const metrics = ctx.metrics;
  for (const channel of channels) {
    const health = metrics.sellerHealth.assess(channel.index, ctx.config.horizonDays, channel.config.sellerHealth);
    metrics.sellerCancellationRate = Math.max(metrics.sellerCancellationRate, health.cancellationRate);
    metrics.sellerLateShipmentRate = Math.max(metrics.sellerLateShipmentRate, health.lateShipmentRate);
    metrics.sellerDefectRate = Math.max(metrics.sellerDefectRate, health.defectRate);
    metrics.sellerHealthBreachDays += health.daysAboveThreshold;
    if (health.firstBreachDay > 0 && (metrics.sellerHealthFirstBreachDay === 0 || health.firstBreachDay < metrics.sellerHealthFirstBreachDay)) {
      metrics.sellerHealthFirstBreachDay = health.firstBreachDay;
    }
  }
}

function initialView(channel: Channel, oms: Oms | null, warehouses: Warehouse[], catalog: Catalog): Int32Array {
  const view = computedView(channel, oms, warehouses, catalog.size);
  for (const { sku, units } of channel.config.initialView ?? []) {
    if (!catalog.has(sku)) throw new RangeError(`channel ${channel.config.name}: initialView: unknown SKU "${sku}"`);
    view[catalog.index(sku)] = units;
  }
  return view;
}

function computedView({ config: channel, index }: Channel, oms: Oms | null, warehouses: Warehouse[], skuCount: number): Int32Array {
  const view = new Int32Array(skuCount);
  if (oms !== null) {
    for (let s = 0; s < skuCount; s++) view[s] = oms.channelAts(index, s);
    return view;
  }
  const home = warehouses.find((w) => w.name === channel.noOmsWarehouse) ?? warehouses[0]!;
  const share = channel.noOmsAllocation === 'split' ? channel.splitShare : 1;
  for (let s = 0; s < skuCount; s++) view[s] = Math.floor(home.recordOnHand(s) * share);
  return view;
}
