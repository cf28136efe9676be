// scenario.json of an import, written and checked a batch of orders at a time: the same text as the
// whole document's JSON, and problems named by the order's place in the whole list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScriptedOrder } from '../../../models/config.js';
import { InputError } from '../../../scenarios/errors.js';
import { buildOutputs } from '../../../scenarios/import/build.js';
import { importOrders } from '../../../scenarios/import/orders.js';
import { orderPresets } from '../../../scenarios/import/presets.js';
import { replayOrderProblem, replayScenario, replayScenarioJson, validateReplay } from '../../../scenarios/import/replay-file.js';
import { validateScenario } from '../../../scenarios/validate.js';

const outputs = async () =>
  buildOutputs(await importOrders([{ name: 'shopify-orders.csv', chunks: [readFileSync(new URL('../../fixtures/import/shopify-orders.csv', import.meta.url))] }], { preset: orderPresets['shopify-orders']! }), { timeZone: 'UTC' });

describe('the replay file', () => {
  it('its pieces join to exactly the whole document\'s JSON, orders in time order', async () => {
    const o = await outputs();
    const text = [...replayScenarioJson(o)].join('');
    expect(text).toBe(JSON.stringify(replayScenario(o)));
    const times = JSON.parse(text).scripted.orders.map((order: ScriptedOrder) => order.atSeconds);
    expect(times).toHaveLength(o.summary.orders);
    expect(times).toEqual([...times].sort((a: number, b: number) => a - b));
    expect(() => validateReplay(o, 'scenario.json')).not.toThrow();
  });

  it('names a bad order by its index in the whole list, past the first batch', async () => {
    const o = await outputs();
    const good = [...o.replayOrders()][0]!;
    const count = 50_005;
    const orderAt = (i: number) => (i === 50_003 ? { ...good, channel: 'nowhere' } : good);
    const replay = {
      replayHead: o.replayHead,
      replayOrderCount: count,
      replayOrders: function* () {
        for (let i = 0; i < count; i++) yield orderAt(i);
      },
      replayOrderTexts: function* () {
        for (let i = 0; i < count; i++) yield JSON.stringify(orderAt(i));
      },
    };
    const error = (() => {
      try {
        validateReplay(replay, 'scenario.json');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([expect.objectContaining({ file: 'scenario.json', path: 'scripted.orders[50003].channel', value: 'nowhere' })]);
    const joined = [...replayScenarioJson(replay)].join('');
    expect(JSON.parse(joined).scripted.orders).toHaveLength(count);
  });

  it('refuses more orders than a scenario may script', async () => {
    const o = await outputs();
    expect(() => validateReplay({ ...o, replayOrderCount: 1_000_001, replayOrders: () => [], replayOrderTexts: () => [] }, 'scenario.json')).toThrow(/more than 1,000,000 orders to replay/);
  });

  it('checks each order by the schema\'s own verdict: accepted and refused exactly as validateScenario does, at every bound', async () => {
    const o = await outputs();
    const good = [...o.replayOrders()][0]!;
    const channels = new Set(o.replayHead.channels!.map((c) => c.name));
    const skus = new Set(o.replayHead.catalog!.items!.map((i) => i.code));
    const sku = good.lines[0]!.sku;
    const line = (qty: number, code = sku) => ({ sku: code, qty });
    const cases: ScriptedOrder[] = [
      good,
      { ...good, atSeconds: 0 }, { ...good, atSeconds: 1e12 }, { ...good, atSeconds: -1 }, { ...good, atSeconds: 1e12 + 1 },
      { ...good, atSeconds: Number.NaN }, { ...good, atSeconds: Number.POSITIVE_INFINITY }, { ...good, atSeconds: 12.5 },
      { ...good, channel: 'nowhere' }, { ...good, channel: '' },
      { ...good, lines: [] }, { ...good, lines: Array.from({ length: 1_000 }, () => line(1)) }, { ...good, lines: Array.from({ length: 1_001 }, () => line(1)) },
      { ...good, lines: [line(0)] }, { ...good, lines: [line(1)] }, { ...good, lines: [line(1e6)] }, { ...good, lines: [line(1e6 + 1)] },
      { ...good, lines: [line(1.5)] }, { ...good, lines: [line(-2)] }, { ...good, lines: [line(2, 'NOT-A-SKU')] }, { ...good, lines: [line(2, '')] },
    ];
    const verdicts = cases.map((order) => {
      let schema = true;
      try {
        validateScenario({ ...o.replayHead, scripted: { orders: [order] } }, 'scenario.json');
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        schema = false;
      }
      return { schema, fast: replayOrderProblem(order, channels, skus) === null };
    });
    for (const [i, v] of verdicts.entries()) expect(v.fast, `case ${i}`).toBe(v.schema);
    expect(verdicts.filter((v) => !v.schema).length).toBeGreaterThan(10);
  });
});
