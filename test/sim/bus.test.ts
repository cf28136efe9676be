import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { MessageBus, Simulation } from '../../sim/index.js';

type Seen = Array<[string, number]>;

function setup(streamSeed = 'bus') {
  const sim = new Simulation();
  const bus = new MessageBus<Record<string, string>>(sim, (name) => ({ random: seedrandom.alea(`${streamSeed}/${name}`) }));
  const seen: Seen = [];
  const ids: number[] = [];
  bus.register('oms', (m) => {
    seen.push([m.payload, sim.now]);
    ids.push(m.id);
  });
  return { sim, bus, seen, ids };
}

describe('MessageBus', () => {
  it('delivers after the link latency with simulation-issued ids', () => {
    const { sim, bus, seen, ids } = setup();
    bus.link('wms', 'oms', { latencySeconds: 30 });
    sim.schedule(10, () => bus.send('wms', 'oms', 'wms.stock.changed', 'a'));
    sim.schedule(10, () => bus.send('wms', 'oms', 'wms.stock.changed', 'b'));
    sim.run();
    expect(seen).toEqual([['a', 40], ['b', 40]]);
    expect(ids).toEqual([1, 2]);
  });

  it('unconfigured links are instant and reliable', () => {
    const { sim, bus, seen } = setup();
    sim.schedule(5, () => bus.send('erp', 'oms', 'x', 'now'));
    sim.run();
    expect(seen).toEqual([['now', 5]]);
  });

  it('delivers every message once when a link is reconfigured while messages are in flight', () => {
    const { sim, bus, seen } = setup('reconfigure');
    bus.link('wms', 'oms', { latencySeconds: 10 });
    for (let i = 0; i < 20; i++) sim.schedule(i, () => bus.send('wms', 'oms', 'x', String(i)));
    sim.schedule(5, () => bus.link('wms', 'oms', { latencySeconds: 1, reorder: true }));
    sim.schedule(8, () => bus.link('wms', 'oms', { latencySeconds: 30 }));
    sim.run();
    expect(seen.map(([p]) => Number(p)).sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
    expect(bus.statsOf('wms', 'oms').delivered).toBe(20);
  });

  it('keeps send order under jitter unless the link may reorder', () => {
    const run = (reorder: boolean) => {
      const { sim, bus, seen } = setup('jitter');
      bus.link('wms', 'oms', { latencySeconds: 1, jitterSeconds: 100, reorder });
      for (let i = 0; i < 50; i++) sim.schedule(i, () => bus.send('wms', 'oms', 'x', String(i)));
      sim.run();
      return seen.map(([p]) => Number(p));
    };
    const inOrder = run(false);
    expect(inOrder).toEqual([...Array(50).keys()]);
    const reordered = run(true);
    expect(reordered).not.toEqual([...Array(50).keys()]);
    expect([...reordered].sort((a, b) => a - b)).toEqual([...Array(50).keys()]);
  });

  it('delivers a burst on one link interleaved with other same-time work in scheduling order', () => {
    // Each delivery must pop exactly where it would if every message had its own queue entry from
    // the moment it was sent: m1, x, m2, y (a delivery queued only when the previous one is
    // delivered, under a fresh seq, would run m2 after y).
    const sim = new Simulation();
    const bus = new MessageBus<Record<string, string>>(sim);
    const order: string[] = [];
    bus.register('b', (m) => order.push(`${m.payload}@${sim.now}`));
    bus.link('a', 'b', { latencySeconds: 10 });
    bus.send('a', 'b', 'note', 'm1');
    sim.schedule(10, () => order.push('x@10'));
    bus.send('a', 'b', 'note', 'm2');
    sim.schedule(10, () => order.push('y@10'));
    sim.schedule(10, () => order.push('u@10'), 0);
    sim.schedule(10, () => order.push('z@10'), 2);
    bus.send('a', 'b', 'note', 'm3');
    sim.run();
    expect(order).toEqual(['u@10', 'm1@10', 'x@10', 'm2@10', 'y@10', 'm3@10', 'z@10']);
  });

  it('loses about the configured share of messages', () => {
    const { sim, bus, seen } = setup();
    bus.link('wms', 'oms', { lossProbability: 0.25 });
    const n = 4000;
    for (let i = 0; i < n; i++) sim.schedule(i, () => bus.send('wms', 'oms', 'x', String(i)));
    sim.run();
    const stats = bus.statsOf('wms', 'oms');
    expect(stats.sent).toBe(n);
    expect(stats.lost + stats.delivered).toBe(n);
    expect(seen.length).toBe(stats.delivered);
    // Binomial(4000, 0.25): sd = sqrt(4000 * 0.25 * 0.75) = 27.4; allow 5 sd.
    expect(Math.abs(stats.lost - 1000)).toBeLessThan(5 * 27.4);
  });

  it('duplicates messages with the same id', () => {
    const { sim, bus, ids } = setup();
    bus.link('wms', 'oms', { duplicateProbability: 1, latencySeconds: 2 });
    sim.schedule(0, () => bus.send('wms', 'oms', 'x', 'twice'));
    sim.run();
    expect(ids).toEqual([1, 1]);
    expect(bus.statsOf('wms', 'oms').duplicated).toBe(1);
  });

  it('holds messages sent during an outage until it ends, or drops them', () => {
    const hold = setup();
    hold.bus.link('wms', 'oms', { latencySeconds: 5, outages: [{ startSeconds: 100, endSeconds: 200 }] });
    for (const t of [50, 150, 250]) hold.sim.schedule(t, () => hold.bus.send('wms', 'oms', 'x', `t${t}`));
    hold.sim.run();
    expect(hold.seen).toEqual([['t50', 55], ['t150', 205], ['t250', 255]]);

    const drop = setup();
    drop.bus.link('wms', 'oms', { latencySeconds: 5, outageMode: 'drop', outages: [{ startSeconds: 100, endSeconds: 200 }] });
    for (const t of [50, 150, 250]) drop.sim.schedule(t, () => drop.bus.send('wms', 'oms', 'x', `t${t}`));
    drop.sim.run();
    expect(drop.seen).toEqual([['t50', 55], ['t250', 255]]);
    expect(drop.bus.statsOf('wms', 'oms').lost).toBe(1);
  });

  it('rejects bad link settings naming the field and value', () => {
    const { bus } = setup();
    expect(() => bus.link('a', 'b', { lossProbability: 1.5 })).toThrow(/a->b.*lossProbability.*1.5/);
    expect(() => bus.link('a', 'b', { latencySeconds: -3 })).toThrow(/latencySeconds.*-3/);
    expect(() => bus.link('a', 'b', { outages: [{ startSeconds: 5, endSeconds: 5 }] })).toThrow(/outage/);
  });

  it('fails loudly when a message is addressed to nobody', () => {
    const { sim, bus } = setup();
    sim.schedule(1, () => bus.send('oms', 'ghost', 'x', 'y'));
    expect(() => sim.run()).toThrow(/ghost/);
  });
});
