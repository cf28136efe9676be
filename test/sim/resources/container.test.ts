import { describe, expect, it } from 'vitest';
import { Container, Simulation } from '../../../sim/index.js';

describe('Container', () => {
  it('waits for enough level and serves gets in order', () => {
    const sim = new Simulation();
    const tank = new Container(sim, 100, 10);
    const trace: Array<[string, number, number]> = [];
    sim.process((function* () {
      yield tank.get(30);
      trace.push(['big', sim.now, tank.level]);
    })());
    sim.process((function* () {
      yield tank.get(5);
      trace.push(['small', sim.now, tank.level]);
    })());
    sim.process((function* () {
      yield 4;
      yield tank.put(25);
      trace.push(['refill', sim.now, tank.level]);
    })());
    sim.run();
    // The put is instant, so the refiller continues first; big was served before small (30 then 5 of 35).
    expect(trace).toEqual([['refill', 4, 0], ['big', 4, 0], ['small', 4, 0]]);
  });

  it('blocks puts beyond capacity', () => {
    const sim = new Simulation();
    const bin = new Container(sim, 10, 8);
    const trace: Array<[string, number]> = [];
    sim.process((function* () { yield bin.put(5); trace.push(['put', sim.now]); })());
    sim.process((function* () { yield 3; yield bin.get(4); trace.push(['get', sim.now]); })());
    sim.run();
    expect(trace).toEqual([['get', 3], ['put', 3]]);
    expect(bin.level).toBe(9);
  });

  it('rejects bad amounts and levels with the value in the message', () => {
    const sim = new Simulation();
    expect(() => new Container(sim, 10, 11, 'tote')).toThrow(/tote.*11/);
    expect(() => new Container(sim, 10, 0).get(-2)).toThrow(/-2/);
  });
});
