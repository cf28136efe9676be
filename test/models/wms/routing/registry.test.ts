import { describe, expect, it } from 'vitest';
import { parseBin, type RoutingLayout } from '../../../../models/wms/layout.js';
import { builtInPickPolicyRegistry, createPickPolicyRegistry, getPickPolicy } from '../../../../models/wms/routing/registry.js';
import type { RoutingPolicy } from '../../../../models/wms/routing/types.js';

const builtIns = ['s-shape', 'return', 'midpoint', 'largest-gap', 'combined', 'combined-plus', 'optimal'];

// A user policy: the same walk as return, but it reports each pick's address in reverse order.
const reversed: RoutingPolicy = {
  name: 'test-reversed-return',
  route(layout, picks) {
    const route = getPickPolicy('return').route(layout, picks);
    return { ...route, sequence: [...route.sequence].reverse() };
  },
};

describe('routing policy registry', () => {
  it('lists the seven built-ins in order', () => {
    expect(builtInPickPolicyRegistry.names()).toEqual(builtIns);
    for (const name of builtIns) expect(getPickPolicy(name).name).toBe(name);
  });

  it('throws a RangeError naming the unknown policy and the valid names', () => {
    expect(() => getPickPolicy('shortest')).toThrow(RangeError);
    expect(() => getPickPolicy('shortest')).toThrow(/"shortest".*s-shape, return, midpoint, largest-gap, combined, combined-plus, optimal/);
  });

  it('registers a user policy by name in its own registry and then routes with it', () => {
    const registry = createPickPolicyRegistry();
    registry.register(reversed);
    expect(registry.names()).toContain('test-reversed-return');
    expect(builtInPickPolicyRegistry.names()).not.toContain('test-reversed-return');
    expect('register' in builtInPickPolicyRegistry).toBe(false);
    const layout: RoutingLayout = { aisles: 4, baysPerAisle: 10, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 } };
    const route = registry.get('test-reversed-return').route(layout, ['A-03-01', 'A-07-02'].map((a) => parseBin(a, layout)));
    expect(route.sequence).toEqual(['A-07-02', 'A-03-01']);
  });

  it('refuses a taken name, a malformed name and a policy without route()', () => {
    const registry = createPickPolicyRegistry();
    expect(() => registry.register({ name: 'optimal', route: () => ({ length: 0, sequence: [], path: [] }) })).toThrow(
      /"optimal" is already registered/,
    );
    expect(() => registry.register({ name: 'Bad Name', route: () => ({ length: 0, sequence: [], path: [] }) })).toThrow(
      /"Bad Name"/,
    );
    expect(() => registry.register({ name: 'x' } as unknown as RoutingPolicy)).toThrow(/route\(layout, picks\)/);
  });

  it('keeps separate registries apart', () => {
    const registry = createPickPolicyRegistry([{ ...reversed, name: 'only-here' }]);
    expect(registry.names()).toEqual([...builtIns, 'only-here']);
    expect(() => getPickPolicy('only-here')).toThrow(RangeError);
  });
});
