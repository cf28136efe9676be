// Multi-block sweep heuristics: every returned route is walked on the aisle graph (segments only
// along aisles and cross aisles, from the depot back to the depot, reaching the picks in the order
// of `sequence`) and its length re-added; every heuristic is at least the exact optimum; one
// instance is worked by hand for each rule.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { formatBin, parseBin, type PickLocation, type RoutingLayout } from '../../../../models/wms/layout.js';
import { getPickPolicy, multiBlockRoute } from '../../../../models/wms/routing/index.js';
import type { Route } from '../../../../models/wms/routing/types.js';

const multiBlock = ['s-shape', 'largest-gap', 'combined', 'combined-plus', 'optimal'];

/** Walks `route.path` on the layout's aisle graph; returns its length, failing on any illegal step. */
function walkOnGraph(layout: RoutingLayout, picks: readonly PickLocation[], route: Route): number {
  const k = layout.crossAisles ?? 2;
  const ys = Array.from({ length: k }, (_, j) => (j * layout.aisleLength) / (k - 1));
  const xMax = (layout.aisles - 1) * layout.aisleSpacing;
  const depot = { x: layout.depot.aisle * layout.aisleSpacing, y: 0 };
  const path = route.path;
  expect(path[0]).toEqual(depot);
  expect(path[path.length - 1]).toEqual(depot);
  // Where each pick spot is, to find it on the path in sequence order.
  const spot = new Map(picks.map((p) => [p.address, { x: p.x, y: p.y }]));
  expect(new Set(route.sequence)).toEqual(new Set(picks.map((p) => p.address)));
  expect(route.sequence.length).toBe(new Set(route.sequence).size);
  let next = 0;
  const reach = (x: number, y0: number, y1: number, horizontal: boolean, x1 = x) => {
    // Marks every sequence entry lying on this segment, in order, as reached.
    for (;;) {
      const address = route.sequence[next];
      if (address === undefined) return;
      const s = spot.get(address)!;
      const on = horizontal
        ? s.y === y0 && s.x >= Math.min(x, x1) && s.x <= Math.max(x, x1)
        : s.x === x && s.y >= Math.min(y0, y1) && s.y <= Math.max(y0, y1);
      if (!on) return;
      next += 1;
    }
  };
  let total = 0;
  for (let i = 1; i < path.length; i += 1) {
    const a = path[i - 1]!;
    const b = path[i]!;
    if (a.x === b.x) {
      expect(Number.isInteger(a.x / layout.aisleSpacing) && a.x >= 0 && a.x <= xMax, `vertical step at x ${a.x} is not an aisle`).toBe(true);
      expect(Math.min(a.y, b.y) >= 0 && Math.max(a.y, b.y) <= layout.aisleLength, 'step leaves the aisle').toBe(true);
      reach(a.x, a.y, b.y, false);
      total += Math.abs(b.y - a.y);
    } else {
      expect(a.y, `horizontal step from (${a.x}, ${a.y}) to (${b.x}, ${b.y}) is not on a cross aisle`).toBe(b.y);
      expect(ys.includes(a.y), `y ${a.y} is not a cross aisle (${ys.join(', ')})`).toBe(true);
      expect(Math.min(a.x, b.x) >= 0 && Math.max(a.x, b.x) <= xMax).toBe(true);
      reach(a.x, a.y, a.y, true, b.x);
      total += Math.abs(b.x - a.x);
    }
    if (i === 1) reach(a.x, a.y, a.y, false);
  }
  expect(next, `picks reached in sequence order along the path (stopped at ${route.sequence[next]})`).toBe(route.sequence.length);
  return total;
}

function randomCase(rng: () => number) {
  const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
  const aisles = int(1, 7);
  const baysPerAisle = int(2, 12);
  const layout: RoutingLayout = {
    aisles,
    baysPerAisle,
    aisleLength: int(4, 30),
    aisleSpacing: int(1, 6),
    depot: { aisle: int(0, aisles - 1) },
    levels: 2,
    crossAisles: int(3, Math.min(6, baysPerAisle + 1)),
  };
  const picks = Array.from({ length: int(1, 12) }, () => parseBin(formatBin(int(0, aisles - 1), int(1, baysPerAisle), int(1, 2)), layout));
  return { layout, picks };
}

describe('multi-block heuristics', () => {
  it('every route is a closed walk on the aisle graph through every pick, as long as reported, and never shorter than the exact optimum', () => {
    const rng = seedrandom('blocks-walk');
    for (let trial = 0; trial < 400; trial += 1) {
      const { layout, picks } = randomCase(rng);
      const best = multiBlockRoute(layout, picks);
      expect(best.exact).toBe(true);
      for (const name of multiBlock) {
        const label = `${name} trial ${trial}: ${JSON.stringify(layout)} ${picks.map((p) => p.address).join(' ')}`;
        const route = getPickPolicy(name).route(layout, picks);
        expect(walkOnGraph(layout, picks, route), label).toBeCloseTo(route.length, 9);
        expect(route.length, label).toBeGreaterThanOrEqual(best.length - 1e-9);
        expect(getPickPolicy(name).measure?.(layout, picks) ?? route.length, label).toBeCloseTo(route.length, 9);
      }
    }
  });

  it('picks lying exactly on a middle cross aisle are reached (5 bays, 3 cross aisles: bay 3 sits on y = L/2)', () => {
    const layout: RoutingLayout = { aisles: 3, baysPerAisle: 5, aisleLength: 10, aisleSpacing: 2, depot: { aisle: 0 }, levels: 1, crossAisles: 3 };
    const picks = ['A-03-01', 'B-03-01', 'C-05-01', 'C-03-01'].map((b) => parseBin(b, layout));
    expect(picks[0]!.y).toBe(5);
    for (const name of multiBlock) {
      const route = getPickPolicy(name).route(layout, picks);
      expect(walkOnGraph(layout, picks, route), name).toBeCloseTo(route.length, 9);
    }
  });

  it('a worked instance: 4 aisles 3 m apart, 24 m long, cross aisles at 0, 12 and 24, depot at aisle A', () => {
    // Bay b lies at y = 2b - 1. Picks: A-03 (x 0, y 5), C-04 (x 6, y 7) in the front block; B-09 (x 3, y 17),
    // D-10 (x 9, y 19) in the back block.
    const layout: RoutingLayout = { aisles: 4, baysPerAisle: 12, aisleLength: 24, aisleSpacing: 3, depot: { aisle: 0 }, levels: 1, crossAisles: 3 };
    const picks = ['A-03-01', 'B-09-01', 'D-10-01', 'C-04-01'].map((b) => parseBin(b, layout));
    // s-shape: up A to y 12 (12, picking A-03), along to B (3), B traversed to the back (12), along the back to
    // D (6), D traversed down (12); front block: C is the only subaisle left, along to C (3), traversed (12);
    // along the front to the depot (6).
    expect(getPickPolicy('s-shape').route(layout, picks)).toMatchObject({ length: 66, sequence: ['A-03-01', 'B-09-01', 'D-10-01', 'C-04-01'] });
    // largest gap: the back block opens as s-shape; D is the farther (only) end, traversed; the front block the same.
    expect(getPickPolicy('largest-gap').route(layout, picks).length).toBe(66);
    // combined: at the front of the back block (x 0, y 12): B in and out from y 12 (3 + 10), D in and out (6 + 14)
    // [ties with traversing: 12 + 12 either way, the picker stays]; front block: from the back at D, along to C (3),
    // traverse C down (12), to the depot (6). 12 + 13 + 20 + 3 + 12 + 6 = 66.
    const combined = getPickPolicy('combined').route(layout, picks);
    expect(combined.length).toBe(66);
    expect(combined.path).toContainEqual({ x: 3, y: 17 });
  });

  it('largest gap serves a middle subaisle from both cross aisles of its block, skipping its largest gap', () => {
    // 3 aisles 2 m apart, 20 m long, cross aisles at 0, 10, 20; bay b at y = b - 0.5. Front block: A-02 (y 1.5),
    // B-01 (y 0.5) and B-10 (y 9.5), C-05 (y 4.5). Depot at A.
    const layout: RoutingLayout = { aisles: 3, baysPerAisle: 20, aisleLength: 20, aisleSpacing: 2, depot: { aisle: 0 }, levels: 1, crossAisles: 3 };
    const picks = ['A-02-01', 'B-01-01', 'B-10-01', 'C-05-01'].map((b) => parseBin(b, layout));
    // Farthest block is the front one, picker at its front (y 0) at A: A's subaisle is the leftmost, the block
    // has 3, so A is traversed to y 10 (10). At the back of block 0, the nearer end is A... already picked;
    // the remaining ends are B (nearer) and C (farther). B's gaps: 0.5, 9, 0.5: the largest (between the
    // picks) is skipped: B-10 from the back (2 + 0.5 + 0.5), C traversed down (2 + 10), B-01 from the front
    // (2 + 0.5 + 0.5), to the depot (2). Total 10 + 3 + 12 + 3 + 2 = 30.
    const route = getPickPolicy('largest-gap').route(layout, picks);
    expect(route.length).toBe(30);
    expect(route.sequence).toEqual(['A-02-01', 'B-10-01', 'C-05-01', 'B-01-01']);
    // s-shape traverses B fully instead: A up (10), B down (2 + 10), C in from the front and out (2 + 9), home (4).
    expect(getPickPolicy('s-shape').route(layout, picks).length).toBe(37);
  });

  it('combined+ is never longer than combined, on one block and on several, and sometimes shorter', () => {
    const rng = seedrandom('blocks-combined-plus');
    let shorter = 0;
    for (let trial = 0; trial < 400; trial += 1) {
      const { layout, picks } = randomCase(rng);
      const single = { ...layout, crossAisles: 2 };
      for (const l of [layout, single]) {
        const plus = getPickPolicy('combined-plus').route(l, picks);
        const base = getPickPolicy('combined').route(l, picks);
        expect(plus.length, `trial ${trial} ${JSON.stringify(l)}`).toBeLessThanOrEqual(base.length + 1e-9);
        expect(walkOnGraph(l, picks, plus)).toBeCloseTo(plus.length, 9);
        if (plus.length < base.length - 1e-9) shorter += 1;
      }
    }
    expect(shorter).toBeGreaterThan(0);
  });

  it('return and midpoint refuse multi-block layouts, naming the policies that route them', () => {
    const layout: RoutingLayout = { aisles: 2, baysPerAisle: 4, aisleLength: 8, aisleSpacing: 2, depot: { aisle: 0 }, crossAisles: 3 };
    const picks = [parseBin('A-01-01', layout)];
    for (const name of ['return', 'midpoint']) {
      expect(() => getPickPolicy(name).route(layout, picks)).toThrow(`routing policy "${name}" works on single-block layouts only (crossAisles 2, got 3); on multi-block layouts use "s-shape", "largest-gap", "combined", "combined-plus", "optimal"`);
    }
  });
});
