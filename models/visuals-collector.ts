// Collects RunVisuals during a run: the five numbers of the most popular SKUs at fixed steps,
// worker utilisation per step, the cycle-time histogram, and each floor with pick paths.
import type { WarehouseConfig } from './config.js';
import type { RunObserver } from './context.js';
import type { PipelineAgents } from './pipeline.js';
import type { FloorMap, RunVisuals, SkuSeries } from './visuals.js';
import { parseBin, type PickLocation, type RoutingLayout } from './wms/layout.js';

const defaults = { skus: 5, stepSeconds: 3_600, roundsPerFloor: 40, binsPerFloor: 3_000, samplePicks: 12, histogramBinSeconds: 3_600, histogramBins: 72 };

/** Keeps the last pick rounds per warehouse and a histogram of every cycle time, bounded; needs no trace. */
export class VisualsObserver implements RunObserver {
  readonly rounds = new Map<string, { time: number; bins: string[] }[]>();
  readonly histogram = new Array<number>(defaults.histogramBins).fill(0);

  pickCompleted(warehouse: string, time: number, bins: string[]): void {
    const list = this.rounds.get(warehouse) ?? [];
    list.push({ time, bins });
    if (list.length > defaults.roundsPerFloor) list.shift();
    this.rounds.set(warehouse, list);
  }

  /** The same cycle time the metrics book (models/order-completion.ts). */
  orderCompleted(cycleSeconds: number): void {
    const bin = Math.min(defaults.histogramBins - 1, Math.floor(cycleSeconds / defaults.histogramBinSeconds));
    this.histogram[bin]!++;
  }
}

/** Samples series during the run and assembles RunVisuals at the end. */
export class VisualsCollector {
  private readonly times: number[] = [];
  private readonly series: SkuSeries[];
  private readonly skus: number[];
  private readonly utilization: { warehouse: string; utilization: number[]; lastBusy: number; lastAvailable: number }[];

  constructor(private readonly agents: PipelineAgents, readonly tap: VisualsObserver) {
    const { catalog } = agents.ctx;
    this.skus = [...catalog.popularity.keys()].sort((a, b) => catalog.popularity[b]! - catalog.popularity[a]! || a - b).slice(0, defaults.skus);
    this.series = this.skus.map((s) => ({
      sku: catalog.codes[s]!,
      physical: [],
      wmsRecord: [],
      omsAts: agents.oms ? [] : null,
      channelViews: Object.fromEntries(agents.channels.map((c) => [c.config.name, [] as number[]])),
      erp: [],
    }));
    this.utilization = agents.warehouses.map((w) => ({ warehouse: w.name, utilization: [], lastBusy: 0, lastAvailable: 0 }));
  }

  /** Seconds between samples. */
  get stepSeconds(): number {
    return defaults.stepSeconds;
  }

  /** Records one sample of every series at the current time. */
  sample(): void {
    const { ctx, warehouses, oms, channels, erp } = this.agents;
    this.times.push(ctx.sim.now);
    this.skus.forEach((s, i) => {
      const row = this.series[i]!;
      row.physical.push(warehouses.reduce((sum, w) => sum + w.physicalOnHand(s), 0));
      row.wmsRecord.push(warehouses.reduce((sum, w) => sum + w.recordOnHand(s), 0));
      row.omsAts?.push(oms!.ats(s));
      for (const c of channels) row.channelViews[c.config.name]!.push(c.view(s));
      row.erp.push(erp.quantity(s));
    });
    // utilization[i] is the share of the labour elapsed in [times[i], times[i + 1]) spent busy, so it
    // is written at the sample that closes the step (the first sample closes none).
    const first = this.times.length === 1;
    warehouses.forEach((w, i) => {
      const u = this.utilization[i]!;
      const { busySeconds, availableSeconds } = w.labor();
      const available = availableSeconds - u.lastAvailable;
      if (!first) u.utilization.push(available > 0 ? (busySeconds - u.lastBusy) / available : 0);
      u.lastBusy = busySeconds;
      u.lastAvailable = availableSeconds;
    });
  }

  /** The collected visuals. */
  finish(): RunVisuals {
    const { ctx, warehouses } = this.agents;
    return {
      scenario: ctx.config.name,
      seed: ctx.config.seed,
      times: this.times,
      skuSeries: this.series,
      cycleTimeHistogram: { binSeconds: defaults.histogramBinSeconds, counts: [...this.tap.histogram] },
      // The last step's value is repeated at the last time, so a step-after line draws that step too.
      workerUtilization: this.utilization.map(({ warehouse, utilization }) => ({ warehouse, utilization: utilization.length > 0 ? [...utilization, utilization.at(-1)!] : [] })),
      floors: warehouses.map((w, i) => this.floor(ctx.config.warehouses[i]!, w)),
      sellerHealth: this.agents.channels.map((c) => {
        const rules = c.config.sellerHealth;
        const { daily } = ctx.metrics.sellerHealth.assess(c.index, ctx.config.horizonDays, rules);
        return { channel: c.config.name, windowDays: rules.windowDays, thresholds: { cancellationRate: rules.cancellationRateMax, lateShipmentRate: rules.lateShipmentRateMax, defectRate: rules.defectRateMax }, daily };
      }),
    };
  }

  private floor(config: WarehouseConfig, w: PipelineAgents['warehouses'][number]): FloorMap {
    const { catalog } = this.agents.ctx;
    const policies = this.agents.ctx.policies.pick;
    const layout: RoutingLayout = { ...config.layout };
    const bins: FloorMap['bins'] = [];
    const picks: PickLocation[] = [];
    for (let s = 0; s < catalog.size && bins.length < defaults.binsPerFloor; s++) {
      const location = parseBin(w.binOf(s), layout);
      bins.push({ address: location.address, sku: catalog.codes[s]!, x: location.x, y: location.y, record: w.recordOnHand(s), physical: w.physicalOnHand(s) });
    }
    // A spread-out sample pick list: every k-th bin, so the policies' differences show.
    const step = Math.max(1, Math.floor(bins.length / defaults.samplePicks));
    for (let i = 0; i < bins.length && picks.length < defaults.samplePicks; i += step) picks.push(parseBin(bins[i]!.address, layout));
    // Policies that do not apply to this layout (single-block heuristics on a multi-block floor) are left out.
    const sampleRoutes = policies.names().flatMap((name) => {
      let route;
      try {
        route = policies.get(name).route(layout, picks);
      } catch {
        return [];
      }
      return [{ policy: name, length: route.length, path: route.path, sequence: route.sequence }];
    });
    const policy = policies.get(config.routingPolicy);
    const recentRounds = (this.tap.rounds.get(w.name) ?? []).map((round) => {
      const route = policy.route(layout, round.bins.map((address) => parseBin(address, layout)));
      return { time: round.time, policy: policy.name, length: route.length, path: route.path };
    });
    return {
      warehouse: w.name,
      aisles: layout.aisles,
      aisleLength: layout.aisleLength,
      aisleSpacing: layout.aisleSpacing,
      depot: { x: layout.depot.aisle * layout.aisleSpacing, y: 0 },
      bins,
      sampleRoutes,
      recentRounds,
    };
  }
}
