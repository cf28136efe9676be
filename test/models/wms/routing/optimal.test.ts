import { describe, expect, it } from 'vitest';
import { parseBin, type RoutingLayout } from '../../../../models/wms/layout.js';
import { createOptimalPolicy, routeOptimal } from '../../../../models/wms/routing/optimal.js';
import { aisleTransition, crossTransition, State, stateCount } from '../../../../models/wms/routing/optimal-states.js';
import { expectWellFormedRoute, heldKarpLength, randomInstances } from './random-instances.js';

const bins = (layout: RoutingLayout, ...addresses: string[]) => addresses.map((a) => parseBin(a, layout));

// 10 bays over 10 m: bay b sits at y = b - 0.5. Aisles 2 m apart.
const tenByTen = (aisles: number, depotAisle: number): RoutingLayout => ({
  aisles,
  baysPerAisle: 10,
  aisleLength: 10,
  aisleSpacing: 2,
  depot: { aisle: depotAisle },
});

describe('optimal routing (Ratliff-Rosenthal)', () => {
  it('walks in to the deepest of two picks in the depot aisle and back: 13 m', () => {
    const layout: RoutingLayout = { aisles: 4, baysPerAisle: 10, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 } };
    const route = routeOptimal(layout, bins(layout, 'A-03-01', 'A-07-02'));
    // y = 2.5 and 6.5: in to 6.5 and back.
    expect(route.length).toBeCloseTo(13, 12);
    expect(route.sequence).toEqual(['A-03-01', 'A-07-02']);
    expect(route.path).toEqual([{ x: 0, y: 0 }, { x: 0, y: 6.5 }, { x: 0, y: 0 }]);
  });

  it('is 0 m with no picks and stays at the depot', () => {
    const route = routeOptimal(tenByTen(3, 1), []);
    expect(route).toEqual({ length: 0, sequence: [], path: [{ x: 2, y: 0 }] });
  });

  it('skips the largest gap of a middle aisle whose picks sit at both ends: 30 m', () => {
    const layout = tenByTen(3, 0);
    // Picks: A at 9.5; B at 0.5 and 9.5; C at 0.5 and 9.5.
    // Tour: up A (10), along the back to C (4), down C (10), along the front home (4) = 28, and
    // B from both ends, skipping its 9 m gap: 0.5 in and out from the front and from the back (2) = 30.
    // Held-Karp on the same picks confirms no tour is shorter.
    const picks = bins(layout, 'A-10-01', 'B-01-01', 'B-10-01', 'C-01-01', 'C-10-01');
    expect(heldKarpLength(layout, picks)).toBeCloseTo(30, 12);
    expect(routeOptimal(layout, picks).length).toBeCloseTo(30, 12);
  });

  it('traverses the outer aisles and takes the middle one from the back: 29 m', () => {
    const layout = tenByTen(3, 0);
    // Picks at 9.5 in A, B and C. Up A (10), along the back to C (4) dipping 0.5 into B and out (1),
    // down C (10), along the front home (4) = 29. Return routing would need 8 + 3 x 19 = 65.
    const picks = bins(layout, 'A-10-01', 'B-10-01', 'C-10-01');
    expect(heldKarpLength(layout, picks)).toBeCloseTo(29, 12);
    const route = routeOptimal(layout, picks);
    expect(route.length).toBeCloseTo(29, 12);
    expectWellFormedRoute(layout, picks, route, 'three deep picks');
  });

  it('starts from a depot in the middle aisle and covers both sides', () => {
    const layout = tenByTen(5, 2);
    // Depot at x = 4; picks at A 0.5 (x 0) and E 0.5 (x 8): along the front both ways, 1 m in each aisle.
    // 4 + 1 + 8 + 1 + 4 = 18.
    const route = routeOptimal(layout, bins(layout, 'A-01-01', 'E-01-01'));
    expect(route.length).toBeCloseTo(18, 12);
    expect([...route.sequence].sort()).toEqual(['A-01-01', 'E-01-01']);
    expectWellFormedRoute(layout, bins(layout, 'A-01-01', 'E-01-01'), route, 'middle depot');
  });

  it('handles a depot to the right of every pick', () => {
    const layout = tenByTen(4, 3);
    // Depot at x = 6, one pick at A 4.5: 6 + 9 + 6 = 21.
    expect(routeOptimal(layout, bins(layout, 'A-05-01')).length).toBeCloseTo(21, 12);
  });

  it('equals an exact Held-Karp tour on 300 random small instances', () => {
    for (const instance of randomInstances('optimal-vs-held-karp', 300, { aislesMin: 2, aislesMax: 8, picksMin: 1, picksMax: 12 })) {
      const route = routeOptimal(instance.layout, instance.picks);
      expect(route.length, instance.label).toBeCloseTo(heldKarpLength(instance.layout, instance.picks), 9);
      expectWellFormedRoute(instance.layout, instance.picks, route, instance.label);
    }
  });

  it('gives the same routes whatever was routed before (reused working memory)', () => {
    const big = randomInstances('optimal-reuse-big', 20, { aislesMin: 40, aislesMax: 60, picksMin: 30, picksMax: 60 });
    const small = randomInstances('optimal-reuse-small', 20, { aislesMin: 2, aislesMax: 6, picksMin: 1, picksMax: 8 });
    const all = [...small, ...big, ...small];
    const reused = createOptimalPolicy();
    const routes = all.map((i) => reused.route(i.layout, i.picks));
    all.forEach((instance, n) => {
      expect(routes[n], instance.label).toEqual(createOptimalPolicy().route(instance.layout, instance.picks));
    });
  });

  it('equals Held-Karp when many picks share few aisles (12 picks, 2-3 aisles)', () => {
    for (const instance of randomInstances('optimal-dense', 100, { aislesMin: 2, aislesMax: 3, picksMin: 8, picksMax: 12 })) {
      const route = routeOptimal(instance.layout, instance.picks);
      expect(route.length, instance.label).toBeCloseTo(heldKarpLength(instance.layout, instance.picks), 9);
    }
  });
});

describe('Ratliff-Rosenthal classes', () => {
  it('closes only a single even-degree component', () => {
    const closable = [];
    for (let s = 0; s < stateCount; s += 1) if (crossTransition[s * 9] === State.closed) closable.push(s);
    expect(closable.sort()).toEqual([State.closed, State.frontOnly, State.backOnly, State.joined].sort());
  });

  it('joins two components by a traverse, leaving odd ends', () => {
    // split (even, even, 2 components) + traverse once (1 edge at each end, joined) = (odd, odd, 1).
    expect(aisleTransition[State.split * 6 + 1]).toBe(State.odd);
    // odd + traverse once = (even, even) in one component.
    expect(aisleTransition[State.odd * 6 + 1]).toBe(State.joined);
  });

  it('forbids growing a closed tour or leaving an odd end behind', () => {
    for (let m = 1; m < 6; m += 1) expect(aisleTransition[State.closed * 6 + m]).toBe(-1);
    // odd ends with no cross edge stay odd.
    expect(crossTransition[State.odd * 9 + 0]).toBe(-1);
    // two components, only the front one carried on: the back one is stranded.
    expect(crossTransition[State.split * 9 + 2 * 3 + 0]).toBe(-1);
  });
});
