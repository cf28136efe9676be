import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/index.js';
import { Batcher, type BatchingConfig } from '../../../models/wms/batching.js';
import type { Fulfillment } from '../../../models/wms/pick-task.js';

function fulfillment(id: number): Fulfillment {
  const order = { id, channel: 'amazon', channelIndex: 0, channelSeq: id, placedAt: 0, lines: [{ sku: 0, qty: 1, unitPriceCents: 100 }] };
  return { fulfillmentId: id, orderId: id, order, lines: order.lines, short: null, physicalSkus: null };
}

function setup(config: BatchingConfig) {
  const sim = new Simulation();
  const released: { at: number; ids: number[] }[] = [];
  const batcher = new Batcher(sim, config, (fs) => released.push({ at: sim.now, ids: fs.map((f) => f.orderId) }));
  return { sim, batcher, released };
}

describe('Batcher', () => {
  it('single mode releases every order as its own tour at once', () => {
    const { batcher, released } = setup({ mode: 'single', batchSize: 8, waveIntervalSeconds: 60 });
    for (let i = 1; i <= 3; i++) batcher.add(fulfillment(i));
    expect(released).toEqual([{ at: 0, ids: [1] }, { at: 0, ids: [2] }, { at: 0, ids: [3] }]);
  });

  it('batch mode releases full batches of N and holds the rest until asked for a partial batch', () => {
    const { batcher, released } = setup({ mode: 'batch', batchSize: 3, waveIntervalSeconds: 60 });
    for (let i = 1; i <= 7; i++) batcher.add(fulfillment(i));
    expect(released.map((r) => r.ids)).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(batcher.waiting).toBe(1);
    expect(batcher.releasePartial()).toBe(true);
    expect(released.map((r) => r.ids)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(batcher.releasePartial()).toBe(false);
  });

  it('wave mode releases everything collected at the next multiple of the wave interval, in tours of up to N', () => {
    const { sim, batcher, released } = setup({ mode: 'wave', batchSize: 2, waveIntervalSeconds: 600 });
    sim.scheduleAt(100, () => batcher.add(fulfillment(1)));
    sim.scheduleAt(200, () => batcher.add(fulfillment(2)));
    sim.scheduleAt(599, () => batcher.add(fulfillment(3)));
    sim.scheduleAt(601, () => batcher.add(fulfillment(4)));
    sim.run();
    expect(released).toEqual([
      { at: 600, ids: [1, 2] },
      { at: 600, ids: [3] },
      { at: 1200, ids: [4] },
    ]);
    expect(batcher.releasePartial()).toBe(false);
  });

  it('rejects a bad mode, batch size or wave interval naming the value', () => {
    const sim = new Simulation();
    const noop = () => {};
    expect(() => new Batcher(sim, { mode: 'zone' as 'single', batchSize: 1, waveIntervalSeconds: 1 }, noop)).toThrow(/mode must be single, batch or wave, got "zone"/);
    expect(() => new Batcher(sim, { mode: 'batch', batchSize: 0, waveIntervalSeconds: 1 }, noop)).toThrow(/batchSize must be an integer >= 1, got 0/);
    expect(() => new Batcher(sim, { mode: 'wave', batchSize: 2, waveIntervalSeconds: -5 }, noop)).toThrow(/waveIntervalSeconds must be > 0 and finite, got -5/);
  });
});
