// `measure` is the length of `route` without the sequence and path: the same walk with reused
// memory, so it must give exactly the same number on any instance, whatever was measured before.
import { describe, expect, it } from 'vitest';
import { AisleGrouper, groupByAisle } from '../../../../models/wms/routing/aisles.js';
import { builtInPickPolicies } from '../../../../models/wms/routing/registry.js';
import { randomInstances } from './random-instances.js';

const small = randomInstances('measure', 300, { aislesMin: 1, aislesMax: 8, picksMin: 0, picksMax: 14 });
// Long pick lists take the Array.sort path of the grouper.
const long = randomInstances('measure-long', 40, { aislesMin: 2, aislesMax: 10, picksMin: 33, picksMax: 80 });
const measured = builtInPickPolicies.filter((p) => p.measure !== undefined);

describe('RoutingPolicy.measure', () => {
  it('is offered by the six sweep heuristics', () => {
    expect(measured.map((p) => p.name).sort()).toEqual(['combined', 'combined-plus', 'largest-gap', 'midpoint', 'return', 's-shape']);
  });

  it.each(measured.map((p) => [p.name, p] as const))('%s: measure equals route().length exactly, instance after instance', (_name, policy) => {
    for (const { label, layout, picks } of [...small, ...long]) {
      expect(policy.measure!(layout, picks), label).toBe(policy.route(layout, picks).length);
    }
  });
});

describe('AisleGrouper', () => {
  it('groups like groupByAisle while reusing its memory between calls', () => {
    const grouper = new AisleGrouper();
    for (const { label, layout, picks } of [...small, ...long]) {
      const reused = grouper.group(layout, picks).map((a) => ({ aisle: a.aisle, x: a.x, stops: a.stops.map((s) => ({ y: s.y, addresses: [...s.addresses], picked: s.picked })) }));
      expect(reused, label).toEqual(groupByAisle(layout, picks));
    }
  });
});
