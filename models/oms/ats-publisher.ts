// Publishes ATS to every channel on its own sync schedule: the SKUs whose ATS may have changed since
// that channel's last publish (deltas), and every `fullSyncIntervalSeconds` a full snapshot. Each
// message carries the channel's watermark (its highest channelSeq the OMS has processed) so the
// channel knows which of its own sales the numbers already include.
import type { ChannelConfig } from '../config.js';
import type { AgentContext } from '../context.js';
import { addresses, type MessagePayloads } from '../messages.js';
import type { OmsStockBook } from './stock.js';

/** Dirty SKUs of one channel: a flag per SKU and the list of flagged SKUs. */
interface ChannelFeed {
  config: ChannelConfig;
  address: string;
  /** Units the channel may sell out of each ATS unit. */
  shareOfAts: number;
  dirtyFlags: Uint8Array;
  dirtySkus: Int32Array;
  dirtyCount: number;
  watermark: number;
  publishedWatermark: number;
}

/** Per-channel dirty tracking and the recurring publishes. */
export class AtsPublisher {
  private readonly feeds: ChannelFeed[];
  // Publishes so far (any channel), and per SKU the count at its last markDirty: a SKU marked since
  // the last publish is already dirty in every feed, so marking it again is one comparison.
  private publishes = 0;
  private readonly markedAtPublish: Float64Array;

  constructor(
    private readonly ctx: AgentContext,
    private readonly stock: OmsStockBook,
    private readonly fromAddress: string,
  ) {
    const skuCount = stock.skuCount;
    this.markedAtPublish = new Float64Array(skuCount).fill(-1);
    this.feeds = ctx.config.channels.map((config) => {
      if (!(config.syncIntervalSeconds > 0 && config.syncIntervalSeconds < Infinity)) {
        throw new RangeError(`channel ${config.name}: syncIntervalSeconds must be > 0 and finite, got ${config.syncIntervalSeconds}`);
      }
      if (!(config.bufferShare >= 0 && config.bufferShare <= 1)) {
        throw new RangeError(`channel ${config.name}: bufferShare must be within [0, 1], got ${config.bufferShare}`);
      }
      return {
        config,
        address: addresses.channel(config.name),
        shareOfAts: 1 - config.bufferShare,
        dirtyFlags: new Uint8Array(skuCount),
        dirtySkus: new Int32Array(skuCount),
        dirtyCount: 0,
        watermark: 0,
        publishedWatermark: 0,
      };
    });
  }

  /** Schedules each channel's delta publishes and the full snapshots. */
  start(): void {
    const full = this.ctx.config.oms.fullSyncIntervalSeconds;
    if (!(full > 0)) throw new RangeError(`oms.fullSyncIntervalSeconds must be > 0, got ${full}`);
    const sim = this.ctx.sim;
    this.feeds.forEach((feed, c) => {
      const every = feed.config.syncIntervalSeconds;
      const tick = (): void => {
        this.publish(c, false);
        sim.schedule(every, tick);
      };
      sim.schedule(every, tick);
    });
    if (full < Infinity) {
      const fullTick = (): void => {
        for (let c = 0; c < this.feeds.length; c++) this.publish(c, true);
        sim.schedule(full, fullTick);
      };
      sim.schedule(full, fullTick);
    }
  }

  /** Notes that the ATS of `sku` may have changed, for every channel. O(channels). */
  markDirty(sku: number): void {
    if (this.markedAtPublish[sku] === this.publishes) return;
    this.markedAtPublish[sku] = this.publishes;
    const feeds = this.feeds;
    for (let c = 0; c < feeds.length; c++) {
      const feed = feeds[c]!;
      if (feed.dirtyFlags[sku] === 0) {
        feed.dirtyFlags[sku] = 1;
        feed.dirtySkus[feed.dirtyCount++] = sku;
      }
    }
  }

  /** Notes that the OMS has processed channel c's order `channelSeq`. */
  noteProcessed(channelIndex: number, channelSeq: number): void {
    const feed = this.feeds[channelIndex]!;
    if (channelSeq > feed.watermark) feed.watermark = channelSeq;
  }

  /** What channel c may sell of `sku`: the ATS less the channel's buffer share, rounded down. */
  channelAts(channelIndex: number, sku: number): number {
    const feed = this.feeds[channelIndex]!;
    const ats = this.stock.ats(sku);
    // The tiny epsilon keeps products like 100 x 0.29 (28.999...) from losing a unit to binary rounding.
    return feed.shareOfAts === 1 ? ats : Math.floor(ats * feed.shareOfAts + 1e-9);
  }

  /** Sends channel c its dirty SKUs (or every SKU when `full`); skips an empty delta with no news. */
  publish(channelIndex: number, full: boolean): void {
    const feed = this.feeds[channelIndex]!;
    if (!full && feed.dirtyCount === 0 && feed.watermark === feed.publishedWatermark) return;
    const count = full ? this.stock.skuCount : feed.dirtyCount;
    const skus = new Array<number>(count);
    const ats = new Array<number>(count);
    for (let i = 0; i < count; i++) {
      const sku = full ? i : feed.dirtySkus[i]!;
      skus[i] = sku;
      ats[i] = this.channelAts(channelIndex, sku);
    }
    for (let i = 0; i < feed.dirtyCount; i++) feed.dirtyFlags[feed.dirtySkus[i]!] = 0;
    feed.dirtyCount = 0;
    this.publishes++;
    const payload: MessagePayloads['oms.ats.published'] = { computedAt: this.ctx.sim.now, full, skus, ats, watermark: feed.watermark };
    feed.publishedWatermark = feed.watermark;
    this.ctx.bus.send(this.fromAddress, feed.address, 'oms.ats.published', payload);
    if (this.ctx.tracing) this.ctx.trace({ time: this.ctx.sim.now, kind: 'oms.ats.published', channel: feed.config.name, skus: count, full });
  }
}
