// The guard around a vendor policy: whatever the policy answers or throws becomes a PolicyError that
// says what was wrong, and a pick policy's measure() cannot make a run walk another distance than route().
import { describe, expect, it } from 'vitest';
import type { RoutingRequest } from '../../models/oms/routing/index.js';
import { sShape } from '../../models/wms/routing/s-shape.js';
import { PolicyError } from '../../scenarios/errors.js';
import { guardOmsPolicy, guardPickPolicy } from '../../scenarios/vendor-guard.js';

const request: RoutingRequest = {
  lines: [{ sku: 'A', qty: 2 }],
  warehouses: [{ name: 'east', position: { x: 0, y: 0 }, rank: 0, costCentsPerUnit: 1 }],
  available: [[5]],
  destination: { x: 1, y: 1 },
  allowSplit: true,
} as unknown as RoutingRequest;
const layout = { aisles: 4, baysPerAisle: 10, aisleLength: 20, aisleSpacing: 3, depot: { aisle: 0 } };
const picks = [{ address: 'B-05-01', aisle: 1, bay: 5, level: 1, x: 3, y: 9 }];

const ruleOf = (call: () => unknown): string => {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).rule;
  }
  throw new Error('no PolicyError');
};
const oms = (route: (r: RoutingRequest) => unknown) => guardOmsPolicy({ name: 'vendor', route } as never, 'vendor.mjs');

describe('guardOmsPolicy', () => {
  it('an answer that is not an object says what came back (null, a string, a Promise)', () => {
    expect(ruleOf(() => oms(() => null).route(request))).toBe('route() must return { units }, got null');
    expect(ruleOf(() => oms(() => 'x').route(request))).toBe('route() must return { units }, got string');
    expect(ruleOf(() => oms(async () => ({ units: [[0]] })).route(request))).toMatch(/got a Promise \(route\(\) must answer synchronously\)/);
  });

  it('a unit that is a string or a bigint is shown as one, not as the number it looks like', () => {
    expect(ruleOf(() => oms(() => ({ units: [['0']] })).route(request))).toBe('units[0][0] = "0" must be an integer in [0, 5]');
    expect(ruleOf(() => oms(() => ({ units: [[0n]] })).route(request))).toBe('units[0][0] = 0n must be an integer in [0, 5]');
  });

  it('a thrown value that cannot be turned into text is still the policy\'s failure', () => {
    const hostile = { toString: () => { throw new Error('nested'); } };
    expect(ruleOf(() => oms(() => { throw hostile; }).route(request))).toBe('it threw: a value that cannot be shown as text');
  });
});

describe('guardPickPolicy', () => {
  it('a measure() that disagrees with route().length is a broken rule; an honest one gives route()\'s length', () => {
    const liar = guardPickPolicy({ name: 'vendor-pick', route: sShape.route, measure: () => 0 }, 'pick.mjs');
    expect(ruleOf(() => liar.measure!(layout, picks))).toMatch(/^measure\(\) gave 0 m where route\(\) gives [\d.]+ m: it must equal route\(\)\.length$/);
    const honest = guardPickPolicy({ name: 'vendor-pick', route: sShape.route, measure: sShape.measure }, 'pick.mjs');
    expect(honest.measure!(layout, picks)).toBe(sShape.route(layout, picks).length);
  });
});
