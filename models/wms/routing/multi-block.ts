// Optimal pick routes on multi-block layouts (crossAisles > 2): the tour is a travelling-salesman
// tour over the depot and the distinct pick positions, with distances on the aisle graph. Between two
// points in one aisle the picker walks straight along it; between aisles it walks to a cross aisle,
// along it and back up: |x1 - x2| + min over cross aisles j of (|y1 - y_j| + |y2 - y_j|). These
// shortest paths make the TSP on the positions exactly the picker's problem.
//
// Up to `exactMax` positions the tour is exact (Held-Karp dynamic programming over subsets,
// O(2^n n^2)). Beyond that a nearest-neighbour tour improved by 2-opt and Or-opt moves until no move
// shortens it is returned with `lowerBound`, the weight of a minimum spanning tree over the depot and
// the positions (every tour is at least that), so the gap to the optimum is proven, not guessed.
// Deterministic: ties go to the lower position index; positions are ordered by (aisle, y).
import { crossAislePositions, type PickLocation, type RoutingLayout } from '../layout.js';
import type { Point, Route } from './types.js';

const defaults = { exactMax: 15 };

/** A multi-block route: exact when `lowerBound` equals `length`. */
export interface MultiBlockRoute extends Route {
  /** A proven lower bound on the optimal length (the length itself when the tour is exact). */
  lowerBound: number;
  exact: boolean;
}

interface Position {
  x: number;
  y: number;
  addresses: string[];
}

/** Walking distance on the aisle graph between two points of a layout with cross aisles at `ys`. */
export function aisleGraphDistance(a: Point, b: Point, ys: readonly number[]): number {
  if (a.x === b.x) return Math.abs(a.y - b.y);
  let best = Infinity;
  for (const y of ys) {
    const via = Math.abs(a.y - y) + Math.abs(b.y - y);
    if (via < best) best = via;
  }
  return Math.abs(a.x - b.x) + best;
}

/** The shortest tour from the depot through every pick and back on a (multi-block) layout. */
export function multiBlockRoute(layout: RoutingLayout, picks: readonly PickLocation[], options: { exactMax?: number } = {}): MultiBlockRoute {
  const ys = crossAislePositions(layout);
  const depot: Point = { x: layout.depot.aisle * layout.aisleSpacing, y: 0 };
  const positions = positionsOf(picks);
  const n = positions.length;
  if (n === 0) return { length: 0, sequence: [], path: [depot], lowerBound: 0, exact: true };
  // Node 0 is the depot, node i + 1 position i.
  const nodes: Point[] = [depot, ...positions];
  const d = nodes.map((a) => nodes.map((b) => aisleGraphDistance(a, b, ys)));
  const exact = n <= (options.exactMax ?? defaults.exactMax);
  const order = exact ? heldKarp(d, n) : improvedTour(d, n);
  let length = 0;
  let previous = 0;
  for (const node of order) {
    length += d[previous]![node]!;
    previous = node;
  }
  length += d[previous]![0]!;
  const lowerBound = exact ? length : spanningTreeWeight(d);
  return {
    length,
    sequence: order.flatMap((node) => positions[node - 1]!.addresses),
    path: walkPath(nodes, order, ys),
    lowerBound,
    exact,
  };
}

/** Distinct pick positions (one per aisle and bay), ordered by (x, y), each with its addresses in pick order. */
function positionsOf(picks: readonly PickLocation[]): Position[] {
  const byKey = new Map<string, Position>();
  for (const p of picks) {
    const key = `${p.x}:${p.y}`;
    const position = byKey.get(key) ?? { x: p.x, y: p.y, addresses: [] };
    if (!position.addresses.includes(p.address)) position.addresses.push(p.address);
    byKey.set(key, position);
  }
  return [...byKey.values()].sort((a, b) => a.x - b.x || a.y - b.y);
}

/** The optimal visiting order of nodes 1..n from and back to node 0 (Held-Karp). */
function heldKarp(d: readonly (readonly number[])[], n: number): number[] {
  const full = 1 << n;
  const cost = new Float64Array(full * n).fill(Infinity);
  const parent = new Int8Array(full * n).fill(-1);
  for (let i = 0; i < n; i++) cost[(1 << i) * n + i] = d[0]![i + 1]!;
  for (let set = 1; set < full; set++) {
    for (let last = 0; last < n; last++) {
      if ((set & (1 << last)) === 0) continue;
      const here = cost[set * n + last]!;
      if (here === Infinity) continue;
      for (let next = 0; next < n; next++) {
        if ((set & (1 << next)) !== 0) continue;
        const to = (set | (1 << next)) * n + next;
        const candidate = here + d[last + 1]![next + 1]!;
        if (candidate < cost[to]!) {
          cost[to] = candidate;
          parent[to] = last;
        }
      }
    }
  }
  let best = Infinity;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const total = cost[(full - 1) * n + i]! + d[i + 1]![0]!;
    if (total < best) {
      best = total;
      last = i;
    }
  }
  const order: number[] = [];
  let set = full - 1;
  while (last >= 0) {
    order.push(last + 1);
    const previous = parent[set * n + last]!;
    set &= ~(1 << last);
    last = previous;
  }
  return order.reverse();
}

/** Nearest neighbour from the depot, then 2-opt and Or-opt (move one node) until no move helps. */
function improvedTour(d: readonly (readonly number[])[], n: number): number[] {
  const tour = [0];
  const left = new Set(Array.from({ length: n }, (_, i) => i + 1));
  while (left.size > 0) {
    const from = tour[tour.length - 1]!;
    let best = -1;
    for (const node of left) if (best < 0 || d[from]![node]! < d[from]![best]!) best = node;
    tour.push(best);
    left.delete(best);
  }
  const eps = 1e-9;
  const at = (i: number) => tour[(i + tour.length) % tour.length]!;
  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 0; i < tour.length - 1; i++) {
      for (let j = i + 2; j < tour.length; j++) {
        const delta = d[at(i)]![at(j)]! + d[at(i + 1)]![at(j + 1)]! - d[at(i)]![at(i + 1)]! - d[at(j)]![at(j + 1)]!;
        if (delta < -eps) {
          tour.splice(i + 1, j - i, ...tour.slice(i + 1, j + 1).reverse());
          improved = true;
        }
      }
    }
    for (let i = 1; i < tour.length; i++) {
      const node = tour[i]!;
      const removal = d[at(i - 1)]![node]! + d[node]![at(i + 1)]! - d[at(i - 1)]![at(i + 1)]!;
      const rest = tour.filter((_, k) => k !== i);
      for (let k = 0; k < rest.length; k++) {
        const a = rest[k]!;
        const b = rest[(k + 1) % rest.length]!;
        if (k === i - 1) continue;
        if (d[a]![node]! + d[node]![b]! - d[a]![b]! < removal - eps) {
          rest.splice(k + 1, 0, node);
          tour.splice(0, tour.length, ...rest);
          improved = true;
          break;
        }
      }
    }
    // Keep the depot first.
    const depotAt = tour.indexOf(0);
    if (depotAt > 0) tour.push(...tour.splice(0, depotAt));
  }
  return tour.slice(1);
}

/** Weight of a minimum spanning tree over all nodes (Prim): a lower bound on any closed tour. */
function spanningTreeWeight(d: readonly (readonly number[])[]): number {
  const n = d.length;
  const inTree = new Uint8Array(n);
  const best = new Float64Array(n).fill(Infinity);
  best[0] = 0;
  let total = 0;
  for (let step = 0; step < n; step++) {
    let u = -1;
    for (let v = 0; v < n; v++) if (inTree[v] === 0 && (u < 0 || best[v]! < best[u]!)) u = v;
    inTree[u] = 1;
    total += best[u]!;
    for (let v = 0; v < n; v++) if (inTree[v] === 0 && d[u]![v]! < best[v]!) best[v] = d[u]![v]!;
  }
  return total;
}

/** The axis-aligned walk: along an aisle, or down to the best cross aisle, across and up. */
function walkPath(nodes: readonly Point[], order: readonly number[], ys: readonly number[]): Point[] {
  const path: Point[] = [nodes[0]!];
  const stops = [...order, 0];
  let from = nodes[0]!;
  for (const node of stops) {
    const to = nodes[node]!;
    if (from.x !== to.x) {
      let cross = ys[0]!;
      for (const y of ys) if (Math.abs(from.y - y) + Math.abs(to.y - y) < Math.abs(from.y - cross) + Math.abs(to.y - cross)) cross = y;
      path.push({ x: from.x, y: cross }, { x: to.x, y: cross });
    }
    path.push(to);
    from = to;
  }
  return path;
}
