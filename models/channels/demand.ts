// A channel's seeded demand: order arrivals from a piecewise-rate Poisson process (hourly rates over a
// week shaped by hour of day and day of week, or by 168 hour-of-week weights; time 0 is Monday 00:00), SKUs by catalogue popularity
// (Zipf by rank unless the scenario gives weights), 1 + NegativeBinomial lines and 1 + Poisson units
// per line. Each draw kind has its own stream, so changing one distribution never shifts the others.
import { DiscreteSampler, PiecewisePoissonProcess, weeklyRates } from '../../sim/distributions.js';
import type { RandomStream } from '../../sim/index.js';
import type { ChannelConfig } from '../config.js';
import type { AgentContext } from '../context.js';
import { regionWeights, ZoneTable } from '../economics/zones.js';
import type { OrderLine } from '../messages.js';

const defaults = {
  stepSeconds: 3_600,
  hourShape: Array.from({ length: 24 }, () => 1),
  dayShape: Array.from({ length: 7 }, () => 1),
};

// Fills the line scratch between orders so it holds on to no order's lines.
const emptyLine: OrderLine = Object.freeze({ sku: 0, qty: 0, unitPriceCents: 0 });

/** Per-second rates for 168 hour-of-week weights scaled to average ordersPerDay (weights of mean one). */
function hourOfWeekRates(ordersPerDay: number, weekShape: readonly number[]): number[] {
  if (weekShape.length !== 168) throw new RangeError(`weekShape must have 168 entries, got ${weekShape.length}`);
  let total = 0;
  weekShape.forEach((w, i) => {
    if (!(w >= 0 && w < Infinity)) throw new RangeError(`weekShape[${i}] must be >= 0 and finite, got ${w}`);
    total += w;
  });
  if (!(total > 0)) throw new RangeError('weekShape must not be all zero');
  return weekShape.map((w) => ((w * 168) / total) * (ordersPerDay / 86_400));
}

/** Draws one channel's order times and order contents. */
export class OrderStream {
  private readonly arrivals: PiecewisePoissonProcess;
  private readonly skus: DiscreteSampler | null;
  private readonly lineStream: RandomStream;
  private readonly unitStream: RandomStream;
  private readonly extraLinesP: number;
  private readonly prices: Int32Array;
  // Customer regions: drawn from their own stream (channel.<name>.regions), only when there is a choice.
  private readonly regions: DiscreteSampler | null;
  private readonly onlyRegion: number;
  // The SKUs and units drawn for the order being built (one entry per distinct SKU).
  private drawnSkus = new Int32Array(16);
  private drawnQtys = new Int32Array(16);
  private readonly lineScratch: OrderLine[] = [];

  constructor(
    ctx: AgentContext,
    private readonly config: ChannelConfig,
    zones: ZoneTable = ctx.zones ?? new ZoneTable(ctx.config),
  ) {
    const demand = config.demand;
    const where = `channel ${config.name}: demand`;
    if (!(demand.extraLinesMean >= 0 && demand.extraLinesMean < Infinity)) throw new RangeError(`${where}.extraLinesMean must be finite and >= 0, got ${demand.extraLinesMean}`);
    if (!(demand.extraLinesDispersion > 0 && demand.extraLinesDispersion < Infinity)) throw new RangeError(`${where}.extraLinesDispersion must be finite and > 0, got ${demand.extraLinesDispersion}`);
    if (!(demand.extraUnitsMean >= 0 && demand.extraUnitsMean < Infinity)) throw new RangeError(`${where}.extraUnitsMean must be finite and >= 0, got ${demand.extraUnitsMean}`);
    const prefix = `channel.${config.name}`;
    const ratesPerSecond = demand.weekShape
      ? hourOfWeekRates(demand.ordersPerDay, demand.weekShape)
      : weeklyRates({ ordersPerDay: demand.ordersPerDay, hourShape: demand.hourShape ?? defaults.hourShape, dayShape: demand.dayShape ?? defaults.dayShape });
    this.arrivals = new PiecewisePoissonProcess({ stepSeconds: defaults.stepSeconds, ratesPerSecond, stream: ctx.rng.stream(`${prefix}.arrivals`) });
    this.skus = ctx.catalog.size > 0 && demand.ordersPerDay > 0 ? new DiscreteSampler(Array.from(ctx.catalog.popularity), ctx.rng.stream(`${prefix}.skus`)) : null;
    this.lineStream = ctx.rng.stream(`${prefix}.lines`);
    this.unitStream = ctx.rng.stream(`${prefix}.units`);
    // NegativeBinomial(r, p) counts failures with mean r (1 - p) / p; solve for the configured mean.
    this.extraLinesP = demand.extraLinesDispersion / (demand.extraLinesDispersion + demand.extraLinesMean);
    this.prices = ctx.catalog.priceCents;
    const weights = regionWeights(config, `channel ${config.name}`, zones);
    const used = weights.filter((w) => w > 0).length;
    this.onlyRegion = weights.findIndex((w) => w > 0);
    this.regions = used > 1 ? new DiscreteSampler(weights, ctx.rng.stream(`${prefix}.regions`)) : null;
  }

  /** The region of the next accepted order's customer. */
  drawRegion(): number {
    return this.regions === null ? this.onlyRegion : this.regions.sample();
  }

  /** The region a scripted order without one is sent to (the mix's first region with a share). */
  get defaultRegion(): number {
    return this.onlyRegion;
  }

  /** Time of the next order after `now`; Infinity when the channel has no demand. */
  nextArrivalAt(now: number): number {
    return this.arrivals.next(now);
  }

  /** The lines of one order, one per SKU (a SKU drawn twice adds its units to the first line). */
  drawLines(): OrderLine[] {
    const skus = this.skus;
    if (skus === null) throw new Error(`channel ${this.config.name}: drawLines without demand`);
    const demand = this.config.demand;
    const lineCount = 1 + this.lineStream.negativeBinomial(demand.extraLinesDispersion, this.extraLinesP);
    if (lineCount > this.drawnSkus.length) this.growScratch(lineCount);
    const drawnSkus = this.drawnSkus;
    const drawnQtys = this.drawnQtys;
    let distinct = 0;
    for (let i = 0; i < lineCount; i++) {
      const sku = skus.sample();
      const qty = 1 + this.unitStream.poisson(demand.extraUnitsMean);
      let at = 0;
      while (at < distinct && drawnSkus[at] !== sku) at++;
      if (at < distinct) drawnQtys[at]! += qty;
      else {
        drawnSkus[distinct] = sku;
        drawnQtys[distinct++] = qty;
      }
    }
    // Copied out at its final size (an array grown by push reserves room for many more lines; one
    // made by new Array(n) has holes, a second elements kind for every loop over order lines).
    const scratch = this.lineScratch;
    for (let i = 0; i < distinct; i++) {
      const line = { sku: drawnSkus[i]!, qty: drawnQtys[i]!, unitPriceCents: this.unitPriceCents(drawnSkus[i]!) };
      if (i < scratch.length) scratch[i] = line;
      else scratch.push(line);
    }
    const lines = scratch.slice(0, distinct);
    for (let i = 0; i < distinct; i++) scratch[i] = emptyLine;
    return lines;
  }

  private growScratch(lineCount: number): void {
    this.drawnSkus = new Int32Array(lineCount * 2);
    this.drawnQtys = new Int32Array(lineCount * 2);
  }

  /** This channel's price of one unit: catalogue price x priceFactor, rounded to the cent. */
  unitPriceCents(sku: number): number {
    return Math.round(this.prices[sku]! * this.config.priceFactor);
  }
}
