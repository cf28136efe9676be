// The outbound dock: packed parcels wait for the next carrier pickup and leave together.
// Pickups happen daily at the configured hours; a parcel packed at a pickup instant makes it.
// With no pickup hours, parcels leave as soon as they are packed.
// Cut-off: an order placed at least `cutoffLeadSeconds` before a pickup is promised that pickup,
// and ships on time when it leaves with it or earlier.
import { LATE, type Simulation } from '../../sim/index.js';
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from '../config.js';
import type { Fulfillment } from './pick-task.js';

const defaults = {
  /** Orders placed this long before a pickup are promised to leave with it. */
  cutoffLeadSeconds: 2 * SECONDS_PER_HOUR,
  /** Same-time priority of a pickup: after parcels packed at that instant. */
  pickupPriority: LATE,
};

/** Parcels staged for the carrier. */
export class Dock {
  private staged: Fulfillment[] = [];
  private pickupScheduled = false;
  private readonly pickupSeconds: number[];

  constructor(
    private readonly sim: Simulation,
    pickupHours: readonly number[],
    private readonly depart: (parcels: Fulfillment[]) => void,
    label = 'shipping',
  ) {
    for (const hour of pickupHours) {
      if (!(hour >= 0 && hour < 24)) throw new RangeError(`${label}: pickupHours must be within [0, 24), got ${hour}`);
    }
    this.pickupSeconds = [...new Set(pickupHours)].sort((a, b) => a - b).map((h) => h * SECONDS_PER_HOUR);
  }

  /** Stages a packed parcel; it leaves at the next pickup. */
  stage(parcel: Fulfillment): void {
    if (this.pickupSeconds.length === 0) {
      this.depart([parcel]);
      return;
    }
    this.staged.push(parcel);
    if (!this.pickupScheduled) {
      this.pickupScheduled = true;
      this.sim.scheduleAt(this.nextPickupAt(this.sim.now), () => this.pickup(), defaults.pickupPriority);
    }
  }

  /** Parcels waiting for the carrier. */
  get waiting(): number {
    return this.staged.length;
  }

  /** The first pickup time at or after `time` (`time` itself without pickup hours). */
  nextPickupAt(time: number): number {
    const hours = this.pickupSeconds;
    if (hours.length === 0) return time;
    const day = Math.floor(time / SECONDS_PER_DAY) * SECONDS_PER_DAY;
    for (let i = 0; i < hours.length; i++) if (day + hours[i]! >= time) return day + hours[i]!;
    return day + SECONDS_PER_DAY + hours[0]!;
  }

  /** The latest time an order placed at `placedAt` should leave to be on time. */
  promisedBy(placedAt: number): number {
    return this.nextPickupAt(placedAt + defaults.cutoffLeadSeconds);
  }

  private pickup(): void {
    this.pickupScheduled = false;
    const parcels = this.staged;
    this.staged = [];
    this.depart(parcels);
  }
}
