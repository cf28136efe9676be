// Oversell grows with the sync interval and with the number of channels selling one pool: channels
// with seeded demand, the OMS and a warehouse that ships half an hour after release, over 10 seeds
// (common random numbers: seed k is the same demand in every arm). Demand is high against stock, so
// every popular SKU sells out within the day and each sell-out is a chance to oversell.
import { describe, expect, it } from 'vitest';
import { Channel } from '../../../models/channels/index.js';
import { defaultChannel, defaultWarehouse } from '../../../models/defaults.js';
import { Oms } from '../../../models/oms/index.js';
import { FakeWms, makeContext, smallCatalog } from './support.js';

const defaults = {
  seeds: Array.from({ length: 10 }, (_, i) => i + 1),
  skus: 20,
  unitsPerSku: 30,
  ordersPerDayTotal: 3000,
  shipAfterSeconds: 1800,
  horizonSeconds: 86_400,
};

/** Oversold orders in one day for `channelCount` channels sharing the demand, all synced every `syncIntervalSeconds`. */
function oversoldOrders(seed: number, channelCount: number, syncIntervalSeconds: number): number {
  return runDay(seed, channelCount, syncIntervalSeconds).oversoldOrders;
}

function runDay(seed: number, channelCount: number, syncIntervalSeconds: number): Record<string, number> {
  const demand = { ordersPerDay: defaults.ordersPerDayTotal / channelCount, extraLinesMean: 0.4, extraLinesDispersion: 2, extraUnitsMean: 0.15 };
  const { ctx } = makeContext({
    seed,
    catalog: smallCatalog(defaults.skus),
    warehouses: [defaultWarehouse('east')],
    channels: Array.from({ length: channelCount }, (_, i) => defaultChannel(`ch${i}`, { demand, syncIntervalSeconds })),
  });
  const oms = new Oms(ctx, [new Int32Array(defaults.skus).fill(defaults.unitsPerSku)]);
  new FakeWms(ctx, 'east', defaults.shipAfterSeconds);
  const channels = ctx.config.channels.map((c, i) => new Channel(ctx, c, i));
  for (const channel of channels) channel.setInitialView(new Int32Array(defaults.skus).fill(defaults.unitsPerSku));
  oms.start();
  for (const channel of channels) channel.start();
  ctx.sim.run({ until: defaults.horizonSeconds });
  for (const channel of channels) for (let s = 0; s < defaults.skus; s++) expect(channel.view(s)).toBeGreaterThanOrEqual(0);
  return { ...ctx.metrics.snapshot(), ...oms.orderStates() };
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

// Standard error of the mean paired difference b - a over the seeds.
function pairedStandardError(a: number[], b: number[]): number {
  const d = a.map((x, i) => b[i]! - x);
  const m = mean(d);
  const variance = d.reduce((acc, x) => acc + (x - m) ** 2, 0) / (d.length - 1);
  return Math.sqrt(variance / d.length);
}

describe('oversell with the OMS', () => {
  it('is the same for the same seed, and every order the OMS received is in one state', () => {
    const a = runDay(3, 4, 900);
    expect(runDay(3, 4, 900)).toEqual(a);
    expect(a.received).toBe(a.ordersAccepted);
    expect(a.open + a.backordered + a.shipped + a.cancelled).toBe(a.received);
    expect(a.cancelled).toBe(a.oversoldOrders);
    expect(a.oversoldOrders).toBeGreaterThan(0);
  });

  it('grows with the sync interval: 60 s < 900 s < 3,600 s (4 channels, mean of 10 seeds)', () => {
    const arms = [60, 900, 3600].map((sync) => defaults.seeds.map((seed) => oversoldOrders(seed, 4, sync)));
    const [fast, medium, slow] = arms.map(mean) as [number, number, number];
    expect(fast).toBeLessThan(medium);
    expect(medium).toBeLessThan(slow);
    // Each step is also clear of noise: more than 3 standard errors of the paired difference.
    expect(medium - fast).toBeGreaterThan(3 * pairedStandardError(arms[0]!, arms[1]!));
    expect(slow - medium).toBeGreaterThan(3 * pairedStandardError(arms[1]!, arms[2]!));
  });

  it('grows with the channels sharing one pool: 1 (never oversells) < 2 < 4 at the same total demand, hourly sync', () => {
    const arms = [1, 2, 4].map((n) => defaults.seeds.map((seed) => oversoldOrders(seed, n, 3600)));
    const [one, two, four] = arms.map(mean) as [number, number, number];
    // A lone channel's view is the OMS's ATS minus its own later sales, never more than there is.
    expect(arms[0]!.every((x) => x === 0)).toBe(true);
    expect(one).toBeLessThan(two);
    expect(two).toBeLessThan(four);
    expect(two - one).toBeGreaterThan(3 * pairedStandardError(arms[0]!, arms[1]!));
    expect(four - two).toBeGreaterThan(3 * pairedStandardError(arms[1]!, arms[2]!));
  });
});
