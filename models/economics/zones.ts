// The zone tables of every warehouse as flat arrays indexed [warehouse * regions + region]: the cost
// of a parcel, the cost per unit in it, and its transit time. A region a warehouse does not list
// gets the warehouse's defaults (parcelCostCents, shippingCostCentsPerUnit, transitDays).
import { SECONDS_PER_DAY, type ChannelConfig, type ScenarioConfig } from '../config.js';
import { economicsDefaults, economicsOf } from './settings.js';

/** Shipping rates and transit times of every (warehouse, region) pair. */
export class ZoneTable {
  readonly regionNames: readonly string[];
  readonly regionCount: number;
  readonly parcelCents: Int32Array;
  readonly unitCents: Int32Array;
  readonly transitSeconds: Float64Array;
  private readonly indexByName = new Map<string, number>();

  constructor(config: ScenarioConfig) {
    const regions = economicsOf(config).regions;
    this.regionNames = regions.map((r) => r.name);
    this.regionCount = regions.length;
    regions.forEach((r, i) => {
      if (this.indexByName.has(r.name)) throw new RangeError(`economics.regions[${i}].name: "${r.name}" is listed twice`);
      this.indexByName.set(r.name, i);
    });
    const size = config.warehouses.length * this.regionCount;
    this.parcelCents = new Int32Array(size);
    this.unitCents = new Int32Array(size);
    this.transitSeconds = new Float64Array(size);
    config.warehouses.forEach((w, wi) => {
      const d = economicsDefaults.warehouse;
      for (let r = 0; r < this.regionCount; r++) {
        const at = wi * this.regionCount + r;
        this.parcelCents[at] = w.parcelCostCents ?? d.parcelCostCents;
        this.unitCents[at] = w.shippingCostCentsPerUnit;
        this.transitSeconds[at] = (w.transitDays ?? d.transitDays) * SECONDS_PER_DAY;
      }
      (w.zones ?? []).forEach((zone, zi) => {
        const r = this.indexByName.get(zone.region);
        if (r === undefined) throw new RangeError(`warehouses[${wi}].zones[${zi}].region: "${zone.region}" is not one of economics.regions (${this.regionNames.join(', ')})`);
        const at = wi * this.regionCount + r;
        this.parcelCents[at] = zone.parcelCents;
        this.unitCents[at] = zone.unitCents;
        this.transitSeconds[at] = zone.transitDays * SECONDS_PER_DAY;
      });
    });
  }

  /** Index of a region by name; throws naming `where` when unknown. */
  regionIndex(name: string, where: string): number {
    const r = this.indexByName.get(name);
    if (r === undefined) throw new RangeError(`${where}: "${name}" is not one of economics.regions (${this.regionNames.join(', ')})`);
    return r;
  }

  /** Cents to ship one parcel of `units` units from warehouse w to region r. */
  shippingCents(w: number, r: number, units: number): number {
    const at = w * this.regionCount + r;
    return this.parcelCents[at]! + this.unitCents[at]! * units;
  }

  /** Seconds a parcel from warehouse w travels to region r. */
  transit(w: number, r: number): number {
    return this.transitSeconds[w * this.regionCount + r]!;
  }
}

/** Region weights of a channel's demand (by region index); uniform when the channel gives no mix. */
export function regionWeights(channel: ChannelConfig, where: string, zones: ZoneTable): number[] {
  const mix = channel.regionMix ?? [];
  if (mix.length === 0) return Array.from({ length: zones.regionCount }, () => 1);
  const weights = Array.from({ length: zones.regionCount }, () => 0);
  mix.forEach((m, i) => {
    weights[zones.regionIndex(m.region, `${where}.regionMix[${i}].region`)]! += m.share;
  });
  if (!weights.some((w) => w > 0)) throw new RangeError(`${where}.regionMix: at least one share must be > 0`);
  return weights;
}
