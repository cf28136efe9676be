import { describe, expect, it } from 'vitest';
import { Interrupt, Resource, Simulation, type Preempted, type ProcessGenerator } from '../../../sim/index.js';

type Trace = Array<[string, number]>;

function user(sim: Simulation, res: Resource, name: string, holdSeconds: number, trace: Trace, priority = 0, preempt = false): ProcessGenerator {
  return (function* () {
    const req = res.request({ priority, preempt });
    try {
      yield req;
      trace.push([`${name}+`, sim.now]);
      yield holdSeconds;
      trace.push([`${name}-`, sim.now]);
    } catch (error) {
      if (!(error instanceof Interrupt)) throw error;
      const cause = error.cause as Preempted;
      trace.push([`${name}!by-${cause.by.priority}-since-${cause.usageSinceSeconds}`, sim.now]);
      return;
    } finally {
      res.release(req);
    }
  })();
}

describe('Resource', () => {
  it('queues FIFO at equal priority', () => {
    const sim = new Simulation();
    const res = new Resource(sim, 1);
    const trace: Trace = [];
    for (const name of ['a', 'b', 'c']) sim.process(user(sim, res, name, 2, trace));
    sim.run();
    expect(trace).toEqual([['a+', 0], ['a-', 2], ['b+', 2], ['b-', 4], ['c+', 4], ['c-', 6]]);
  });

  it('serves lower priority numbers first among waiters', () => {
    const sim = new Simulation();
    const res = new Resource(sim, 1);
    const trace: Trace = [];
    sim.process(user(sim, res, 'first', 5, trace));
    sim.process((function* () {
      yield 1;
      sim.process(user(sim, res, 'low', 1, trace, 5));
      sim.process(user(sim, res, 'high', 1, trace, 1));
      sim.process(user(sim, res, 'mid', 1, trace, 3));
      sim.process(user(sim, res, 'high2', 1, trace, 1));
    })());
    sim.run();
    expect(trace.map(([n]) => n)).toEqual(['first+', 'first-', 'high+', 'high-', 'high2+', 'high2-', 'mid+', 'mid-', 'low+', 'low-']);
  });

  it('uses every server of a multi-capacity resource', () => {
    const sim = new Simulation();
    const res = new Resource(sim, 2);
    const trace: Trace = [];
    for (const name of ['a', 'b', 'c']) sim.process(user(sim, res, name, 3, trace));
    sim.run();
    expect(trace).toEqual([['a+', 0], ['b+', 0], ['a-', 3], ['b-', 3], ['c+', 3], ['c-', 6]]);
  });

  it('preempts the worst-priority user and tells it who and since when', () => {
    const sim = new Simulation();
    const res = new Resource(sim, 1);
    const trace: Trace = [];
    sim.process(user(sim, res, 'batch', 10, trace, 5));
    sim.process((function* () {
      yield 3;
      sim.process(user(sim, res, 'rush', 2, trace, 0, true));
    })());
    sim.run();
    // The preemptor is granted synchronously; the victim's interrupt is delivered at the same time, just after.
    expect(trace).toEqual([['batch+', 0], ['rush+', 3], ['batch!by-0-since-0', 3], ['rush-', 5]]);
  });

  it('does not preempt a user of equal or better priority', () => {
    const sim = new Simulation();
    const res = new Resource(sim, 1);
    const trace: Trace = [];
    sim.process(user(sim, res, 'a', 4, trace, 1));
    sim.process((function* () {
      yield 1;
      sim.process(user(sim, res, 'b', 1, trace, 1, true));
    })());
    sim.run();
    expect(trace).toEqual([['a+', 0], ['a-', 4], ['b+', 4], ['b-', 5]]);
  });

  it('withdraws a waiting request on release', () => {
    const sim = new Simulation();
    const res = new Resource(sim, 1);
    const trace: Trace = [];
    sim.process(user(sim, res, 'holder', 5, trace));
    const impatient = sim.process((function* () {
      const req = res.request();
      const which = yield sim.anyOf([req, sim.timeout(2)]);
      if ((which as { index: number }).index === 1) {
        res.release(req);
        trace.push(['gave-up', sim.now]);
      }
    })());
    sim.process(user(sim, res, 'next', 1, trace));
    sim.run();
    expect(impatient.processed).toBe(true);
    expect(trace).toEqual([['holder+', 0], ['gave-up', 2], ['holder-', 5], ['next+', 5], ['next-', 6]]);
    expect(res.count).toBe(0);
    expect(res.queueLength).toBe(0);
  });

  it('rejects a non-integer capacity', () => {
    expect(() => new Resource(new Simulation(), 1.5, 'dock')).toThrow(/dock.*1.5/);
  });
});
