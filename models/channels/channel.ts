// A sales channel (Amazon, Shopify, eBay, wholesale...): seeded demand, its own view of stock, and
// the accept-or-reject decision that makes oversell possible. An order is accepted when the view
// covers every line (then the view drops and the order goes to the OMS, or in no-oms straight to a
// warehouse) and rejected otherwise (a lost sale: metrics.ordersRejected, unitsRejected).
// The view is refreshed only by messages: 'oms.ats.published' (or 'wms.stock.published' in no-oms),
// which arrive on the sync schedule of the sender, after the link's latency, and not during its outages.
import type { ChannelConfig, ScriptedOrder, ScriptedReturn } from '../config.js';
import type { AgentContext } from '../context.js';
import { addresses, type AfterSale, type BatonMessage, type MessagePayloads, type Order, type OrderLine } from '../messages.js';
import { lostMarginCents } from '../economics/costs.js';
import { ZoneTable } from '../economics/zones.js';
import { OrderStream } from './demand.js';
import { ChannelView } from './view.js';
import type { RandomStream } from '../../sim/index.js';

/** The channel agent at address 'channel:<name>'. */
export class Channel {
  readonly address: string;
  /** Where accepted orders go: 'oms', or 'wms:<warehouse>' in no-oms. */
  readonly orderTarget: string;
  private readonly stock: ChannelView;
  private readonly stream: OrderStream;
  private readonly splitShare: number;
  private readonly zones: ZoneTable;
  // Draws which generated orders their customers cancel or return (null when none do).
  private readonly afterSaleRandom: RandomStream | null;
  private seq = 0;

  constructor(
    private readonly ctx: AgentContext,
    readonly config: ChannelConfig,
    readonly index: number,
  ) {
    checkConfig(config);
    if (ctx.config.channels[index]?.name !== config.name) {
      throw new RangeError(`channel ${config.name}: index ${index} must be its position in config.channels (${ctx.config.channels.map((c) => c.name).join(', ')})`);
    }
    this.address = addresses.channel(config.name);
    this.orderTarget = ctx.config.ownership.oms ? addresses.oms : addresses.wms(noOmsWarehouse(ctx, config));
    this.splitShare = config.noOmsAllocation === 'split' ? config.splitShare : 1;
    this.stock = new ChannelView(ctx.catalog.size);
    this.zones = ctx.zones ?? new ZoneTable(ctx.config);
    this.stream = new OrderStream(ctx, config, this.zones);
    const rates = config.afterSale;
    this.afterSaleRandom = rates !== undefined && (rates.cancelShare > 0 || rates.returnShare > 0) ? ctx.rng.stream(`channel.${config.name}.after-sale`) : null;
    ctx.bus.register(this.address, (message) => this.receive(message));
  }

  /** SKUs whose listing a warehouse stock update corrected (no-oms). */
  get correctedSkus(): number {
    return this.stock.correctedSkus;
  }

  /** Units of `sku` this channel believes it may sell now. */
  view(sku: number): number {
    return this.stock.get(sku);
  }

  /** Units of `sku` sold and not yet included in a figure the channel received. */
  pendingUnits(sku: number): number {
    return this.stock.pending(sku);
  }

  /** Orders this channel has accepted so far (its channelSeq). */
  get ordersAccepted(): number {
    return this.seq;
  }

  /** Sets the starting view of every SKU; called by the pipeline before start(). */
  setInitialView(units: Int32Array): void {
    this.stock.setAll(units);
  }

  /** Schedules the seeded demand and this channel's scripted orders. */
  start(): void {
    const sim = this.ctx.sim;
    const arrive = (): void => {
      if (this.afterSaleRandom === null) this.offer(this.stream.drawLines());
      else this.offerWithAfterSale(this.stream.drawLines());
      this.scheduleNextArrival(arrive);
    };
    this.scheduleNextArrival(arrive);
    for (const scripted of this.ctx.config.scripted.orders) {
      if (scripted.channel !== this.config.name) continue;
      const lines = this.resolveScripted(scripted);
      const region = scripted.region === undefined ? this.stream.defaultRegion : this.zones.regionIndex(scripted.region, `scripted order at ${scripted.atSeconds} s on ${scripted.channel}: region`);
      const afterSale = afterSaleOf(scripted);
      sim.scheduleAt(scripted.atSeconds, () => {
        const order = this.offer(lines, region, afterSale);
        if (order !== null && afterSale !== null && afterSale.cancelAt >= 0) sim.scheduleAt(afterSale.cancelAt, () => this.cancel(order));
      });
    }
    for (const scripted of this.ctx.config.scripted.returns) {
      if (scripted.channel !== this.config.name) continue;
      const lines = this.resolveScripted(scripted);
      const to = addresses.wms(scripted.warehouse ?? this.ctx.config.warehouses[0]!.name);
      sim.scheduleAt(scripted.atSeconds, () => this.sendReturn(lines, to));
    }
  }

  // A generated order whose customer may cancel it or send it back, by the channel's after-sale shares.
  private offerWithAfterSale(lines: OrderLine[]): void {
    const rates = this.config.afterSale!;
    const random = this.afterSaleRandom!;
    const now = this.ctx.sim.now;
    const cancelAt = random.bernoulli(rates.cancelShare) ? now + (rates.cancelAfterSecondsMean > 0 ? random.exponential(1 / rates.cancelAfterSecondsMean) : 0) : -1;
    const returnAfterSeconds = random.bernoulli(rates.returnShare) ? rates.returnAfterSeconds : -1;
    const afterSale = cancelAt < 0 && returnAfterSeconds < 0 ? null : { cancelAt, returnAfterSeconds };
    const order = this.offer(lines, undefined, afterSale);
    if (order !== null && cancelAt >= 0) this.ctx.sim.scheduleAt(cancelAt, () => this.cancel(order));
  }

  /** The customer cancels `order` now: the request goes where the order went (the OMS, or the warehouse in no-oms). */
  cancel(order: Order): void {
    const ctx = this.ctx;
    ctx.metrics.cancelRequests++;
    if (ctx.tracing) ctx.trace({ time: ctx.sim.now, kind: 'channel.order.cancel-requested', channel: this.config.name, orderId: order.id });
    const payload: MessagePayloads['channel.order.cancelled'] = { orderId: order.id, channelIndex: this.index };
    ctx.bus.send(this.address, this.orderTarget, 'channel.order.cancelled', payload);
  }

  // A return not tied to a replayed order: its parcel reaches warehouse `to` now, refunded at this channel's price.
  private sendReturn(lines: OrderLine[], to: string): void {
    const payload: MessagePayloads['channel.return.sent'] = { returnId: this.ctx.ids.next('return'), channel: this.config.name, lines };
    this.ctx.bus.send(this.address, to, 'channel.return.sent', payload);
  }

  /**
   * A customer tries to buy `lines` now: accepted (view lowered, order sent; returns the order) when the
   * view covers every line, otherwise rejected as a lost sale (returns null; its margin is the stockout
   * cost). `region` is the customer's (drawn from the channel's mix when absent).
   */
  offer(lines: OrderLine[], region?: number, afterSale: AfterSale | null = null): Order | null {
    const ctx = this.ctx;
    const now = ctx.sim.now;
    const metrics = ctx.metrics;
    let units = 0;
    for (let i = 0; i < lines.length; i++) units += lines[i]!.qty;
    if (!this.stock.trySell(this.seq + 1, lines)) {
      metrics.ordersRejected++;
      metrics.unitsRejected += units;
      metrics.stockoutLostMarginCents += lostMarginCents(lines, ctx.catalog);
      if (ctx.tracing) ctx.trace({ time: now, kind: 'channel.order.rejected', channel: this.config.name, lines: this.traceLines(lines), view: lines.map((l) => this.stock.get(l.sku)) });
      return null;
    }
    const order: Order = { id: ctx.ids.next('order'), channel: this.config.name, channelIndex: this.index, channelSeq: ++this.seq, placedAt: now, lines, region: region ?? this.stream.drawRegion(), afterSale };
    metrics.ordersAccepted++;
    metrics.sellerHealth.record('placed', this.index, now);
    metrics.linesAccepted += lines.length;
    metrics.unitsAccepted += units;
    if (ctx.tracing) ctx.trace({ time: now, kind: 'channel.order.accepted', channel: this.config.name, orderId: order.id, lines: this.traceLines(lines), view: lines.map((l) => this.stock.get(l.sku)) });
    const payload: MessagePayloads['channel.order.placed'] = { order };
    ctx.bus.send(this.address, this.orderTarget, 'channel.order.placed', payload);
    return order;
  }

  /** Bus entry point. */
  receive(message: BatonMessage): void {
    const ctx = this.ctx;
    let skus: readonly number[];
    if (message.type === 'oms.ats.published') {
      const p = message.payload;
      if (!this.stock.applyAts(p.computedAt, p.watermark, p.skus, p.ats)) return;
      skus = p.skus;
    } else if (message.type === 'wms.stock.published') {
      const p = message.payload;
      if (!this.stock.applyStock(p.computedAt, p.watermark, p.skus, p.units, this.splitShare)) return;
      skus = p.skus;
    } else {
      throw new Error(`channel ${this.config.name}: unexpected message type "${message.type}" from ${message.from}`);
    }
    if (ctx.tracing) {
      for (const sku of skus) ctx.trace({ time: ctx.sim.now, kind: 'channel.view.updated', channel: this.config.name, sku: ctx.catalog.codes[sku]!, view: this.stock.get(sku) });
    }
  }

  private scheduleNextArrival(arrive: () => void): void {
    const next = this.stream.nextArrivalAt(this.ctx.sim.now);
    if (next < Infinity) this.ctx.sim.scheduleAt(next, arrive);
  }

  // SKU codes to catalogue indices at the channel's price; repeated SKUs merge into one line.
  private resolveScripted(scripted: ScriptedOrder | ScriptedReturn): OrderLine[] {
    if (scripted.lines.length === 0) throw new RangeError(`scripted order at ${scripted.atSeconds} s on ${scripted.channel}: lines must not be empty`);
    const lines: OrderLine[] = [];
    scripted.lines.forEach((line, i) => {
      if (!(Number.isInteger(line.qty) && line.qty > 0)) {
        throw new RangeError(`scripted order at ${scripted.atSeconds} s on ${scripted.channel}: lines[${i}].qty must be a positive integer, got ${line.qty}`);
      }
      const sku = this.ctx.catalog.index(line.sku);
      const same = lines.find((l) => l.sku === sku);
      if (same !== undefined) same.qty += line.qty;
      else lines.push({ sku, qty: line.qty, unitPriceCents: this.stream.unitPriceCents(sku) });
    });
    if (!(scripted.atSeconds >= 0 && scripted.atSeconds < Infinity)) {
      throw new RangeError(`scripted order on ${scripted.channel}: atSeconds must be finite and >= 0, got ${scripted.atSeconds}`);
    }
    return lines;
  }

  private traceLines(lines: OrderLine[]): { sku: string; qty: number }[] {
    return lines.map((l) => ({ sku: this.ctx.catalog.codes[l.sku]!, qty: l.qty }));
  }
}

// The customer's cancellation and return of a scripted order (null when it has neither).
function afterSaleOf(scripted: ScriptedOrder): AfterSale | null {
  const { cancelAtSeconds, returnAfterSeconds } = scripted;
  if (cancelAtSeconds === undefined && returnAfterSeconds === undefined) return null;
  if (cancelAtSeconds !== undefined && !(cancelAtSeconds >= scripted.atSeconds && cancelAtSeconds < Infinity)) {
    throw new RangeError(`scripted order at ${scripted.atSeconds} s on ${scripted.channel}: cancelAtSeconds must be finite and >= atSeconds, got ${cancelAtSeconds}`);
  }
  if (returnAfterSeconds !== undefined && !(returnAfterSeconds >= 0 && returnAfterSeconds < Infinity)) {
    throw new RangeError(`scripted order at ${scripted.atSeconds} s on ${scripted.channel}: returnAfterSeconds must be finite and >= 0, got ${returnAfterSeconds}`);
  }
  return { cancelAt: cancelAtSeconds ?? -1, returnAfterSeconds: returnAfterSeconds ?? -1 };
}

function noOmsWarehouse(ctx: AgentContext, config: ChannelConfig): string {
  const warehouses = ctx.config.warehouses;
  if (config.noOmsWarehouse === '') {
    if (warehouses.length === 0) throw new RangeError(`channel ${config.name}: no warehouse to send orders to in no-oms mode`);
    return warehouses[0]!.name;
  }
  if (!warehouses.some((w) => w.name === config.noOmsWarehouse)) {
    throw new RangeError(`channel ${config.name}: noOmsWarehouse "${config.noOmsWarehouse}" is not one of ${warehouses.map((w) => w.name).join(', ')}`);
  }
  return config.noOmsWarehouse;
}

function checkConfig(config: ChannelConfig): void {
  const where = `channel ${config.name}`;
  if (!(config.priceFactor >= 0 && config.priceFactor < Infinity)) throw new RangeError(`${where}: priceFactor must be finite and >= 0, got ${config.priceFactor}`);
  if (!(config.splitShare >= 0 && config.splitShare <= 1)) throw new RangeError(`${where}: splitShare must be within [0, 1], got ${config.splitShare}`);
  if (!(config.syncIntervalSeconds > 0 && config.syncIntervalSeconds < Infinity)) {
    throw new RangeError(`${where}: syncIntervalSeconds must be > 0 and finite, got ${config.syncIntervalSeconds}`);
  }
}
