import { describe, expect, it } from 'vitest';
import { RandomStreams, Simulation } from '../../../sim/index.js';
import type { WorkerConfig } from '../../../models/config.js';
import type { PickTask } from '../../../models/wms/pick-task.js';
import { PickerCrew } from '../../../models/wms/workers.js';

const hour = 3600;

/** A task whose duration is carried in travelMeters (the hooks below read it back). */
function task(seconds: number): PickTask {
  return { fulfillments: [], lineCount: 0, travelMeters: seconds, sequence: null };
}

function setup(workers: Partial<WorkerConfig>, absence = 0, idle?: () => void, waiting?: () => boolean) {
  const sim = new Simulation();
  const log: { event: string; seconds: number; at: number }[] = [];
  const config: WorkerConfig = { count: 1, walkingSpeedMetersPerSecond: 1, pickSecondsPerLine: 0, packSecondsPerOrder: 0, shiftStartHour: 0, shiftEndHour: 24, ...workers };
  const pool = new PickerCrew({
    sim,
    config,
    hooks: {
      begin: (t) => {
        log.push({ event: 'begin', seconds: t.travelMeters, at: sim.now });
        return t.travelMeters;
      },
      complete: (t) => log.push({ event: 'end', seconds: t.travelMeters, at: sim.now }),
      idle,
      waiting,
    },
    absence: { probability: absence, random: absence > 0 ? new RandomStreams(1).stream('absence') : null },
  });
  return { sim, pool, log };
}

describe('PickerCrew', () => {
  it('serves tasks first come first served with as many at once as workers on shift', () => {
    const { sim, pool, log } = setup({ count: 2 });
    pool.start();
    pool.enqueue(task(10));
    pool.enqueue(task(20));
    pool.enqueue(task(5));
    expect(pool.queued).toBe(1);
    expect(pool.inProgress).toBe(2);
    sim.run({ until: 100 });
    expect(log.filter((e) => e.event === 'end').map((e) => [e.seconds, e.at])).toEqual([[10, 10], [5, 15], [20, 20]]);
    expect(pool.laborUntil(sim.now).busySeconds).toBe(35);
  });

  it('starts no task before the shift and books shift hours as available labour', () => {
    const { sim, pool, log } = setup({ count: 2, shiftStartHour: 8, shiftEndHour: 16 });
    pool.start();
    pool.enqueue(task(100));
    sim.run({ until: 24 * hour });
    expect(log[0]).toEqual({ event: 'begin', seconds: 100, at: 8 * hour });
    expect(pool.laborUntil(sim.now)).toEqual({ availableSeconds: 2 * 8 * hour, busySeconds: 100 });
  });

  it('handles a shift across midnight, starting mid-shift at time 0', () => {
    const { sim, pool, log } = setup({ shiftStartHour: 22, shiftEndHour: 6 });
    pool.start();
    expect(pool.workersOnShift).toBe(1);
    expect(pool.laborUntil(0).availableSeconds).toBe(0);
    sim.run({ until: 6 * hour });
    expect(pool.laborUntil(sim.now).availableSeconds).toBe(6 * hour); // the rest of the shift that began at 22:00 the day before
    sim.scheduleAt(7 * hour, () => pool.enqueue(task(60)));
    sim.run({ until: 24 * hour });
    expect(log[0]!.at).toBe(22 * hour);
    expect(pool.laborUntil(sim.now).availableSeconds).toBe(6 * hour + 2 * hour); // and 22:00-24:00 of tonight's
  });

  it('counts only elapsed labour mid-task and mid-shift, overtime included as it passes', () => {
    const { sim, pool } = setup({ shiftStartHour: 0, shiftEndHour: 1 });
    pool.start();
    pool.enqueue(task(2 * hour));
    sim.run({ until: 0.5 * hour });
    expect(pool.laborUntil(sim.now)).toEqual({ availableSeconds: 0.5 * hour, busySeconds: 0.5 * hour });
    sim.run({ until: 1.5 * hour });
    expect(pool.laborUntil(sim.now)).toEqual({ availableSeconds: 1.5 * hour, busySeconds: 1.5 * hour });
  });

  it('lets a worker finish a task past the shift end and books the overtime', () => {
    const { sim, pool, log } = setup({ shiftStartHour: 0, shiftEndHour: 1 });
    pool.start();
    pool.enqueue(task(2 * hour));
    pool.enqueue(task(10));
    sim.run({ until: 23 * hour });
    expect(log.map((e) => [e.event, e.at])).toEqual([['begin', 0], ['end', 2 * hour]]);
    expect(pool.laborUntil(sim.now)).toEqual({ availableSeconds: 2 * hour, busySeconds: 2 * hour });
    sim.run({ until: 25 * hour });
    expect(log.at(-1)).toEqual({ event: 'end', seconds: 10, at: 24 * hour + 10 });
  });

  it('round the clock, a busy worker carries on across midnight without double booking', () => {
    const { sim, pool, log } = setup({});
    pool.start();
    sim.scheduleAt(23 * hour, () => pool.enqueue(task(2 * hour)));
    sim.run({ until: 48 * hour });
    expect(log.at(-1)).toEqual({ event: 'end', seconds: 2 * hour, at: 25 * hour });
    expect(pool.laborUntil(sim.now).availableSeconds).toBe(48 * hour);
  });

  it('with absence probability 1 nobody comes to work and nothing is picked', () => {
    const { sim, pool, log } = setup({ count: 3 }, 1);
    pool.start();
    pool.enqueue(task(10));
    sim.run({ until: 3 * 24 * hour });
    expect(log).toEqual([]);
    expect(pool.laborUntil(sim.now).availableSeconds).toBe(0);
    expect(pool.queued).toBe(1);
  });

  it('asks for more work once per instant while workers are idle and the queue is empty', () => {
    let asked = 0;
    const { sim, pool } = setup({ count: 2 }, 0, () => asked++);
    pool.start();
    pool.poke();
    pool.poke();
    sim.run({ until: 1 });
    expect(asked).toBe(1);
  });

  it('skips the idle check while nothing waits outside the queue, and makes it once work waits', () => {
    let asked = 0;
    let waitingNow = false;
    const { sim, pool } = setup({ count: 2 }, 0, () => asked++, () => waitingNow);
    pool.start();
    pool.poke();
    sim.run({ until: 1 });
    expect(asked).toBe(0);
    waitingNow = true;
    pool.poke();
    sim.run({ until: 2 });
    expect(asked).toBe(1);
  });

  it('rejects bad worker settings naming the field and value', () => {
    expect(() => setup({ count: 0 })).toThrow(/workers.count must be an integer >= 1, got 0/);
    expect(() => setup({ walkingSpeedMetersPerSecond: 0 })).toThrow(/walkingSpeedMetersPerSecond must be > 0 and finite, got 0/);
    expect(() => setup({ shiftStartHour: 24 })).toThrow(/shiftStartHour must be in \[0, 24\), got 24/);
    expect(() => setup({}, 2)).toThrow(/workerAbsenceProbability must be in \[0, 1\], got 2/);
  });
});
