// A channel's starting view can come from outside (a twin starting from a real OMS snapshot): a view
// above the shelf sells what is not there until a sync corrects it. One SKU, an empty shelf, a view of
// 5 and orders of 2, 2, 2 before the first sync: the first two are accepted and oversold (view 5 -> 3 ->
// 1), the third is refused (view 1 < 2), so 2 oversold orders and 4 oversold units, worked by hand.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../models/pipeline.js';
import { validateScenario } from '../../../scenarios/validate.js';
import { InputError } from '../../../scenarios/errors.js';

function scenario(initialView: { sku: string; units: number }[]) {
  const order = (atSeconds: number) => ({ atSeconds, channel: 'shop', lines: [{ sku: 'MUG-1', qty: 2 }] });
  return {
    name: 'initial-view',
    seed: 1,
    horizonDays: 1,
    catalog: { items: [{ code: 'MUG-1', costCents: 400, priceCents: 1000 }, { code: 'CAP-2', costCents: 300, priceCents: 900 }] },
    warehouses: [{ name: 'main', initialStock: { unitsPerSku: 0, items: [{ sku: 'CAP-2', units: 7 }] } }],
    channels: [{ name: 'shop', demand: { ordersPerDay: 0 }, syncIntervalSeconds: 3_600, initialView }],
    oms: { fullSyncIntervalSeconds: 86_400 },
    erp: { purchasing: { policy: 'none' } },
    scripted: { orders: [order(10), order(100), order(200)] },
  };
}

describe('channel initialView', () => {
  it('a view above the shelf oversells until the view runs out (hand-worked: 2 orders, 4 units)', () => {
    const { metrics, agents, invariants } = runPipeline(validateScenario(scenario([{ sku: 'MUG-1', units: 5 }]), 'initial-view'));
    expect(invariants.violations).toEqual([]);
    expect(metrics.oversoldOrders).toBe(2);
    expect(metrics.oversoldUnits).toBe(4);
    // SKUs not listed keep the computed view (the OMS's ATS: 7 on the shelf).
    expect(agents.channels[0]!.view(1)).toBe(7);
  });

  it('without it the channel starts from the OMS (nothing on the shelf, nothing sold, nothing oversold)', () => {
    const { metrics } = runPipeline(validateScenario(scenario([]), 'initial-view'));
    expect(metrics.oversoldOrders).toBe(0);
    expect(metrics.oversoldUnits).toBe(0);
  });

  it('an unknown SKU is a validation problem naming the path', () => {
    expect(() => validateScenario(scenario([{ sku: 'NOPE', units: 1 }]), 'initial-view')).toThrow(InputError);
    try {
      validateScenario(scenario([{ sku: 'NOPE', units: 1 }]), 'initial-view');
    } catch (error) {
      expect((error as InputError).problems[0]).toMatchObject({ path: 'channels[0].initialView[0].sku', value: 'NOPE' });
    }
  });
});
