// Properties every policy shares, and each heuristic's closed-form length (DOMAIN.md) checked on
// random instances against an independent computation from the raw picks.
import { describe, expect, it } from 'vitest';
import { parseBin, type PickLocation, type RoutingLayout } from '../../../../models/wms/layout.js';
import { builtInPickPolicies, getPickPolicy } from '../../../../models/wms/routing/registry.js';
import { depthsByAisle, expectWellFormedRoute, horizontalTravel, randomInstances } from './random-instances.js';

const instances = randomInstances('policies', 300, { aislesMin: 1, aislesMax: 8, picksMin: 0, picksMax: 14 });
const lengthOf = (name: string, layout: RoutingLayout, picks: readonly PickLocation[]) =>
  getPickPolicy(name).route(layout, picks).length;
const tolerance = 1e-9;

/** The pick aisle (by aisle index) where the sweep ends: the end farther from the depot, right on a tie. */
function lastSwept(layout: RoutingLayout, aisles: { aisle: number; ys: number[] }[]) {
  const d = layout.depot.aisle;
  const left = aisles[0]!;
  const right = aisles[aisles.length - 1]!;
  return Math.abs(d - left.aisle) <= Math.abs(right.aisle - d) ? right : left;
}

function sShapeFormula(layout: RoutingLayout, picks: readonly PickLocation[]): number {
  const aisles = depthsByAisle(picks);
  const k = aisles.length;
  const L = layout.aisleLength;
  if (k === 0) return 0;
  const h = horizontalTravel(layout, picks);
  if (k % 2 === 0) return h + k * L;
  return h + (k - 1) * L + 2 * Math.max(...lastSwept(layout, aisles).ys);
}

function returnFormula(layout: RoutingLayout, picks: readonly PickLocation[]): number {
  const aisles = depthsByAisle(picks);
  return horizontalTravel(layout, picks) + aisles.reduce((sum, a) => sum + 2 * Math.max(...a.ys), 0);
}

function middleAisleFormula(
  layout: RoutingLayout,
  picks: readonly PickLocation[],
  middleCost: (ys: number[], L: number) => number,
): number {
  const aisles = depthsByAisle(picks);
  if (aisles.length <= 1) return returnFormula(layout, picks);
  const L = layout.aisleLength;
  const middles = aisles.slice(1, -1);
  return horizontalTravel(layout, picks) + 2 * L + middles.reduce((sum, a) => sum + middleCost(a.ys, L), 0);
}

const midpointMiddle = (ys: number[], L: number): number => {
  const front = ys.filter((y) => y <= L / 2);
  const back = ys.filter((y) => y > L / 2);
  return (front.length > 0 ? 2 * Math.max(...front) : 0) + (back.length > 0 ? 2 * (L - Math.min(...back)) : 0);
};

const largestGapMiddle = (ys: number[], L: number): number => {
  const points = [0, ...ys, L];
  let gap = 0;
  for (let i = 1; i < points.length; i += 1) gap = Math.max(gap, points[i]! - points[i - 1]!);
  return 2 * (L - gap);
};

/** Combined by brute force: every traverse/enter-and-leave choice per aisle, ending at the front. */
function combinedBruteForce(layout: RoutingLayout, picks: readonly PickLocation[]): number {
  const aisles = depthsByAisle(picks);
  const k = aisles.length;
  if (k === 0) return 0;
  const L = layout.aisleLength;
  const order = lastSwept(layout, aisles) === aisles[k - 1] ? aisles : [...aisles].reverse();
  let best = Infinity;
  for (let mask = 0; mask < 1 << k; mask += 1) {
    let atFront = true;
    let vertical = 0;
    order.forEach((a, i) => {
      if ((mask >> i) & 1) {
        vertical += L;
        atFront = !atFront;
      } else {
        vertical += atFront ? 2 * Math.max(...a.ys) : 2 * (L - Math.min(...a.ys));
      }
    });
    if (atFront) best = Math.min(best, vertical);
  }
  return horizontalTravel(layout, picks) + best;
}

describe('every routing policy', () => {
  const mustPass: RoutingLayout = { aisles: 4, baysPerAisle: 10, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 } };

  it.each(builtInPickPolicies.map((p) => p.name))('%s: two picks in one aisle at 2.5 and 6.5 give 13 m', (name) => {
    const picks = ['A-03-01', 'A-07-02'].map((a) => parseBin(a, mustPass));
    const route = getPickPolicy(name).route(mustPass, picks);
    expect(route.length).toBeCloseTo(13, 12);
    expect(route.sequence).toEqual(['A-03-01', 'A-07-02']);
  });

  it.each(builtInPickPolicies.map((p) => p.name))('%s: an empty pick list is 0 m at the depot', (name) => {
    const layout = { ...mustPass, depot: { aisle: 2 } };
    expect(getPickPolicy(name).route(layout, [])).toEqual({ length: 0, sequence: [], path: [{ x: 6, y: 0 }] });
  });

  it.each(builtInPickPolicies.map((p) => p.name))('%s: routes 50 aisles x 100 bays, aisles past Z included', (name) => {
    const layout: RoutingLayout = { aisles: 50, baysPerAisle: 100, aisleLength: 50, aisleSpacing: 3, depot: { aisle: 10 } };
    const picks = ['A-01-01', 'Z-50-02', 'AA-100-01', 'AX-07-03', 'K-99-01'].map((a) => parseBin(a, layout));
    expectWellFormedRoute(layout, picks, getPickPolicy(name).route(layout, picks), name);
  });

  it.each(builtInPickPolicies.map((p) => p.name))('%s: rejects a pick outside the layout, naming it', (name) => {
    const other: RoutingLayout = { ...mustPass, aisles: 10 };
    const outside = parseBin('H-02-01', other);
    expect(() => getPickPolicy(name).route(mustPass, [outside])).toThrow(/"H-02-01"/);
  });

  it('returns well-formed routes on 300 random instances', () => {
    for (const instance of instances) {
      for (const policy of builtInPickPolicies) {
        const route = policy.route(instance.layout, instance.picks);
        expectWellFormedRoute(instance.layout, instance.picks, route, `${policy.name} ${instance.label}`);
      }
    }
  });

  it('is deterministic: the same picks in any order give the same length', () => {
    for (const instance of instances.slice(0, 50)) {
      const shuffled = [...instance.picks].reverse();
      for (const policy of builtInPickPolicies) {
        expect(policy.route(instance.layout, shuffled).length, instance.label).toBeCloseTo(
          policy.route(instance.layout, instance.picks).length,
          9,
        );
      }
    }
  });
});

describe('heuristic lengths on random instances', () => {
  it('S-shape is H + kL (k even) or H + (k - 1)L + 2 ymax(last) (k odd)', () => {
    for (const { layout, picks, label } of instances) {
      expect(lengthOf('s-shape', layout, picks), label).toBeCloseTo(sShapeFormula(layout, picks), 9);
    }
  });

  it('return is H + sum of 2 ymax', () => {
    for (const { layout, picks, label } of instances) {
      expect(lengthOf('return', layout, picks), label).toBeCloseTo(returnFormula(layout, picks), 9);
    }
  });

  it('midpoint is H + 2L + each middle aisle served from its nearer half', () => {
    for (const { layout, picks, label } of instances) {
      expect(lengthOf('midpoint', layout, picks), label).toBeCloseTo(middleAisleFormula(layout, picks, midpointMiddle), 9);
    }
  });

  it('largest gap is H + 2L + each middle aisle minus twice its largest gap', () => {
    for (const { layout, picks, label } of instances) {
      expect(lengthOf('largest-gap', layout, picks), label).toBeCloseTo(middleAisleFormula(layout, picks, largestGapMiddle), 9);
    }
  });

  it('combined equals the best of all traverse / enter-and-leave choices', () => {
    for (const { layout, picks, label } of instances) {
      expect(lengthOf('combined', layout, picks), label).toBeCloseTo(combinedBruteForce(layout, picks), 9);
    }
  });
});

describe('orderings guaranteed by the definitions', () => {
  it('no heuristic beats optimal, and every route is at least H', () => {
    for (const { layout, picks, label } of instances) {
      const best = lengthOf('optimal', layout, picks);
      expect(best, label).toBeGreaterThanOrEqual(horizontalTravel(layout, picks) - tolerance);
      for (const policy of builtInPickPolicies) {
        expect(policy.route(layout, picks).length, `${policy.name} ${label}`).toBeGreaterThanOrEqual(best - tolerance);
      }
    }
  });

  it('combined is never longer than S-shape or return', () => {
    for (const { layout, picks, label } of instances) {
      const c = lengthOf('combined', layout, picks);
      expect(c, label).toBeLessThanOrEqual(lengthOf('s-shape', layout, picks) + tolerance);
      expect(c, label).toBeLessThanOrEqual(lengthOf('return', layout, picks) + tolerance);
    }
  });

  it('largest gap is never longer than midpoint', () => {
    for (const { layout, picks, label } of instances) {
      expect(lengthOf('largest-gap', layout, picks), label).toBeLessThanOrEqual(lengthOf('midpoint', layout, picks) + tolerance);
    }
  });
});
