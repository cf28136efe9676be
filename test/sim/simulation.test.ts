import { describe, expect, it } from 'vitest';
import { MemoryTrace, Simulation } from '../../sim/index.js';

describe('Simulation', () => {
  it('runs same-time events in FIFO order', () => {
    const sim = new Simulation();
    const order: string[] = [];
    for (const name of ['a', 'b', 'c', 'd']) sim.schedule(5, () => order.push(name));
    sim.schedule(1, () => order.push('first'));
    sim.run();
    expect(order).toEqual(['first', 'a', 'b', 'c', 'd']);
    expect(sim.now).toBe(5);
  });

  it('orders equal times by priority before sequence', () => {
    const sim = new Simulation();
    const order: string[] = [];
    sim.schedule(2, () => order.push('normal-1'), 1);
    sim.schedule(2, () => order.push('urgent'), 0);
    sim.schedule(2, () => order.push('normal-2'), 1);
    sim.run();
    expect(order).toEqual(['urgent', 'normal-1', 'normal-2']);
  });

  it('refuses to schedule in the past or at NaN with a clear error', () => {
    const sim = new Simulation();
    sim.schedule(10, () => {});
    sim.run();
    expect(() => sim.scheduleAt(3, () => {})).toThrow(/past/);
    expect(() => sim.schedule(-1, () => {})).toThrow(/delay -1/);
    expect(() => sim.schedule(NaN, () => {})).toThrow(/NaN/);
    expect(() => sim.timeout(Infinity)).toThrow(/Infinity/);
  });

  it('peek and step advance one item at a time', () => {
    const sim = new Simulation();
    const seen: number[] = [];
    sim.schedule(3, () => seen.push(sim.now));
    sim.schedule(7, () => seen.push(sim.now));
    expect(sim.peek()).toBe(3);
    sim.step();
    expect(seen).toEqual([3]);
    expect(sim.peek()).toBe(7);
    sim.step();
    expect(sim.peek()).toBe(Infinity);
    expect(() => sim.step()).toThrow(/empty/);
  });

  it('run({ until }) stops before events at the horizon and sets the clock to it', () => {
    const sim = new Simulation();
    const seen: number[] = [];
    for (const t of [1, 5, 10, 11]) sim.schedule(t, () => seen.push(t));
    sim.run({ until: 10 });
    expect(seen).toEqual([1, 5]);
    expect(sim.now).toBe(10);
    sim.run({ until: 20 });
    expect(seen).toEqual([1, 5, 10, 11]);
    expect(sim.now).toBe(20);
  });

  it('run({ until: event }) stops once the event is processed', () => {
    const sim = new Simulation();
    const done = sim.timeout(4, 'x');
    sim.schedule(9, () => {});
    sim.run({ until: done });
    expect(sim.now).toBe(4);
    expect(done.value).toBe('x');
  });

  it('gives a byte-identical trace hash for the same model twice', () => {
    const build = () => {
      const trace = new MemoryTrace<{ time: number; kind: string; i: number }>();
      const sim = new Simulation({ tracer: trace });
      for (let i = 0; i < 50; i++) {
        sim.schedule((i * 7) % 13, () => trace.emit({ time: sim.now, kind: 'tick', i }));
      }
      sim.run();
      return trace;
    };
    const a = build();
    const b = build();
    expect(a.size).toBe(50);
    expect(a.hash()).toBe(b.hash());
    expect(a.hash()).toMatch(/^[0-9a-f]{16}$/);
  });

  it('trace hash changes when the order of events changes', () => {
    const hashOf = (times: number[]) => {
      const trace = new MemoryTrace<{ time: number; kind: string; i: number }>();
      const sim = new Simulation({ tracer: trace });
      times.forEach((t, i) => sim.schedule(t, () => trace.emit({ time: sim.now, kind: 'tick', i })));
      sim.run();
      return trace.hash();
    };
    expect(hashOf([1, 2, 3])).not.toBe(hashOf([1, 3, 2]));
  });
});
