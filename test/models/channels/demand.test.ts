// Statistical checks of a channel's demand against the configured distributions. Tolerances are four
// standard errors of the estimate (the seed is fixed; a correct generator fails about 1 in 15,000).
import { describe, expect, it } from 'vitest';
import { OrderStream } from '../../../models/channels/index.js';
import type { ChannelConfig } from '../../../models/config.js';
import { defaultChannel } from '../../../models/defaults.js';
import { makeContext } from '../oms/support.js';

const week = 7 * 86_400;

function stream(demand: Partial<ChannelConfig['demand']>, options: { skus?: number; zipfAlpha?: number; uniform?: boolean; name?: string; seed?: number; priceFactor?: number } = {}) {
  const n = options.skus ?? 1000;
  const catalog = options.uniform
    ? { items: Array.from({ length: n }, (_, i) => ({ code: `U${i}`, costCents: 100, priceCents: 199, popularity: 1 })), zipfAlpha: 1 }
    : { generate: { count: n, costCentsMin: 100, costCentsMax: 1000, marginPct: 50, codePrefix: 'Z' }, zipfAlpha: options.zipfAlpha ?? 1 };
  const base = defaultChannel(options.name ?? 'amazon', { priceFactor: options.priceFactor ?? 1 });
  const config = { ...base, demand: { ...base.demand, ...demand } };
  const { ctx } = makeContext({ seed: options.seed ?? 7, catalog, channels: [config] });
  return { ctx, stream: new OrderStream(ctx, config) };
}

function arrivalTimes(s: OrderStream, horizonSeconds: number): number[] {
  const times: number[] = [];
  for (let t = s.nextArrivalAt(0); t < horizonSeconds; t = s.nextArrivalAt(t)) times.push(t);
  return times;
}

describe('channel demand arrivals', () => {
  it('averages ordersPerDay: 4 weeks at 500 a day gives 14,000 +- 4 sqrt(14,000)', () => {
    const { stream: s } = stream({ ordersPerDay: 500 });
    const n = arrivalTimes(s, 4 * week).length;
    expect(Math.abs(n - 14_000)).toBeLessThan(4 * Math.sqrt(14_000));
  });

  it('follows the hour shape: weight 3 in the afternoon and evening vs 1 in the morning gives 3/4 after noon', () => {
    const hourShape = Array.from({ length: 24 }, (_, h) => (h < 12 ? 1 : 3));
    const { stream: s } = stream({ ordersPerDay: 500, hourShape });
    const times = arrivalTimes(s, 4 * week);
    const share = times.filter((t) => t % 86_400 >= 43_200).length / times.length;
    expect(Math.abs(share - 0.75)).toBeLessThan(4 * Math.sqrt((0.75 * 0.25) / times.length));
  });

  it('follows the day shape: weekend days at double weight take 4/9 of the week (day 0 = Monday)', () => {
    const { stream: s } = stream({ ordersPerDay: 500, dayShape: [1, 1, 1, 1, 1, 2, 2] });
    const times = arrivalTimes(s, 4 * week);
    const share = times.filter((t) => Math.floor((t % week) / 86_400) >= 5).length / times.length;
    const p = 4 / 9;
    expect(Math.abs(share - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / times.length));
  });

  it('has no arrivals at zero orders per day', () => {
    const { stream: s } = stream({ ordersPerDay: 0 });
    expect(s.nextArrivalAt(0)).toBe(Infinity);
  });
});

describe('channel demand order contents', () => {
  it('draws SKUs by Zipf popularity: the top of 1,000 SKUs at alpha 1 takes 1 / H(1000) of lines', () => {
    const { stream: s } = stream({ extraLinesMean: 0, extraUnitsMean: 0 });
    const n = 30_000;
    let top = 0;
    for (let i = 0; i < n; i++) if (s.drawLines()[0]!.sku === 0) top++;
    let harmonic = 0;
    for (let k = 1; k <= 1000; k++) harmonic += 1 / k;
    const p = 1 / harmonic;
    expect(Math.abs(top / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  });

  it('has 1 + NegBin lines (mean 1.4, variance 0.4 + 0.4^2 / 2) and 1 + Poisson units per line (mean 1.15)', () => {
    // 10,000 equally popular SKUs, so two lines of one order rarely share a SKU (merging is negligible).
    const { stream: s } = stream({ extraLinesMean: 0.4, extraLinesDispersion: 2, extraUnitsMean: 0.15 }, { skus: 10_000, uniform: true });
    const orders = 20_000;
    let lines = 0;
    let units = 0;
    for (let i = 0; i < orders; i++) {
      for (const line of s.drawLines()) {
        lines++;
        units += line.qty;
      }
    }
    const lineVariance = 0.4 + (0.4 * 0.4) / 2;
    expect(Math.abs(lines / orders - 1.4)).toBeLessThan(4 * Math.sqrt(lineVariance / orders));
    expect(Math.abs(units / lines - 1.15)).toBeLessThan(4 * Math.sqrt(0.15 / lines));
  });

  it('never repeats a SKU within an order', () => {
    const { stream: s } = stream({ extraLinesMean: 3, extraUnitsMean: 0.5 }, { skus: 5 });
    for (let i = 0; i < 2000; i++) {
      const skus = s.drawLines().map((l) => l.sku);
      expect(new Set(skus).size).toBe(skus.length);
    }
  });

  it('prices a unit at the catalogue price times priceFactor, rounded to the cent', () => {
    const { ctx, stream: s } = stream({}, { uniform: true, skus: 3, priceFactor: 1.07 });
    expect(s.unitPriceCents(0)).toBe(Math.round(199 * 1.07));
    expect(ctx.catalog.priceCents[0]).toBe(199);
  });

  it('is the same for the same seed and channel, and differs for another channel name', () => {
    const draw = (name: string) => {
      const { stream: s } = stream({ ordersPerDay: 100 }, { name });
      return Array.from({ length: 50 }, () => [s.nextArrivalAt(0), s.drawLines()]);
    };
    expect(draw('amazon')).toEqual(draw('amazon'));
    expect(draw('shopify')).not.toEqual(draw('amazon'));
  });
});
