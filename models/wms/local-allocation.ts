// The no-oms mode: channels send orders straight to the warehouse, which allocates them against
// its own record minus its open allocations, all or nothing. An order it cannot cover is oversold
// (counted, and cancelled: nothing is picked). The warehouse also tells its channels what it can
// still sell (record minus allocations) on each channel's sync interval: a full snapshot the first
// time, then only the SKUs whose figure changed since that channel last heard. Like the OMS feed, each
// message carries the channel's watermark (the highest channelSeq of that channel this warehouse has
// processed), so the channel keeps counting its sales the figure does not include yet.
import type { ChannelConfig } from '../config.js';
import type { AgentContext } from '../context.js';
import { chargeCancelledOversell } from '../economics/costs.js';
import { economicsOf } from '../economics/settings.js';
import { addresses, type Order } from '../messages.js';

/** Units allocated to open orders, per SKU, against the bin record. */
export class LocalAllocation {
  readonly allocated: Int32Array;
  private readonly channels: ChannelConfig[];
  /** Highest channelSeq processed, by channel index (every channel of the scenario). */
  private readonly watermarks: Float64Array;
  private readonly penaltyCents: number;

  constructor(
    private readonly ctx: AgentContext,
    private readonly binRecord: Int32Array,
    private readonly warehouse: string,
    private readonly address: string,
  ) {
    this.allocated = new Int32Array(binRecord.length);
    this.penaltyCents = economicsOf(ctx.config).cancellationPenaltyCents;
    const first = ctx.config.warehouses[0]?.name;
    this.channels = ctx.config.channels.filter((c) => (c.noOmsWarehouse || first) === warehouse);
    this.watermarks = new Float64Array(ctx.config.channels.length);
  }

  /** Units the warehouse can still promise. */
  available(sku: number): number {
    const units = this.binRecord[sku]! - this.allocated[sku]!;
    return units > 0 ? units : 0;
  }

  /** Allocates every line of the order, or none and counts the order oversold; true when allocated. */
  allocate(order: Order): boolean {
    if (order.channelSeq > this.watermarks[order.channelIndex]!) this.watermarks[order.channelIndex] = order.channelSeq;
    const lines = order.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (this.available(line.sku) < line.qty) {
        for (let j = 0; j < i; j++) this.allocated[lines[j]!.sku]! -= lines[j]!.qty;
        let units = 0;
        for (const l of lines) units += l.qty;
        this.ctx.metrics.oversoldOrders++;
        this.ctx.metrics.oversoldUnits += units;
        chargeCancelledOversell(this.ctx.metrics, this.ctx.catalog, lines, this.penaltyCents);
        this.ctx.metrics.sellerHealth.record('cancelled', order.channelIndex, this.ctx.sim.now);
        return false;
      }
      this.allocated[line.sku]! += line.qty;
    }
    return true;
  }

  /** Gives back an allocation once its units have been picked (or found missing). */
  release(sku: number, qty: number): void {
    this.allocated[sku]! -= qty;
  }

  /** Starts publishing stock to each channel this warehouse serves. */
  start(): void {
    for (const channel of this.channels) {
      const interval = channel.syncIntervalSeconds;
      if (!(interval > 0 && interval < Infinity)) {
        throw new RangeError(`channel "${channel.name}": syncIntervalSeconds must be > 0 and finite, got ${interval}`);
      }
      const channelIndex = this.ctx.config.channels.indexOf(channel);
      const state = { to: addresses.channel(channel.name), channelIndex, lastSent: new Int32Array(this.binRecord.length), sentBefore: false };
      const publish = () => {
        this.publish(state);
        this.ctx.sim.schedule(interval, publish);
      };
      this.ctx.sim.schedule(interval, publish);
    }
  }

  /** Names of the channels served in no-oms mode. */
  get channelNames(): string[] {
    return this.channels.map((c) => c.name);
  }

  private publish(state: { to: string; channelIndex: number; lastSent: Int32Array; sentBefore: boolean }): void {
    const { to, lastSent } = state;
    const full = !state.sentBefore;
    state.sentBefore = true;
    const skus: number[] = [];
    const units: number[] = [];
    for (let s = 0; s < lastSent.length; s++) {
      const now = this.available(s);
      if (full || now !== lastSent[s]) {
        skus.push(s);
        units.push(now);
        lastSent[s] = now;
      }
    }
    const watermark = this.watermarks[state.channelIndex]!;
    this.ctx.bus.send(this.address, to, 'wms.stock.published', { computedAt: this.ctx.sim.now, full, skus, units, watermark });
  }
}
