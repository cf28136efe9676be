import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../scenarios/load.js';
import { runScenario } from '../../../scenarios/run.js';
import { keyNumbers } from '../../../viz/twin/key-numbers.js';
import { runTwin } from '../../../viz/twin/run-twin.js';

const value = (numbers: { id: string; value: string }[], id: string) => numbers.find((n) => n.id === id)?.value;

describe('runTwin', () => {
  it('shows the article walkthrough: on hand 86 -> 84 and $28.00 to COGS', () => {
    const { result, visuals } = runTwin(loadScenario('seed-walkthrough'));
    const numbers = keyNumbers(result, visuals);
    expect(value(numbers, 'onhand')).toBe('84');
    expect(value(numbers, 'cogs')).toBe('$28.00');
    expect(value(numbers, 'oversold')).toBe('0');
  });

  it('shows the article oversell: 12 accepted, oversold by 2', () => {
    const { result, visuals } = runTwin(loadScenario('seed-oversell'));
    const numbers = keyNumbers(result, visuals);
    expect(value(numbers, 'accepted')).toBe('12');
    expect(value(numbers, 'oversold')).toBe('2');
  });

  it('gives the same result hash as a run without tracing', () => {
    const config = loadScenario('seed-drift');
    expect(runTwin(config).result.hash).toBe(runScenario(config).hash);
  });

  it('follows the walkthrough order from channel to ERP with each system\'s number', () => {
    const [journey] = runTwin(loadScenario('seed-walkthrough')).journeys;
    expect(journey).toMatchObject({ orderId: 1, channel: 'amazon', sku: '4471', qty: 2, outcome: 'shipped' });
    const kinds = journey!.steps.map((s) => s.kind);
    for (const kind of ['channel.order.accepted', 'oms.order.routed', 'wms.pick.completed', 'wms.order.shipped', 'erp.posted', 'oms.ats.published', 'channel.view.updated'] as const) expect(kinds).toContain(kind);
    expect(kinds.indexOf('channel.order.accepted')).toBe(0);
    expect(kinds.indexOf('wms.order.shipped')).toBeLessThan(kinds.indexOf('erp.posted'));
    expect(journey!.opening).toMatchObject({ channel: 86, wms: 86, physical: 86, erp: 86 });
    const shipped = journey!.steps.find((s) => s.kind === 'wms.order.shipped')!;
    expect(shipped.numbers).toMatchObject({ wms: 84, physical: 84 });
    const posted = journey!.steps.find((s) => s.kind === 'erp.posted')!;
    expect(posted.numbers.erp).toBe(84);
    expect(posted.text).toContain('$28.00');
  });
});
