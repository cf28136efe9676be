// The engine's bounds in the schema and cross-checks: each refused by validateScenario with the
// field path, and the boundary value itself accepted (so the bound is exactly where it is documented).
import { describe, expect, it } from 'vitest';
import { buildPipeline } from '../../models/pipeline.js';
import { engineLimits, estimateEvents } from '../../scenarios/engine-bounds.js';
import { InputError } from '../../scenarios/errors.js';
import { builtinNames, loadScenario } from '../../scenarios/load.js';
import { bounds } from '../../scenarios/schema.js';
import { validateScenario } from '../../scenarios/validate.js';
import { closestName, editDistance } from '../../scenarios/zod-keys.js';

function doc(patch: (d: Record<string, any>) => void = () => {}): Record<string, any> {
  const d: Record<string, any> = {
    name: 'bounds',
    horizonDays: 1,
    catalog: { items: [{ code: 'A', costCents: 100, priceCents: 200 }, { code: 'B', costCents: 100, priceCents: 200 }] },
    warehouses: [{ name: 'east' }],
    channels: [{ name: 'shop' }],
  };
  patch(d);
  return d;
}

function problemPaths(d: unknown): string[] {
  try {
    validateScenario(d, 'f.json');
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => p.path);
    throw error;
  }
  return [];
}

const int32Max = 2 ** 31 - 1;

describe('engine bounds', () => {
  it('per-unit cents must fit an Int32Array: 2^31 - 1 passes and builds, 2^31 is refused', () => {
    expect(problemPaths(doc((d) => (d.catalog.items[0].priceCents = int32Max)))).toEqual([]);
    const config = validateScenario(doc((d) => (d.catalog.items[0].priceCents = int32Max)), 'f.json');
    expect(buildPipeline(config).ctx.catalog.priceCents[0]).toBe(int32Max);
    expect(problemPaths(doc((d) => (d.catalog.items[0].priceCents = int32Max + 1)))).toEqual(['catalog.items[0].priceCents']);
    expect(problemPaths(doc((d) => (d.catalog.items[1].costCents = 3e9)))).toEqual(['catalog.items[1].costCents']);
  });

  it('a generated catalogue whose dearest price passes 2^31 - 1 is refused; costCentsMin above costCentsMax too', () => {
    // 1e9 * (1 + 114.7483647%) = 2147483647 exactly fits; 115% does not.
    expect(problemPaths(doc((d) => (d.catalog = { generate: { count: 2, costCentsMin: 1, costCentsMax: 1e9, marginPct: 114 } })))).toEqual([]);
    expect(problemPaths(doc((d) => (d.catalog = { generate: { count: 2, costCentsMin: 1, costCentsMax: 1e9, marginPct: 115 } })))).toEqual(['catalog.generate.marginPct']);
    expect(problemPaths(doc((d) => (d.catalog = { generate: { count: 2, costCentsMin: 10, costCentsMax: 5 } })))).toEqual(['catalog.generate.costCentsMax']);
  });

  it('opening units of one SKU summed over the warehouses: 2^31 - 1 passes, one more is refused', () => {
    // unitsPerSku is at most 1e9 each, so three warehouses reach the sum.
    const split = (c: number) => doc((d) => (d.warehouses = [1e9, 1e9, c].map((units, i) => ({ name: `w${i}`, initialStock: { unitsPerSku: units } }))));
    expect(problemPaths(split(int32Max - 2e9))).toEqual([]);
    expect(problemPaths(split(int32Max - 2e9 + 1))).toEqual(['warehouses[*].initialStock']);
    const byItem = doc((d) => (d.warehouses = [{ name: 'a', initialStock: { items: [{ sku: 'B', units: 0, recordUnits: 1e9 }] } }, { name: 'b', initialStock: { unitsPerSku: 1e9 } }, { name: 'c', initialStock: { unitsPerSku: 2e8 } }]));
    expect(problemPaths(byItem)).toEqual(['warehouses[*].initialStock']);
  });

  it('pickupHours below 24, shapes with a positive weight', () => {
    expect(problemPaths(doc((d) => (d.warehouses[0].shipping = { pickupHours: [0, 23.99] })))).toEqual([]);
    expect(problemPaths(doc((d) => (d.warehouses[0].shipping = { pickupHours: [24] })))).toEqual(['warehouses[0].shipping.pickupHours[0]']);
    expect(problemPaths(doc((d) => (d.channels[0].demand = { hourShape: Array(24).fill(0) })))).toEqual(['channels[0].demand.hourShape']);
    expect(problemPaths(doc((d) => (d.channels[0].demand = { dayShape: [0, 0, 0, 0, 0, 0, 1e-9] })))).toEqual([]);
  });

  it('bins: malformed, outside the layout, fixed twice, all taken; the same SKU twice; the bin limit', () => {
    const items = (list: object[], layout: object = {}) => doc((d) => ((d.warehouses[0].initialStock = { items: list }), (d.warehouses[0].layout = layout)));
    const at = (j: number, f: string) => `warehouses[0].initialStock.items[${j}].${f}`;
    expect(problemPaths(items([{ sku: 'A', units: 1, bin: 'B-02-03' }], { aisles: 2, baysPerAisle: 2, levels: 3 }))).toEqual([]);
    expect(problemPaths(items([{ sku: 'A', units: 1, bin: 'B-02-04' }], { aisles: 2, baysPerAisle: 2, levels: 3 }))).toEqual([at(0, 'bin')]);
    expect(problemPaths(items([{ sku: 'A', units: 1, bin: 'a-01-01' }]))).toEqual([at(0, 'bin')]);
    expect(problemPaths(items([{ sku: 'A', units: 1, bin: 'A-01-01' }, { sku: 'B', units: 1, bin: 'A-01-01' }]))).toEqual([at(1, 'bin')]);
    expect(problemPaths(items([{ sku: 'A', units: 1 }, { sku: 'A', units: 1 }]))).toEqual([at(1, 'sku')]);
    expect(problemPaths(items([{ sku: 'A', units: 1, bin: 'A-01-01' }], { aisles: 1, baysPerAisle: 1, levels: 1 }))).toEqual(['warehouses[0].initialStock.items']);
    // Both SKUs fixed: nothing else needs a bin.
    expect(problemPaths(items([{ sku: 'A', units: 1, bin: 'A-01-01' }, { sku: 'B', units: 1, bin: 'A-01-02' }], { aisles: 1, baysPerAisle: 1, levels: 2 }))).toEqual([]);
    expect(problemPaths(doc((d) => (d.warehouses[0].layout = { aisles: 100, baysPerAisle: 500, levels: 20 })))).toEqual([]);
    expect(problemPaths(doc((d) => (d.warehouses[0].layout = { aisles: 101, baysPerAisle: 500, levels: 20 })))).toEqual(['warehouses[0].layout']);
  });

  it('every interval is accepted at its documented minimum and refused just below it', () => {
    const cases: Array<[string, number, (d: Record<string, any>, v: number) => void]> = [
      ['channels[0].syncIntervalSeconds', bounds.syncIntervalSecondsMin, (d, v) => (d.channels[0].syncIntervalSeconds = v)],
      ['oms.fullSyncIntervalSeconds', bounds.fullSyncIntervalSecondsMin, (d, v) => (d.oms = { fullSyncIntervalSeconds: v })],
      ['warehouses[0].batching.waveIntervalSeconds', bounds.waveIntervalSecondsMin, (d, v) => (d.warehouses[0].batching = { mode: 'wave', waveIntervalSeconds: v })],
      ['sampleIntervalSeconds', bounds.sampleIntervalSecondsMin, (d, v) => (d.sampleIntervalSeconds = v)],
      ['erp.purchasing.reviewIntervalSeconds', bounds.reviewIntervalSecondsMin, (d, v) => (d.erp = { purchasing: { reviewIntervalSeconds: v } })],
      ['erp.ownCount.importIntervalSeconds', bounds.importIntervalSecondsMin, (d, v) => (d.erp = { ownCount: { importIntervalSeconds: v } })],
      ['erp.ownCount.reconciliationIntervalDays', bounds.reconciliationIntervalDaysMin, (d, v) => (d.erp = { ownCount: { reconciliationIntervalDays: v } })],
    ];
    for (const [path, min, set] of cases) {
      expect(problemPaths(doc((d) => set(d, min))), path).toEqual([]);
      expect(problemPaths(doc((d) => set(d, min * 0.999))), path).toEqual([path]);
    }
    expect(problemPaths(doc((d) => (d.erp = { ownCount: { reconciliationIntervalDays: 0 } })))).toEqual([]);
  });

  it('the event estimate counts orders and periodic work, and refuses a run past the limit naming the top knob', () => {
    // 100 orders a day for 10 days, no extra lines or units: 10 events an order.
    const sources = estimateEvents(validateScenario(doc((d) => ((d.horizonDays = 10), (d.channels[0].demand = { ordersPerDay: 100, extraLinesMean: 0, extraUnitsMean: 0 }), (d.channels[0].syncIntervalSeconds = 3600))), 'f.json'));
    expect(sources.find((s) => s.path === 'channels[0].demand.ordersPerDay')!.events).toBe(100 * 10 * 10);
    // 10 days of hourly syncs to one warehouse and the OMS: 240 x 2.
    expect(sources.find((s) => s.path === 'channels[0].syncIntervalSeconds')!.events).toBe(480);
    const limit = engineLimits.eventsMax;
    // Orders alone: ordersPerDay x days x 10 just over the limit.
    const over = doc((d) => ((d.horizonDays = 1000), (d.channels[0].demand = { ordersPerDay: limit / 10_000 + 1_000, extraLinesMean: 0, extraUnitsMean: 0 })));
    expect(problemPaths(over)).toEqual(['channels[0].demand.ordersPerDay']);
  });

  it('every built-in is within every bound, builds, and is estimated well below the limit', () => {
    for (const name of builtinNames()) {
      const config = loadScenario(name);
      const total = estimateEvents(config).reduce((sum, s) => sum + s.events, 0);
      expect(total, name).toBeLessThan(engineLimits.eventsMax / 10);
    }
  });

  it('schema problems and cross-field problems are reported together', () => {
    const paths = problemPaths(doc((d) => ((d.warehouses[0].slotting = 'nope'), (d.channels[0].noOmsWarehouse = 'west'), (d.warehouses[0].initialStock = { items: [{ sku: 'Z', units: 1 }] }))));
    expect(paths.sort()).toEqual(['channels[0].noOmsWarehouse', 'warehouses[0].initialStock.items[0].sku', 'warehouses[0].slotting']);
  });

  it('did you mean: the nearest key within a third of its length', () => {
    expect(editDistance('layot', 'layout')).toBe(1);
    expect(editDistance('hoirzonDays', 'horizonDays')).toBe(1);
    expect(closestName('warehouse', ['warehouses', 'channels'])).toBe('warehouses');
    expect(closestName('zzz', ['warehouses', 'channels'])).toBeNull();
  });
});
