// The imported scenarios through the pipeline: the replay conserves demand; the forecast reproduces
// the history's order count within Poisson sampling error and keeps its weekly profile.
import { readFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../models/pipeline.js';
import { CallbackTrace } from '../../../sim/index.js';
import { buildOutputs } from '../../../scenarios/import/build.js';
import { replayScenario } from '../../../scenarios/import/replay-file.js';
import { importOrders } from '../../../scenarios/import/orders.js';
import { orderPresets, presetHeaders } from '../../../scenarios/import/presets.js';
import { validateScenario } from '../../../scenarios/validate.js';

const shopify = () =>
  importOrders([{ name: 'shopify-orders.csv', chunks: [readFileSync(new URL('../../fixtures/import/shopify-orders.csv', import.meta.url))] }], { preset: orderPresets['shopify-orders']! });

describe('replay', () => {
  it('conserves demand: ordersAccepted + ordersRejected = imported orders, and the same for units', async () => {
    const outputs = buildOutputs(await shopify(), { timeZone: 'UTC' });
    const { metrics, invariants } = runPipeline(validateScenario(replayScenario(outputs), 'scenario.json'));
    expect(invariants.violations).toEqual([]);
    expect(metrics.ordersAccepted + metrics.ordersRejected).toBe(outputs.summary.orders);
    expect(metrics.unitsAccepted + metrics.unitsRejected).toBe(outputs.summary.units);
    // stock sized from the history covers every order
    expect(metrics.ordersRejected).toBe(0);
    expect([outputs.summary.orders, outputs.summary.units]).toEqual([6, 16]);
    // #1003 (1 unit) is cancelled 50 minutes after it was placed, before the replay's next 2-hour pick wave: it never ships
    expect([metrics.cancelRequests, metrics.ordersCancelledByCustomer, metrics.cancelsTooLate]).toEqual([1, 1, 0]);
    expect(metrics.unitsShipped).toBe(15);
    // #1004 (refunded: 1 x TOW-2 and 3 x STK-0) comes back 7 days after delivery, inside the horizon
    expect([metrics.returnsReceived, metrics.unitsReturned]).toEqual([1, 4]);
    expect(metrics.closingUnits).toBe(metrics.openingUnits - 15 + 4);
    // The forecast carries the history's shares: 1 order in 6 cancelled (50 minutes after it was placed), 1 in 6 refunded
    const channel = validateScenario(outputs.forecast, 'forecast.json').channels[0]!;
    expect(channel.afterSale).toEqual({ cancelShare: 1 / 6, cancelAfterSecondsMean: 3_000, returnShare: 1 / 6, returnAfterSeconds: 7 * 86_400 });
  });

  it('replays a negative line as a return of its units at its time, and names what it cannot replay', async () => {
    const result = await importOrders([{ name: 'amazon-orders.tsv', chunks: [readFileSync(new URL('../../fixtures/import/amazon-orders.tsv', import.meta.url))] }], { preset: orderPresets['amazon-orders']! });
    const outputs = buildOutputs(result, { timeZone: 'UTC' });
    const scenario = replayScenario(outputs);
    expect(scenario.scripted?.returns).toEqual([{ atSeconds: expect.any(Number), channel: 'Amazon.ca', lines: [{ sku: 'W-03', qty: 1 }] }]);
    const { metrics, invariants } = runPipeline(validateScenario(scenario, 'scenario.json'));
    expect(invariants.violations).toEqual([]);
    expect([metrics.returnsReceived, metrics.unitsReturned]).toEqual([1, 1]);
    expect(metrics.closingUnits).toBe(metrics.openingUnits - metrics.unitsShipped + 1);
  });

  it("replays UCI's C invoices of goods as returns; a C invoice of something never sold is not replayed", async () => {
    const csv = [
      presetHeaders['online-retail']!.join(','),
      '536365,85123A,HOLDER,6,12/1/10 8:26,2.55,17850,United Kingdom',
      'C536366,85123A,HOLDER,-2,12/2/10 9:00,2.55,17850,United Kingdom',
      'C536367,D,Discount,-1,12/2/10 9:41,27.50,14527,United Kingdom',
    ].join('\n');
    const result = await importOrders([{ name: 'uci.csv', chunks: [Buffer.from(csv)] }], { preset: orderPresets['online-retail']!, timeZone: 'Europe/London' });
    expect(result.tally.outcomes).toMatchObject({ accepted: 1, cancellation: 2 });
    const outputs = buildOutputs(result, { timeZone: 'Europe/London' });
    // Wednesday 1 Dec 2010 08:26 is time 2 days 8:26 after Monday 00:00; the credit comes a day and 34 minutes later
    expect(replayScenario(outputs).scripted?.returns).toEqual([{ atSeconds: 3 * 86_400 + 9 * 3_600, channel: 'online', lines: [{ sku: '85123A', qty: 2 }] }]);
    expect(outputs.report.replay).toMatchObject({ creditReturns: 1, creditLinesNotReplayed: 1 });
    const { metrics } = runPipeline(validateScenario(replayScenario(outputs), 'scenario.json'));
    expect([metrics.unitsShipped, metrics.unitsReturned, metrics.refunds]).toEqual([6, 2, 2 * 255]);
  });

  it('conserves demand when a short opening stock turns sales away', async () => {
    const outputs = buildOutputs(await shopify(), { timeZone: 'UTC', openingStock: new Map([['MUG-1', 1], ['TOW-2', 1]]) });
    const { metrics } = runPipeline(validateScenario(replayScenario(outputs), 'scenario.json'));
    expect(metrics.ordersRejected).toBeGreaterThan(0);
    expect(metrics.ordersAccepted + metrics.ordersRejected).toBe(6);
    expect(metrics.unitsAccepted + metrics.unitsRejected).toBe(16);
  });
});

describe('forecast', () => {
  // Four weeks from Monday 2026-01-05 00:00 UTC; weekdays only, busier in the afternoon.
  const origin = Date.UTC(2026, 0, 5);
  function history(): string {
    const rng = seedrandom('import-forecast-test');
    const poisson = (mean: number) => {
      let k = 0;
      for (let p = rng(); p > Math.exp(-mean); p *= rng()) k++;
      return k;
    };
    const rows: string[] = [presetHeaders['online-retail']!.join(',')];
    let invoice = 500_000;
    const add = (ms: number) => {
      const d = new Date(ms);
      const stamp = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
      rows.push(`${invoice++},SKU${1 + Math.floor(rng() * 20)},item,${1 + poisson(0.5)},${stamp},1.00,1,UK`);
    };
    for (let hour = 0; hour < 28 * 24; hour++) {
      const weekday = Math.floor(hour / 24) % 7 < 5;
      const rate = weekday ? (hour % 24 >= 12 ? 6 : 2) : 0;
      for (let k = poisson(rate); k > 0; k--) add(origin + hour * 3_600_000 + Math.floor(rng() * 60) * 60_000);
    }
    add(origin + 10 * 60_000); // the window opens in hour 0 ...
    add(origin + 28 * 86_400_000 - 10 * 60_000); // ... and closes at the end of day 28 (a Sunday)
    return `${rows.join('\n')}\n`;
  }

  it('fits each observed hour of week exactly (rate x exposure = observed)', async () => {
    const outputs = buildOutputs(await importOrders([{ name: 'h.csv', chunks: [history()] }], { preset: orderPresets['online-retail']! }), { timeZone: 'UTC' });
    const fit = outputs.calibration.channels[0]!;
    expect(outputs.calibration.originMs).toBe(origin);
    expect(fit.fallbackHours).toEqual([]);
    fit.ratePerHour.forEach((r, h) => expect(r * fit.exposureHours[h]!).toBeCloseTo(fit.observedByHourOfWeek[h]!, 9));
  });

  it('running forecast.json for the history span gives its order count within 3 Poisson sigmas, none on weekends', async () => {
    const text = history();
    const result = await importOrders([{ name: 'h.csv', chunks: [text] }], { preset: orderPresets['online-retail']! });
    const outputs = buildOutputs(result, { timeZone: 'UTC' });
    const n = outputs.summary.orders;
    expect(outputs.forecast.horizonDays).toBe(28);
    // Under the fitted rates the forecast's count is Poisson with mean n (rates x exposure sum to n).
    const counts: number[] = [];
    let weekendOrders = 0;
    for (const seed of [1, 2, 3]) {
      const config = validateScenario(structuredClone({ ...outputs.forecast, seed }), 'forecast.json');
      const tracer = new CallbackTrace<{ time: number; kind: string }>((r) => {
        if (r.kind !== 'channel.order.accepted' && r.kind !== 'channel.order.rejected') return;
        const hourOfWeek = Math.floor(r.time / 3_600) % 168;
        if (hourOfWeek >= 120 && hourOfWeek < 167) weekendOrders++; // hour 167 holds the history's last order
      });
      const { metrics } = runPipeline(config, { tracer });
      counts.push(metrics.ordersAccepted + metrics.ordersRejected);
    }
    expect(weekendOrders).toBe(0);
    for (const c of counts) expect(Math.abs(c - n)).toBeLessThan(3 * Math.sqrt(n));
    // the mean of three runs: sd sqrt(n / 3)
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(Math.abs(mean - n)).toBeLessThan(3 * Math.sqrt(n / 3));
  });
});
