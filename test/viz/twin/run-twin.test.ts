import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../scenarios/load.js';
import { runScenario, runScenarioWithVisuals, withOverrides } from '../../../scenarios/run.js';
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

  it('stops tracing once its followed orders are told, with the hash and visuals of an untraced run', () => {
    const config = withOverrides(loadScenario('multichannel'), { days: 4 });
    const records: number[] = [];
    const twin = runTwin(config);
    const plain = runScenarioWithVisuals(config, { visuals: true });
    expect(twin.result.hash).toBe(runScenario(config).hash);
    expect(twin.visuals).toEqual(plain.visuals);
    // Every followed order reached its end: the trace had nothing left to add to the journeys.
    expect(twin.journeys).toHaveLength(20);
    for (const journey of twin.journeys) expect(['shipped', 'cancelled']).toContain(journey.outcome);
    // The same run traced to the end keeps recording long after the journeys settle.
    const lastStep = Math.max(...twin.journeys.flatMap((j) => j.steps.map((s) => s.time)));
    runScenarioWithVisuals(config, { visuals: true, tracer: { emit: (r: { time: number }) => void records.push(r.time) } });
    expect(Math.max(...records)).toBeGreaterThan(lastStep + 86_400);
  });

  it('stops tracing after traceDays even when a followed order is still open', () => {
    const config = withOverrides(loadScenario('multichannel'), { days: 3 });
    const cut = runTwin(config, { traceDays: 0.01 });
    const steps = cut.journeys.flatMap((j) => j.steps.map((s) => s.time));
    // The trace is reviewed hourly: nothing is recorded past the first hour after the cut.
    expect(Math.max(...steps)).toBeLessThanOrEqual(3_600);
    expect(cut.result.hash).toBe(runScenario(config).hash);
  });

  it('reports progress hourly in simulated time, ending at the horizon', () => {
    const config = withOverrides(loadScenario('multichannel'), { days: 2 });
    const done: number[] = [];
    runTwin(config, { onProgress: (seconds, horizon) => { expect(horizon).toBe(2 * 86_400); done.push(seconds); } });
    expect(done.at(-1)).toBe(2 * 86_400);
    for (let i = 1; i < done.length; i++) expect(done[i]!).toBeGreaterThan(done[i - 1]!);
    expect(done.length).toBeGreaterThanOrEqual(48);
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
