import { describe, expect, it } from 'vitest';
import { Interrupt, Simulation, type ProcessGenerator } from '../../sim/index.js';

type Trace = Array<[string, number]>;

describe('Process', () => {
  it('yields numbers as timeouts and events as waits', () => {
    const sim = new Simulation();
    const trace: Trace = [];
    function* clock(name: string, tick: number): ProcessGenerator {
      for (let i = 0; i < 3; i++) {
        trace.push([name, sim.now]);
        yield tick;
      }
    }
    sim.process(clock('fast', 1));
    sim.process(clock('slow', 2));
    sim.run();
    expect(trace).toEqual([
      // At t=2 slow's wake-up (scheduled at t=0) precedes fast's (scheduled at t=1): FIFO by scheduling order.
      ['fast', 0], ['slow', 0], ['fast', 1], ['slow', 2], ['fast', 2], ['slow', 4],
    ]);
  });

  it("makes a process's return value an event others can wait on", () => {
    const sim = new Simulation();
    function* child(): ProcessGenerator<string> {
      yield 3;
      return 'parcel';
    }
    const seen: Trace = [];
    sim.process((function* () {
      const result = yield sim.process(child());
      seen.push([result as string, sim.now]);
    })());
    sim.run();
    expect(seen).toEqual([['parcel', 3]]);
  });

  it('continues at once when yielding an event that already happened', () => {
    const sim = new Simulation();
    const seen: Trace = [];
    const early = sim.process((function* () { yield 1; return 'early'; })());
    sim.process((function* () {
      yield 5;
      const value = yield early;
      seen.push([value as string, sim.now]);
    })());
    sim.run();
    expect(seen).toEqual([['early', 5]]);
  });

  it('delivers an interrupt with its cause and lets the process carry on', () => {
    const sim = new Simulation();
    const trace: Trace = [];
    const worker = sim.process((function* () {
      try {
        yield 10;
        trace.push(['finished', sim.now]);
      } catch (error) {
        expect(error).toBeInstanceOf(Interrupt);
        trace.push([`interrupted:${(error as Interrupt).cause}`, sim.now]);
        yield 2;
        trace.push(['resumed', sim.now]);
      }
    })(), 'worker');
    sim.process((function* () {
      yield 4;
      worker.interrupt('break');
    })());
    sim.run();
    expect(trace).toEqual([['interrupted:break', 4], ['resumed', 6]]);
  });

  it('interrupts a process waiting on an event and detaches it from that event', () => {
    const sim = new Simulation();
    const signal = sim.event<string>();
    const trace: Trace = [];
    const waiter = sim.process((function* () {
      try {
        yield signal;
        trace.push(['signalled', sim.now]);
      } catch {
        trace.push(['interrupted', sim.now]);
      }
    })());
    sim.schedule(1, () => waiter.interrupt());
    sim.schedule(2, () => signal.succeed('late'));
    sim.run();
    expect(trace).toEqual([['interrupted', 1]]);
  });

  it('refuses to interrupt a finished process', () => {
    const sim = new Simulation();
    const p = sim.process((function* () { yield 1; })(), 'short');
    sim.run();
    expect(() => p.interrupt()).toThrow(/short.*terminated/);
  });

  it('propagates an error nobody waits for out of run()', () => {
    const sim = new Simulation();
    sim.process((function* () {
      yield 2;
      throw new Error('bin not found');
    })());
    expect(() => sim.run()).toThrow('bin not found');
    expect(sim.now).toBe(2);
  });

  it('delivers a child failure to the waiting parent instead of the run', () => {
    const sim = new Simulation();
    const trace: Trace = [];
    const child = sim.process((function* () {
      yield 1;
      throw new Error('short pick');
    })());
    sim.process((function* () {
      try {
        yield child;
      } catch (error) {
        trace.push([(error as Error).message, sim.now]);
      }
    })());
    sim.run();
    expect(trace).toEqual([['short pick', 1]]);
  });

  it('throws a failed event into the waiting process', () => {
    const sim = new Simulation();
    const ev = sim.event();
    const trace: Trace = [];
    sim.process((function* () {
      try { yield ev; } catch (error) { trace.push([String(error), sim.now]); }
    })());
    sim.schedule(3, () => ev.fail('outage'));
    sim.run();
    expect(trace).toEqual([['outage', 3]]);
  });

  it('an unobserved failed event stops the run', () => {
    const sim = new Simulation();
    sim.schedule(1, () => sim.event().fail(new Error('lost message')));
    expect(() => sim.run()).toThrow('lost message');
  });

  it('turns a bad yield into an error inside the process', () => {
    const sim = new Simulation();
    const trace: Trace = [];
    sim.process((function* () {
      try { yield -5; } catch (error) { trace.push([(error as Error).message, sim.now]); }
      try { yield 'soon' as never; } catch (error) { trace.push([(error as Error).constructor.name, sim.now]); }
    })(), 'picker');
    sim.run();
    expect(trace[0]![0]).toMatch(/picker.*-5/);
    expect(trace[1]).toEqual(['TypeError', 0]);
  });

  it('allOf waits for every event, anyOf for the first', () => {
    const sim = new Simulation();
    const trace: Array<[string, number, unknown]> = [];
    sim.process((function* () {
      const all = yield sim.allOf([sim.timeout(3, 'a'), sim.timeout(1, 'b')]);
      trace.push(['all', sim.now, all]);
      const any = yield sim.anyOf([sim.timeout(5, 'slow'), sim.timeout(2, 'quick')]);
      trace.push(['any', sim.now, any]);
      const none = yield sim.allOf([]);
      trace.push(['empty', sim.now, none]);
    })());
    sim.run();
    expect(trace).toEqual([
      ['all', 3, ['a', 'b']],
      ['any', 5, { index: 1, value: 'quick' }],
      ['empty', 5, []],
    ]);
  });

  it('fails allOf when one event fails', () => {
    const sim = new Simulation();
    const bad = sim.event();
    const trace: Trace = [];
    sim.process((function* () {
      try { yield sim.allOf([sim.timeout(5), bad]); } catch (error) { trace.push([String(error), sim.now]); }
    })());
    sim.schedule(2, () => bad.fail('down'));
    sim.run();
    expect(trace).toEqual([['down', 2]]);
  });
});
