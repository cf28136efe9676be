// Multi-block routing checked against methods that share no code with it: shortest paths found by
// Floyd-Warshall on the explicit aisle graph (every aisle x cross-aisle corner and every pick as a
// vertex) and brute force over every visiting order; on one block, against Ratliff and Rosenthal's
// dynamic program, a different exact method for the same problem.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { formatBin, parseBin, validateLayout, type PickLocation, type RoutingLayout } from '../../../../models/wms/layout.js';
import { getPickPolicy, multiBlockRoute, optimal } from '../../../../models/wms/routing/index.js';

const layoutOf = (crossAisles: number): RoutingLayout => ({ aisles: 5, baysPerAisle: 12, aisleLength: 24, aisleSpacing: 3, depot: { aisle: 1 }, levels: 2, crossAisles });

function randomPicks(layout: RoutingLayout, rng: () => number, n: number): PickLocation[] {
  return Array.from({ length: n }, () => parseBin(formatBin(Math.floor(rng() * layout.aisles), 1 + Math.floor(rng() * layout.baysPerAisle), 1), layout));
}

/** Shortest tour length by brute force over every order, on distances from the explicit graph. */
function bruteForce(layout: RoutingLayout, picks: readonly PickLocation[]): number {
  const k = layout.crossAisles ?? 2;
  const points: { x: number; y: number }[] = [{ x: layout.depot.aisle * layout.aisleSpacing, y: 0 }];
  const seen = new Set<string>(['depot']);
  for (const p of picks) if (!seen.has(`${p.x}:${p.y}`)) { seen.add(`${p.x}:${p.y}`); points.push({ x: p.x, y: p.y }); }
  const corners: { x: number; y: number }[] = [];
  for (let a = 0; a < layout.aisles; a++) for (let j = 0; j < k; j++) corners.push({ x: a * layout.aisleSpacing, y: (j * layout.aisleLength) / (k - 1) });
  const vertices = [...points, ...corners];
  const n = vertices.length;
  const dist = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  const edge = (i: number, j: number, w: number) => { dist[i]![j] = Math.min(dist[i]![j]!, w); dist[j]![i] = Math.min(dist[j]![i]!, w); };
  // Along each aisle: consecutive vertices by y. Along each cross aisle: consecutive aisles.
  for (let a = 0; a < layout.aisles; a++) {
    const inAisle = vertices.map((v, i) => ({ v, i })).filter(({ v }) => v.x === a * layout.aisleSpacing).sort((p, q) => p.v.y - q.v.y);
    for (let t = 1; t < inAisle.length; t++) edge(inAisle[t - 1]!.i, inAisle[t]!.i, inAisle[t]!.v.y - inAisle[t - 1]!.v.y);
  }
  corners.forEach((c, ci) => {
    const right = corners.findIndex((o) => o.y === c.y && o.x === c.x + layout.aisleSpacing);
    if (right >= 0) edge(points.length + ci, points.length + right, layout.aisleSpacing);
  });
  for (let m = 0; m < n; m++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (dist[i]![m]! + dist[m]![j]! < dist[i]![j]!) dist[i]![j] = dist[i]![m]! + dist[m]![j]!;
  let best = Infinity;
  const order = points.map((_, i) => i).slice(1);
  const permute = (rest: number[], from: number, sofar: number) => {
    if (sofar >= best) return;
    if (rest.length === 0) { best = Math.min(best, sofar + dist[from]![0]!); return; }
    rest.forEach((node, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], node, sofar + dist[from]![node]!));
  };
  permute(order, 0, 0);
  return best;
}

function pathLength(path: readonly { x: number; y: number }[]): number {
  let total = 0;
  for (let i = 1; i < path.length; i++) {
    const dx = Math.abs(path[i]!.x - path[i - 1]!.x);
    const dy = Math.abs(path[i]!.y - path[i - 1]!.y);
    expect(dx === 0 || dy === 0, 'axis-aligned').toBe(true);
    total += dx + dy;
  }
  return total;
}

describe('multi-block optimal routing', () => {
  it('equals brute force over every order on the explicit aisle graph (3 and 4 cross aisles)', () => {
    const rng = seedrandom('multi-block-brute');
    for (const k of [3, 4]) {
      const layout = layoutOf(k);
      for (let trial = 0; trial < 25; trial++) {
        const picks = randomPicks(layout, rng, 1 + Math.floor(rng() * 6));
        const route = optimal.route(layout, picks);
        expect(route.length, `k=${k} trial ${trial}: ${picks.map((p) => p.address).join(' ')}`).toBeCloseTo(bruteForce(layout, picks), 9);
        expect(pathLength(route.path)).toBeCloseTo(route.length, 9);
        expect(new Set(route.sequence)).toEqual(new Set(picks.map((p) => p.address)));
      }
    }
  });

  it('on one block it agrees with Ratliff and Rosenthal\'s dynamic program', () => {
    const rng = seedrandom('multi-block-vs-rr');
    const layout = layoutOf(2);
    for (let trial = 0; trial < 60; trial++) {
      const picks = randomPicks(layout, rng, 1 + Math.floor(rng() * 10));
      expect(multiBlockRoute(layout, picks).length).toBeCloseTo(optimal.route(layout, picks).length, 9);
    }
  });

  it('is exact up to 15 distinct positions: on one block it equals Ratliff and Rosenthal at 14 and 15', () => {
    const rng = seedrandom('multi-block-15');
    const layout = { ...layoutOf(2), aisles: 12, baysPerAisle: 30 };
    let checked = 0;
    for (let trial = 0; trial < 12; trial++) {
      const picks = randomPicks(layout, rng, 18);
      const distinct = new Set(picks.map((p) => `${p.aisle}:${p.y}`));
      const size = 14 + (trial % 2);
      // Keep the first picks up to `size` distinct positions.
      const kept: typeof picks = [];
      const seen = new Set<string>();
      for (const p of picks) {
        const key = `${p.aisle}:${p.y}`;
        if (!seen.has(key) && seen.size === size) continue;
        seen.add(key);
        kept.push(p);
      }
      if (distinct.size < size) continue;
      const route = multiBlockRoute(layout, kept);
      expect(route.exact).toBe(true);
      expect(route.length).toBeCloseTo(optimal.route(layout, kept).length, 9);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it('middle cross aisles never make a tour longer, and can make it shorter', () => {
    const picks = ['A-06-01', 'E-07-01'].map((b) => parseBin(b, layoutOf(2)));
    // One block: from A's bay 6 (y 11) to E's bay 7 (y 13) the picker must go round the front or back.
    // With a middle cross aisle at y 12 it walks 1 + 12 + 1 between them.
    const one = optimal.route(layoutOf(2), picks).length;
    const three = optimal.route(layoutOf(3), picks).length;
    expect(three).toBeLessThan(one);
    // Depot (3, 0) -> A-06 (0, 11): 3 + 11; A -> E via y 12: 1 + 12 + 1; E-07 (12, 13) -> depot: 9 + 13.
    expect(three).toBeCloseTo(14 + 14 + 22, 9);
  });

  it('beyond the exact size: a tour with a proven lower bound (never above it)', () => {
    const rng = seedrandom('multi-block-large');
    const layout = { ...layoutOf(4), aisles: 10 };
    for (let trial = 0; trial < 5; trial++) {
      const picks = randomPicks(layout, rng, 25);
      const route = multiBlockRoute(layout, picks);
      expect(route.exact).toBe(false);
      expect(route.lowerBound).toBeLessThanOrEqual(route.length + 1e-9);
      expect(pathLength(route.path)).toBeCloseTo(route.length, 9);
      // The same instance, small enough to solve exactly, is never beaten by the improved tour.
      const few = picks.slice(0, 9);
      expect(multiBlockRoute(layout, few, { exactMax: 0 }).length).toBeGreaterThanOrEqual(multiBlockRoute(layout, few).length - 1e-9);
    }
  });

  it('return and midpoint refuse a multi-block layout by name; the layout check names impossible cross aisles', () => {
    const picks = [parseBin('A-01-01', layoutOf(3))];
    for (const name of ['return', 'midpoint']) {
      expect(() => getPickPolicy(name).route(layoutOf(3), picks)).toThrow(new RegExp(`"${name}" works on single-block layouts only \\(crossAisles 2, got 3\\)`));
    }
    expect(validateLayout({ ...layoutOf(2), crossAisles: 14 })).toEqual([{ path: 'crossAisles', value: 14, message: 'crossAisles must be an integer in 2..13, got 14' }]);
    expect(validateLayout({ ...layoutOf(2), crossAisles: 1 })[0]!.path).toBe('crossAisles');
  });
});
