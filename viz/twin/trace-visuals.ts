// RunVisuals rebuilt from the trace, for runs whose pipeline does not hand them over: the five
// numbers of the most popular SKUs at fixed steps, the cycle-time histogram, an estimate of worker
// utilisation from the pick rounds, and each floor with its recent rounds and sample routes.
import type { ScenarioConfig, WarehouseConfig } from '../../models/config.js';
import type { BatonTrace } from '../../models/trace.js';
import type { FloorMap, RunVisuals, SkuSeries } from '../../models/visuals.js';
import { parseBin, type PickLocation, type RoutingLayout } from '../../models/wms/layout.js';
import { getPolicy, policyNames } from '../../models/wms/routing/index.js';
import type { TwinStart } from './start.js';
import type { StockTracker } from './stock-tracker.js';

const defaults = { skus: 5, stepSeconds: 3_600, roundsPerFloor: 40, samplePicks: 12, histogramBinSeconds: 3_600, histogramBins: 72 };

interface Round {
  time: number;
  sequence: string[];
}

/** Collects visuals while records stream by: call `before` ahead of applying a record to the tracker, `after` once applied. */
export class TraceVisuals {
  private readonly times: number[] = [];
  private readonly series: SkuSeries[];
  private readonly skus: number[];
  private nextSample = 0;
  private readonly acceptedAt = new Map<number, number>();
  private readonly histogram = new Array<number>(defaults.histogramBins).fill(0);
  private readonly rounds: Round[][];
  private readonly busySeconds: number[];
  private readonly utilization: number[][];

  constructor(
    private readonly config: ScenarioConfig,
    private readonly start: TwinStart,
    private readonly tracker: StockTracker,
  ) {
    this.skus = start.byPopularity.slice(0, defaults.skus);
    this.series = this.skus.map((s) => ({
      sku: start.skuCodes[s]!,
      physical: [],
      wmsRecord: [],
      omsAts: start.ats === null ? null : [],
      channelViews: Object.fromEntries(start.channels.map((c) => [c.name, [] as number[]])),
      erp: [],
    }));
    this.rounds = start.warehouses.map(() => []);
    this.busySeconds = start.warehouses.map(() => 0);
    this.utilization = start.warehouses.map(() => []);
  }

  /** Takes every sample due strictly before `time`. */
  before(time: number): void {
    while (this.nextSample < time) this.sample();
  }

  /** Notes cycle times, pick rounds and labour from one record. */
  after(record: BatonTrace): void {
    if (record.kind === 'channel.order.accepted') this.acceptedAt.set(record.orderId, record.time);
    else if (record.kind === 'wms.order.shipped') {
      const accepted = this.acceptedAt.get(record.orderId);
      if (accepted === undefined) return;
      this.acceptedAt.delete(record.orderId);
      this.histogram[Math.min(defaults.histogramBins - 1, Math.floor((record.time - accepted) / defaults.histogramBinSeconds))]!++;
    } else if (record.kind === 'wms.pick.completed') {
      const w = this.start.warehouses.findIndex((x) => x.name === record.warehouse);
      if (w < 0) return;
      const list = this.rounds[w]!;
      list.push({ time: record.time, sequence: record.sequence });
      if (list.length > defaults.roundsPerFloor) list.shift();
      this.busySeconds[w]! += roundSeconds(this.config.warehouses[w]!, record);
    }
  }

  /** The visuals up to the horizon. */
  finish(horizonSeconds: number): RunVisuals {
    while (this.nextSample <= horizonSeconds) this.sample();
    return {
      scenario: this.config.name,
      seed: this.config.seed,
      times: this.times,
      skuSeries: this.series,
      cycleTimeHistogram: { binSeconds: defaults.histogramBinSeconds, counts: [...this.histogram] },
      workerUtilization: this.start.warehouses.map((w, i) => ({ warehouse: w.name, utilization: this.utilization[i]! })),
      floors: this.config.warehouses.map((w, i) => this.floor(w, i)),
    };
  }

  private sample(): void {
    const time = this.nextSample;
    this.times.push(time);
    this.skus.forEach((s, i) => {
      const numbers = this.tracker.numbersAt(s);
      const row = this.series[i]!;
      row.physical.push(numbers.physical);
      row.wmsRecord.push(numbers.wms);
      row.omsAts?.push(numbers.oms ?? 0);
      for (const [channel, view] of Object.entries(numbers.channels)) row.channelViews[channel]!.push(view);
      row.erp.push(numbers.erp);
    });
    // Utilisation of the step that ends here: busy time of rounds finished in it over shift time in it.
    this.config.warehouses.forEach((w, i) => {
      const available = w.workers.count * shiftSecondsBetween(time - defaults.stepSeconds, time, w.workers.shiftStartHour, w.workers.shiftEndHour);
      this.utilization[i]!.push(time > 0 && available > 0 ? Math.min(1, this.busySeconds[i]! / available) : 0);
      this.busySeconds[i] = 0;
    });
    this.nextSample += defaults.stepSeconds;
  }

  private floor(config: WarehouseConfig, w: number): FloorMap {
    const layout: RoutingLayout = { ...config.layout };
    const start = this.start.warehouses[w]!;
    const bins: FloorMap['bins'] = start.bins.map((address, s) => {
      const location = parseBin(address, layout);
      return { address: location.address, sku: this.start.skuCodes[s]!, x: location.x, y: location.y, ...this.tracker.binNumbers(w, s) };
    });
    const picks: PickLocation[] = [];
    const step = Math.max(1, Math.floor(bins.length / defaults.samplePicks));
    for (let i = 0; i < bins.length && picks.length < defaults.samplePicks; i += step) picks.push(parseBin(bins[i]!.address, layout));
    const sampleRoutes = policyNames().map((name) => {
      const route = getPolicy(name).route(layout, picks);
      return { policy: name, length: route.length, path: route.path, sequence: route.sequence };
    });
    const policy = getPolicy(config.routingPolicy);
    const recentRounds = this.rounds[w]!.map((round) => {
      const route = policy.route(layout, round.sequence.map((address) => parseBin(address, layout)));
      return { time: round.time, policy: policy.name, length: route.length, path: route.path };
    });
    return {
      warehouse: config.name,
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

/** Worker time of one finished round: walking, picking each bin, packing each order. */
function roundSeconds(config: WarehouseConfig, record: Extract<BatonTrace, { kind: 'wms.pick.completed' }>): number {
  const { walkingSpeedMetersPerSecond, pickSecondsPerLine, packSecondsPerOrder } = config.workers;
  return record.travelMeters / walkingSpeedMetersPerSecond + record.bins.length * pickSecondsPerLine + record.orderIds.length * packSecondsPerOrder;
}

/** Seconds of [from, to) inside the daily shift [startHour, endHour); a shift may wrap past midnight; equal hours or 0-24 mean all day. */
export function shiftSecondsBetween(from: number, to: number, startHour: number, endHour: number): number {
  if (to <= from) return 0;
  if (startHour === endHour || (startHour === 0 && endHour === 24)) return to - from;
  const windows: [number, number][] = startHour < endHour ? [[startHour, endHour]] : [[0, endHour], [startHour, 24]];
  let total = 0;
  for (let day = Math.floor(from / 86_400); day * 86_400 < to; day++) {
    for (const [a, b] of windows) {
      const lo = Math.max(from, day * 86_400 + a * 3_600);
      const hi = Math.min(to, day * 86_400 + b * 3_600);
      if (hi > lo) total += hi - lo;
    }
  }
  return total;
}
