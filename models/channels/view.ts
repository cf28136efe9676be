// A channel's own view of stock per SKU: the last figure it received (OMS ATS, or in no-oms the
// warehouse's stock) minus what it has sold since. That gap between view and truth is where oversell
// is born.
//
// Sales not yet reflected in a received figure are kept in a FIFO (sequence, SKU, units), so
// memory grows with the sales in flight between syncs, not with history. An OMS message says which of
// the channel's sales it includes by `watermark` (the highest channelSeq it processed), and so does a
// warehouse's stock message in no-oms (a figure computed before a sale arrived must not count it as
// included, however late the sale travels). On a message the
// included sales leave the FIFO, and each SKU in the message gets view = figure - units still in the
// FIFO, floored at 0. SKUs absent from a delta keep their view, which can only err low. A message
// computed earlier than one already applied (a reordered delivery) is ignored.

/** One order line as the channel sells it. */
export interface SaleLine {
  sku: number;
  qty: number;
}

const defaults = {
  initialFifoCapacity: 256,
};

/** Per-SKU view and the sales the last received figure did not include. */
export class ChannelView {
  private readonly units: Int32Array;
  private readonly pendingUnits: Int32Array;
  private fifoSeq: Float64Array;
  private fifoSku: Int32Array;
  private fifoQty: Int32Array;
  private fifoHead = 0;
  private fifoCount = 0;
  private lastComputedAt = -Infinity;
  /** SKUs whose listed figure a warehouse stock update changed (without an OMS, a manual correction each). */
  correctedSkus = 0;

  constructor(readonly skuCount: number) {
    this.units = new Int32Array(skuCount);
    this.pendingUnits = new Int32Array(skuCount);
    const n = defaults.initialFifoCapacity;
    this.fifoSeq = new Float64Array(n);
    this.fifoSku = new Int32Array(n);
    this.fifoQty = new Int32Array(n);
  }

  /** Units the channel believes it may sell. */
  get(sku: number): number {
    return this.units[sku]!;
  }

  /** Units sold and not yet included in a received figure. */
  pending(sku: number): number {
    return this.pendingUnits[sku]!;
  }

  /** Sale lines waiting to be included in a received figure. */
  get pendingLines(): number {
    return this.fifoCount;
  }

  /** Sets every SKU's view (before the run starts); negative entries are rejected. */
  setAll(units: Int32Array): void {
    if (units.length !== this.skuCount) throw new RangeError(`ChannelView.setAll: ${units.length} SKUs given, expected ${this.skuCount}`);
    const negative = units.findIndex((u) => u < 0);
    if (negative >= 0) throw new RangeError(`ChannelView.setAll: SKU ${negative} has view ${units[negative]} (must be >= 0)`);
    this.units.set(units);
  }

  /**
   * Sells the lines when the view covers all of them (lines may repeat a SKU): decrements the view,
   * remembers the sale and returns true; otherwise changes nothing and returns false.
   */
  trySell(seq: number, lines: readonly SaleLine[]): boolean {
    const units = this.units;
    let i = 0;
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      units[line.sku]! -= line.qty;
      if (units[line.sku]! < 0) break;
    }
    if (i < lines.length) {
      for (let j = i; j >= 0; j--) units[lines[j]!.sku]! += lines[j]!.qty;
      return false;
    }
    for (let l = 0; l < lines.length; l++) this.remember(seq, lines[l]!.sku, lines[l]!.qty);
    return true;
  }

  /** Applies an OMS ATS message; returns false (and changes nothing) when it is older than one applied. */
  applyAts(computedAt: number, watermark: number, skus: readonly number[], ats: readonly number[]): boolean {
    if (computedAt < this.lastComputedAt) return false;
    this.lastComputedAt = computedAt;
    this.dropThrough(watermark);
    this.setFigures(skus, ats, 1);
    return true;
  }

  /** Applies a warehouse stock message (no-oms), keeping `share` of each figure (rounded down). */
  applyStock(computedAt: number, watermark: number, skus: readonly number[], units: readonly number[], share: number): boolean {
    if (computedAt < this.lastComputedAt) return false;
    this.lastComputedAt = computedAt;
    this.dropThrough(watermark);
    this.correctedSkus += this.setFigures(skus, units, share);
    return true;
  }

  // Sets each SKU's view from its figure; returns how many views changed.
  private setFigures(skus: readonly number[], figures: readonly number[], share: number): number {
    let changed = 0;
    if (skus.length !== figures.length) throw new RangeError(`ChannelView: ${skus.length} SKUs but ${figures.length} figures`);
    for (let i = 0; i < skus.length; i++) {
      const sku = skus[i]!;
      // The epsilon keeps products like 100 x 0.29 (28.999...) from losing a unit to binary rounding.
      const figure = share === 1 ? figures[i]! : Math.floor(figures[i]! * share + 1e-9);
      const view = figure - this.pendingUnits[sku]!;
      const next = view > 0 ? view : 0;
      if (next !== this.units[sku]) changed++;
      this.units[sku] = next;
    }
    return changed;
  }

  private dropThrough(watermark: number): void {
    const capacity = this.fifoSku.length;
    while (this.fifoCount > 0 && this.fifoSeq[this.fifoHead]! <= watermark) {
      this.pendingUnits[this.fifoSku[this.fifoHead]!]! -= this.fifoQty[this.fifoHead]!;
      this.fifoHead = (this.fifoHead + 1) % capacity;
      this.fifoCount--;
    }
  }

  private remember(seq: number, sku: number, qty: number): void {
    if (this.fifoCount === this.fifoSku.length) this.grow();
    const tail = (this.fifoHead + this.fifoCount) % this.fifoSku.length;
    this.fifoSeq[tail] = seq;
    this.fifoSku[tail] = sku;
    this.fifoQty[tail] = qty;
    this.fifoCount++;
    this.pendingUnits[sku]! += qty;
  }

  private grow(): void {
    const old = { seq: this.fifoSeq, sku: this.fifoSku, qty: this.fifoQty };
    const capacity = old.sku.length;
    const order = (i: number) => (this.fifoHead + i) % capacity;
    this.fifoSeq = new Float64Array(capacity * 2);
    this.fifoSku = new Int32Array(capacity * 2);
    this.fifoQty = new Int32Array(capacity * 2);
    for (let i = 0; i < this.fifoCount; i++) {
      this.fifoSeq[i] = old.seq[order(i)]!;
      this.fifoSku[i] = old.sku[order(i)]!;
      this.fifoQty[i] = old.qty[order(i)]!;
    }
    this.fifoHead = 0;
  }
}
