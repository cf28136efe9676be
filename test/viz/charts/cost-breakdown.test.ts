import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../../../scenarios/builtin/index.js';
import { runScenario } from '../../../scenarios/run.js';
import { validateScenario } from '../../../scenarios/validate.js';
import { applyParameters } from '../../../viz/twin/index.js';
import { costBreakdownChart, costComponents, costRows, type PointCosts } from '../../../viz/charts/index.js';

describe('cost breakdown', () => {
  it('stacks parts that add up to totalCost, to the cent, on real runs of every ownership mode', () => {
    for (const ownership of ['clean', 'no-oms', 'erp-own-count'] as const) {
      const config = validateScenario(applyParameters(builtinScenarios.multichannel, { days: 3, ownership }), 'multichannel');
      const { metrics } = runScenario(config);
      const parts = costComponents.reduce((sum, c) => sum + metrics[c]!, 0);
      expect(parts, ownership).toBe(metrics.totalCost);
      expect(metrics.totalCost).toBeGreaterThan(0);
    }
  });

  it('gives one segment per part and point, in dollars', () => {
    const cents = { shippingCost: 1000, labourCost: 250, holdingCost: 5, purchasingCost: 0, oversellCost: 1995, stockoutCost: 100 };
    const points: PointCosts[] = [{ label: '#0 a', cents }, { label: '#1 b', cents: { ...cents, shippingCost: 0 } }];
    const rows = costRows(points);
    expect(rows).toHaveLength(12);
    expect(rows.filter((r) => r.label === '#0 a').reduce((s, r) => s + r.dollars, 0)).toBeCloseTo(33.5, 10);
    expect(rows.find((r) => r.label === '#1 b' && r.component === 'shippingCost')!.dollars).toBe(0);
    const chart = costBreakdownChart(points);
    expect((chart.y as { domain: string[] }).domain).toEqual(['#0 a', '#1 b']);
  });
});

