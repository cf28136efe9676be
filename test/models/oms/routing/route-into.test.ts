// routeInto is the allocation-free form of route: on any request it must write exactly the units
// route returns, into a reused matrix, whatever the previous request was.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { builtInOmsRoutingPolicies, type RoutingRequest, type RoutingWarehouse } from '../../../../models/oms/routing/index.js';

function randomRequest(seed: string): RoutingRequest {
  const rng = seedrandom(seed);
  const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
  const warehouseCount = int(1, 5);
  const lineCount = int(1, 6);
  const warehouses: RoutingWarehouse[] = Array.from({ length: warehouseCount }, (_, w) => ({
    name: `W${w}`,
    position: { x: int(-5, 5), y: int(-5, 5) },
    rank: int(1, 3),
    costCentsPerUnit: int(1, 4) * 100,
  }));
  return {
    lines: Array.from({ length: lineCount }, (_, l) => ({ sku: l, qty: int(1, 5) })),
    warehouses,
    available: warehouses.map(() => Array.from({ length: lineCount }, () => int(0, 6))),
    destination: { x: int(-5, 5), y: int(-5, 5) },
    allowSplit: rng() < 0.5,
  };
}

const requests = Array.from({ length: 400 }, (_, i) => randomRequest(`route-into/${i}`));

describe('OmsRoutingPolicy.routeInto', () => {
  it('is offered by every built-in policy', () => {
    for (const policy of builtInOmsRoutingPolicies) expect(typeof policy.routeInto, policy.name).toBe('function');
  });

  it.each(builtInOmsRoutingPolicies.map((p) => [p.name, p] as const))('%s: writes exactly route(request).units into a reused matrix', (_name, policy) => {
    const units: number[][] = [];
    requests.forEach((request, i) => {
      units.length = request.warehouses.length;
      for (let w = 0; w < units.length; w++) units[w] = new Array(request.lines.length).fill(0);
      policy.routeInto!(request, units);
      expect(units, `request ${i}`).toEqual(policy.route(request).units);
    });
  });
});
