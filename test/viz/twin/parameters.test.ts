import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../../../scenarios/builtin/index.js';
import { validateScenario } from '../../../scenarios/validate.js';
import { applyParameters, parametersOf } from '../../../viz/twin/parameters.js';

const walkthrough = () => structuredClone(builtinScenarios['seed-walkthrough']) as Record<string, any>;

describe('twin parameters', () => {
  it('reads the knobs of a scenario, with model defaults where it is silent', () => {
    const p = parametersOf(walkthrough());
    expect(p).toMatchObject({ seed: 1, days: 1, syncIntervalSeconds: 300, ownership: 'clean', omsRoutingPolicy: 'nearest', channels: 2, messageLossProbability: 0 });
    expect(p.faults.misPickProbability).toBe(0);
  });

  it('changes only the knobs given and never the original document', () => {
    const doc = walkthrough();
    const before = JSON.stringify(doc);
    const changed = applyParameters(doc, { syncIntervalSeconds: 900, ownership: 'no-oms', pickRoutingPolicy: 's-shape', faults: { misPickProbability: 0.02 } }) as Record<string, any>;
    expect(JSON.stringify(doc)).toBe(before);
    expect(changed.channels.map((c: any) => c.syncIntervalSeconds)).toEqual([900, 900]);
    expect(changed.ownership).toBe('no-oms');
    expect(changed.warehouses[0].routingPolicy).toBe('s-shape');
    expect(changed.faults).toEqual({ misPickProbability: 0.02 });
    expect(changed.seed).toBe(1);
    const config = validateScenario(changed, 'test');
    expect(config.ownership.oms).toBe(false);
  });

  it('adds channels as copies of the last one under new names, and the result validates', () => {
    const changed = applyParameters(walkthrough(), { channels: 4 }) as Record<string, any>;
    expect(changed.channels.map((c: any) => c.name)).toEqual(['amazon', 'shopify', 'ebay', 'walmart']);
    expect(validateScenario(changed, 'test').channels).toHaveLength(4);
  });

  it('drops the scripted orders and links of removed channels so the scenario stays valid', () => {
    const doc = walkthrough();
    doc.scripted.orders.push({ atSeconds: 40_000, channel: 'shopify', lines: [{ sku: '4471', qty: 1 }] });
    doc.links.push({ from: 'channel:shopify', to: 'oms', latencySeconds: 9 });
    const changed = applyParameters(doc, { channels: 1 }) as Record<string, any>;
    expect(changed.scripted.orders.map((o: any) => o.channel)).toEqual(['amazon']);
    expect(changed.links.some((l: any) => l.from === 'channel:shopify')).toBe(false);
    expect(validateScenario(changed, 'test').channels.map((c) => c.name)).toEqual(['amazon']);
  });

  it('sets message loss on every existing link, keeping latencies', () => {
    const changed = applyParameters(walkthrough(), { messageLossProbability: 0.1 }) as Record<string, any>;
    expect(changed.links.every((l: any) => l.lossProbability === 0.1)).toBe(true);
    expect(changed.links[0].latencySeconds).toBe(2);
  });

  it('names a bad channel count', () => {
    expect(() => applyParameters(walkthrough(), { channels: 0 })).toThrow('got 0');
    expect(() => applyParameters(walkthrough(), { channels: 2.5 })).toThrow('got 2.5');
  });
});
