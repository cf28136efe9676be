import { describe, expect, it } from 'vitest';
import {
  checkAllocation,
  builtInOmsRoutingRegistry,
  createOmsRoutingRegistry,
  getOmsRoutingPolicy,
  type OmsRoutingPolicy,
} from '../../../../models/oms/routing/index.js';
import { request } from './request.js';

describe('routing registry', () => {
  it('lists the five built-ins first', () => {
    expect(builtInOmsRoutingRegistry.names()).toEqual(['nearest', 'most-stock', 'ranked', 'fewest-splits', 'lowest-cost']);
    expect(createOmsRoutingRegistry().names()).toEqual(builtInOmsRoutingRegistry.names());
  });

  it('finds a vendor policy by name in the registry it was added to, and only there', () => {
    const farthest: OmsRoutingPolicy = { name: 'test-last-location', route: (r) => ({ units: r.warehouses.map((_, w) => r.lines.map((line, l) => (w === r.warehouses.length - 1 ? Math.min(line.qty, r.available[w]![l]!) : 0))) }) };
    const registry = createOmsRoutingRegistry();
    registry.register(farthest);
    expect(registry.get('test-last-location')).toBe(farthest);
    expect(registry.names()).toEqual([...builtInOmsRoutingRegistry.names(), 'test-last-location']);
    expect(() => getOmsRoutingPolicy('test-last-location')).toThrow(RangeError);
    expect(builtInOmsRoutingRegistry.names()).not.toContain('test-last-location');
  });

  it('offers no way to add to the built-in registry', () => {
    expect('register' in builtInOmsRoutingRegistry).toBe(false);
  });

  it('rejects a taken name, a malformed name and a policy without route()', () => {
    const registry = createOmsRoutingRegistry();
    expect(() => registry.register({ name: 'nearest', route: () => ({ units: [] }) })).toThrow(/"nearest" is already registered/);
    expect(() => registry.register({ name: 'Bad Name', route: () => ({ units: [] }) })).toThrow(/"Bad Name"/);
    expect(() => registry.register({ name: 'x' } as unknown as OmsRoutingPolicy)).toThrow(/route\(request\)/);
  });

  it('names the valid policies when asked for an unknown one', () => {
    expect(() => createOmsRoutingRegistry().get('teleport')).toThrow(/unknown OMS routing policy "teleport"; valid names: nearest, most-stock/);
  });

  it('keeps separate registries independent', () => {
    const one = createOmsRoutingRegistry([{ name: 'only-here', route: () => ({ units: [] }) }]);
    expect(one.names()).toContain('only-here');
    expect(createOmsRoutingRegistry().names()).not.toContain('only-here');
  });
});

describe('checkAllocation', () => {
  const req = request([3], [[2], [5], [0]]);

  it('returns the units allocated by a valid answer', () => {
    expect(checkAllocation('p', req, { units: [[2], [1], [0]] })).toBe(3);
  });

  it('rejects more than a location has free', () => {
    expect(() => checkAllocation('p', req, { units: [[3], [0], [0]] })).toThrow(/units\[0\]\[0\] = 3 must be an integer in \[0, 2\]/);
  });

  it('rejects more than the line ordered', () => {
    expect(() => checkAllocation('p', req, { units: [[2], [2], [0]] })).toThrow(/line 0 gets 4 units, more than the 3 ordered/);
  });

  it('rejects fractions and a wrong shape', () => {
    expect(() => checkAllocation('p', req, { units: [[1.5], [0], [0]] })).toThrow(/1.5/);
    expect(() => checkAllocation('p', req, { units: [[1], [0]] })).toThrow(/3 rows/);
  });
});
