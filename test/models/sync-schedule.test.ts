// Every stock feed to a channel runs on that channel's own clock: the OMS's ATS publishes and the
// no-OMS warehouse's stock publishes happen only at exact multiples of the channel's sync interval,
// the second and later ones included (stock changes over several intervals, two channels).
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../models/pipeline.js';
import { CallbackTrace } from '../../sim/index.js';
import { validateScenario } from '../../scenarios/validate.js';

const horizon = 86_400;
/** Two channels on different intervals, one SKU, orders at times that are multiples of neither. */
function scenario(ownership: string) {
  const order = (atSeconds: number, channel: string) => ({ atSeconds, channel, lines: [{ sku: '4471', qty: 2 }] });
  return validateScenario(
    {
      name: 'sync-schedule',
      seed: 3,
      horizonDays: 1,
      ownership,
      catalog: { items: [{ code: '4471', costCents: 1400, priceCents: 2499 }] },
      warehouses: [
        {
          name: 'east',
          layout: { aisles: 4, baysPerAisle: 20, levels: 4, aisleLength: 30, aisleSpacing: 3 },
          workers: { count: 1 },
          shipping: { pickupHours: [17] },
          initialStock: { unitsPerSku: 0, items: [{ sku: '4471', units: 86, bin: 'A-12-03' }] },
        },
      ],
      channels: [
        { name: 'amazon', demand: { ordersPerDay: 0 }, syncIntervalSeconds: 300 },
        { name: 'shopify', demand: { ordersPerDay: 0 }, syncIntervalSeconds: 700 },
      ],
      oms: { fullSyncIntervalSeconds: 10 * horizon },
      erp: { valuation: 'fifo', purchasing: { policy: 'none' } },
      scripted: { orders: [order(1_013, 'amazon'), order(2_777, 'shopify'), order(9_001, 'amazon'), order(30_123, 'shopify'), order(50_050, 'amazon')] },
    },
    'sync-schedule',
  );
}

/** Send times of each channel's stock messages of `type`. */
function publishTimes(ownership: string, type: string): Map<string, number[]> {
  const times = new Map<string, number[]>();
  const tracer = new CallbackTrace<any>((record) => {
    if (record.kind === 'bus.message.sent' && record.type === type) times.set(record.to, [...(times.get(record.to) ?? []), record.time]);
  });
  const { invariants } = runPipeline(scenario(ownership), { tracer });
  expect(invariants.violations).toEqual([]);
  return times;
}

describe('channel sync schedule', () => {
  it('OMS -> channel: every ATS publish at k x the channel interval, including one at the first tick after each change', () => {
    const times = publishTimes('clean', 'oms.ats.published');
    for (const [channel, interval] of [['channel:amazon', 300], ['channel:shopify', 700]] as const) {
      const sent = times.get(channel) ?? [];
      expect(sent.length, channel).toBeGreaterThanOrEqual(5);
      for (const t of sent) expect(t % interval, `${channel} published at ${t}`).toBe(0);
      // Each order changes ATS at once (instant links): the next tick of every channel publishes it.
      for (const at of [1_013, 2_777, 9_001, 30_123, 50_050]) expect(sent, `${channel} after ${at}`).toContain(Math.ceil(at / interval) * interval);
    }
  });

  it('no-OMS warehouse -> channel: a publish at exactly every k x interval before the horizon', () => {
    const times = publishTimes('no-oms', 'wms.stock.published');
    for (const [channel, interval] of [['channel:amazon', 300], ['channel:shopify', 700]] as const) {
      const expected = Array.from({ length: Math.ceil(horizon / interval) - 1 }, (_, k) => (k + 1) * interval);
      expect(times.get(channel), channel).toEqual(expected);
    }
  });
});
