import { describe, expect, it } from 'vitest';
import { Simulation, Store } from '../../../sim/index.js';

type Tote = { sku: string; qty: number };

describe('Store', () => {
  it('hands items out in arrival order', () => {
    const sim = new Simulation();
    const store = new Store<string>(sim);
    const got: Array<[string, number]> = [];
    sim.process((function* () {
      for (let i = 0; i < 3; i++) got.push([(yield store.get()) as string, sim.now]);
    })());
    sim.process((function* () {
      yield 1; store.put('x');
      yield 1; store.put('y'); store.put('z');
    })());
    sim.run();
    expect(got).toEqual([['x', 1], ['y', 2], ['z', 2]]);
  });

  it('filtered get takes the oldest matching item and lets others pass', () => {
    const sim = new Simulation();
    const store = new Store<Tote>(sim);
    const got: Array<[string, string, number]> = [];
    sim.process((function* () {
      const t = (yield store.get((item) => item.sku === 'B')) as Tote;
      got.push(['wantsB', `${t.sku}${t.qty}`, sim.now]);
    })());
    sim.process((function* () {
      const t = (yield store.get()) as Tote;
      got.push(['any', `${t.sku}${t.qty}`, sim.now]);
    })());
    sim.process((function* () {
      yield 1; store.put({ sku: 'A', qty: 1 });
      yield 1; store.put({ sku: 'B', qty: 2 }); store.put({ sku: 'B', qty: 3 });
    })());
    sim.run();
    expect(got).toEqual([['any', 'A1', 1], ['wantsB', 'B2', 2]]);
    expect(store.items).toEqual([{ sku: 'B', qty: 3 }]);
  });

  it('blocks puts while full and resumes them as items leave', () => {
    const sim = new Simulation();
    const store = new Store<number>(sim, 1);
    const trace: Array<[string, number]> = [];
    sim.process((function* () {
      for (let i = 0; i < 3; i++) {
        yield store.put(i);
        trace.push([`put${i}`, sim.now]);
      }
    })());
    sim.process((function* () {
      for (let i = 0; i < 3; i++) {
        yield 2;
        const v = yield store.get();
        trace.push([`get${v}`, sim.now]);
      }
    })());
    sim.run();
    expect(trace).toEqual([['put0', 0], ['get0', 2], ['put1', 2], ['get1', 4], ['put2', 4], ['get2', 6]]);
  });
});
