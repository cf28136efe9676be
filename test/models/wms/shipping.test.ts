import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/index.js';
import type { Fulfillment } from '../../../models/wms/pick-task.js';
import { Dock } from '../../../models/wms/shipping.js';

const hour = 3600;
const day = 24 * hour;

function parcel(id: number): Fulfillment {
  const order = { id, channel: 'amazon', channelIndex: 0, channelSeq: id, placedAt: 0, lines: [] };
  return { fulfillmentId: id, orderId: id, order, lines: [], short: null, physicalSkus: null };
}

describe('Dock', () => {
  it('finds the next pickup at or after a time, rolling over to the next day', () => {
    const dock = new Dock(new Simulation(), [17, 9], () => {});
    expect(dock.nextPickupAt(0)).toBe(9 * hour);
    expect(dock.nextPickupAt(9 * hour)).toBe(9 * hour);
    expect(dock.nextPickupAt(9 * hour + 1)).toBe(17 * hour);
    expect(dock.nextPickupAt(2 * day + 18 * hour)).toBe(3 * day + 9 * hour);
  });

  it('holds parcels until the carrier comes and sends each pickup off together', () => {
    const sim = new Simulation();
    const departures: { at: number; ids: number[] }[] = [];
    const dock = new Dock(sim, [17], (ps) => departures.push({ at: sim.now, ids: ps.map((p) => p.orderId) }));
    sim.scheduleAt(10 * hour, () => dock.stage(parcel(1)));
    sim.scheduleAt(16 * hour, () => dock.stage(parcel(2)));
    sim.scheduleAt(17 * hour, () => dock.stage(parcel(3))); // packed at the pickup instant: makes it
    sim.scheduleAt(18 * hour, () => dock.stage(parcel(4)));
    sim.run();
    expect(departures).toEqual([
      { at: 17 * hour, ids: [1, 2, 3] },
      { at: day + 17 * hour, ids: [4] },
    ]);
    expect(dock.waiting).toBe(0);
  });

  it('without pickup hours sends every parcel as soon as it is packed', () => {
    const sim = new Simulation();
    const departures: number[] = [];
    const dock = new Dock(sim, [], (ps) => departures.push(ps.length));
    dock.stage(parcel(1));
    dock.stage(parcel(2));
    expect(departures).toEqual([1, 1]);
  });

  it('promises the first pickup at least the cut-off lead (2 h) after the order was placed', () => {
    const dock = new Dock(new Simulation(), [12, 18], () => {});
    expect(dock.promisedBy(9 * hour)).toBe(12 * hour);
    expect(dock.promisedBy(10 * hour)).toBe(12 * hour);
    expect(dock.promisedBy(10 * hour + 1)).toBe(18 * hour);
    expect(dock.promisedBy(17 * hour)).toBe(day + 12 * hour);
  });

  it('rejects a pickup hour outside the day', () => {
    expect(() => new Dock(new Simulation(), [24], () => {})).toThrow(/pickupHours must be within \[0, 24\), got 24/);
  });
});
