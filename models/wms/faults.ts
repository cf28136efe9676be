// The warehouse's faults, each drawn from its own named stream so switching one on never shifts
// another: damage found at pick, mis-picks, mis-scans at putaway, and shrinkage (units that leave
// the shelf unrecorded, as a Poisson process in time).
import type { RandomStream, RandomStreams, Simulation } from '../../sim/index.js';
import { SECONDS_PER_DAY, type FaultConfig } from '../config.js';

const defaults = {
  /** A mis-scanned receipt is recorded off by 1 to this share of its quantity (at least 1), either way. */
  misScanErrorShareMax: 0.1,
};

/** Per-event fault draws of one warehouse. */
export class FaultDraws {
  private readonly damage: RandomStream | null;
  private readonly misPick: RandomStream | null;
  private readonly misScan: RandomStream | null;

  constructor(
    rng: RandomStreams,
    streamPrefix: string,
    private readonly faults: FaultConfig,
  ) {
    for (const field of ['misPickProbability', 'damageProbabilityPerPick', 'misScanProbabilityPerReceipt'] as const) {
      const p = faults[field];
      if (!(p >= 0 && p <= 1)) throw new RangeError(`faults.${field} must be in [0, 1], got ${p}`);
    }
    this.damage = faults.damageProbabilityPerPick > 0 ? rng.stream(`${streamPrefix}.damage`) : null;
    this.misPick = faults.misPickProbability > 0 ? rng.stream(`${streamPrefix}.mispick`) : null;
    this.misScan = faults.misScanProbabilityPerReceipt > 0 ? rng.stream(`${streamPrefix}.misscan`) : null;
  }

  /** True when the picker finds a damaged unit in the bin on this pick. */
  damagedAtPick(): boolean {
    return this.damage !== null && this.damage.random() < this.faults.damageProbabilityPerPick;
  }

  /** True when the picker takes this line from the wrong bin or SKU. */
  misPicked(): boolean {
    return this.misPick !== null && this.misPick.random() < this.faults.misPickProbability;
  }

  /** Units the record gets for a putaway of `qty` physical units (differs from qty after a mis-scan). */
  recordedAtPutaway(qty: number): number {
    const random = this.misScan;
    if (random === null || random.random() >= this.faults.misScanProbabilityPerReceipt) return qty;
    const size = 1 + random.index(Math.max(1, Math.ceil(qty * defaults.misScanErrorShareMax)));
    return random.random() < 0.5 ? Math.max(0, qty - size) : qty + size;
  }
}

/**
 * Shrinkage: single units vanish from the shelves at Poisson times with `unitsPerDay` mean per day.
 * Each hits a uniformly drawn SKU; an empty bin passes the loss to the next SKU (in catalogue order)
 * that has stock, so the rate holds while any stock is left.
 */
export class Shrinkage {
  private readonly ratePerSecond: number;

  constructor(
    private readonly sim: Simulation,
    unitsPerDay: number,
    private readonly random: RandomStream | null,
    private readonly binTruth: Int32Array,
    private readonly onShrink: (sku: number) => void,
  ) {
    if (!(unitsPerDay >= 0 && unitsPerDay < Infinity)) throw new RangeError(`faults.shrinkUnitsPerDayPerWarehouse must be >= 0 and finite, got ${unitsPerDay}`);
    this.ratePerSecond = unitsPerDay / SECONDS_PER_DAY;
  }

  /** Schedules the first loss (nothing when the rate is 0). */
  start(): void {
    if (this.ratePerSecond > 0 && this.random !== null && this.binTruth.length > 0) this.scheduleNext();
  }

  private scheduleNext(): void {
    this.sim.schedule(this.random!.exponential(this.ratePerSecond), () => {
      const sku = this.skuWithStock(this.random!.index(this.binTruth.length));
      if (sku >= 0) this.onShrink(sku);
      this.scheduleNext();
    });
  }

  private skuWithStock(from: number): number {
    const n = this.binTruth.length;
    for (let i = 0; i < n; i++) {
      const sku = (from + i) % n;
      if (this.binTruth[sku]! > 0) return sku;
    }
    return -1;
  }
}
