// Test support for the routing tests: seeded random instances, an exact Held-Karp tour on the
// aisle graph, and shape checks on a Route. Independent of the code under test except parseBin.
import seedrandom from 'seedrandom';
import { expect } from 'vitest';
import { formatBin, parseBin, type PickLocation, type RoutingLayout } from '../../../../models/wms/layout.js';
import type { Route } from '../../../../models/wms/routing/types.js';

export interface Instance {
  label: string;
  layout: RoutingLayout;
  picks: PickLocation[];
}

export interface InstanceOptions {
  aislesMin: number;
  aislesMax: number;
  picksMin: number;
  picksMax: number;
}

/** `count` reproducible instances; each label names its seed so a failure can be replayed alone. */
export function randomInstances(seed: string, count: number, options: InstanceOptions): Instance[] {
  const instances: Instance[] = [];
  for (let i = 0; i < count; i += 1) instances.push(randomInstance(`${seed}/${i}`, options));
  return instances;
}

/** One instance from its own seed: small layout, random depot aisle, picks with repeats and shared spots. */
export function randomInstance(seed: string, options: InstanceOptions): Instance {
  const rng = seedrandom(seed);
  const int = (min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
  const aisles = int(options.aislesMin, options.aislesMax);
  const baysPerAisle = int(3, 12);
  const layout: RoutingLayout = {
    aisles,
    baysPerAisle,
    aisleLength: int(4, 40) / 2,
    aisleSpacing: int(1, 12) / 2,
    depot: { aisle: int(0, aisles - 1) },
    levels: 3,
  };
  const count = int(options.picksMin, options.picksMax);
  const addresses: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const repeat = addresses.length > 0 && rng() < 0.1;
    addresses.push(
      repeat ? addresses[int(0, addresses.length - 1)]! : formatBin(int(0, aisles - 1), int(1, baysPerAisle), int(1, 3)),
    );
  }
  return { label: `seed ${seed}: ${JSON.stringify(layout)} picks ${addresses.join(' ')}`, layout, picks: addresses.map((a) => parseBin(a, layout)) };
}

/** Shortest walk between two points of the aisle graph (the depot is the point (depot aisle, 0)). */
export function aisleDistance(layout: RoutingLayout, a: { aisle: number; y: number }, b: { aisle: number; y: number }): number {
  if (a.aisle === b.aisle) return Math.abs(a.y - b.y);
  const across = Math.abs(a.aisle - b.aisle) * layout.aisleSpacing;
  return across + Math.min(a.y + b.y, 2 * layout.aisleLength - a.y - b.y);
}

/** Exact shortest closed tour from the depot through every distinct pick location (Held-Karp). */
export function heldKarpLength(layout: RoutingLayout, picks: readonly PickLocation[]): number {
  const spots = new Map<string, { aisle: number; y: number }>();
  for (const p of picks) spots.set(`${p.aisle}/${p.y}`, { aisle: p.aisle, y: p.y });
  const points = [...spots.values()];
  const n = points.length;
  if (n === 0) return 0;
  const depot = { aisle: layout.depot.aisle, y: 0 };
  const fromDepot = points.map((p) => aisleDistance(layout, depot, p));
  const between = points.map((p) => points.map((q) => aisleDistance(layout, p, q)));
  const full = (1 << n) - 1;
  // best[mask * n + j]: shortest path from the depot through the set `mask`, ending at point j.
  const best = new Float64Array((full + 1) * n).fill(Infinity);
  for (let j = 0; j < n; j += 1) best[(1 << j) * n + j] = fromDepot[j]!;
  for (let mask = 1; mask <= full; mask += 1) {
    for (let j = 0; j < n; j += 1) {
      const here = best[mask * n + j]!;
      if (here === Infinity || (mask & (1 << j)) === 0) continue;
      for (let k = 0; k < n; k += 1) {
        if ((mask & (1 << k)) !== 0) continue;
        const next = (mask | (1 << k)) * n + k;
        const candidate = here + between[j]![k]!;
        if (candidate < best[next]!) best[next] = candidate;
      }
    }
  }
  let tour = Infinity;
  for (let j = 0; j < n; j += 1) tour = Math.min(tour, best[full * n + j]! + fromDepot[j]!);
  return tour;
}

/** H: the cross-aisle distance of any sweep, the span from the depot to the farthest pick aisles, twice. */
export function horizontalTravel(layout: RoutingLayout, picks: readonly PickLocation[]): number {
  if (picks.length === 0) return 0;
  const xs = picks.map((p) => p.aisle * layout.aisleSpacing);
  const xl = Math.min(...xs);
  const xr = Math.max(...xs);
  const xd = layout.depot.aisle * layout.aisleSpacing;
  return xr - xl + Math.abs(xd - xl) + Math.abs(xr - xd);
}

/** Pick depths grouped per aisle, aisles ascending, depths ascending and distinct. */
export function depthsByAisle(picks: readonly PickLocation[]): { aisle: number; ys: number[] }[] {
  const map = new Map<number, Set<number>>();
  for (const p of picks) {
    if (!map.has(p.aisle)) map.set(p.aisle, new Set());
    map.get(p.aisle)!.add(p.y);
  }
  return [...map.entries()].sort((a, b) => a[0] - b[0]).map(([aisle, ys]) => ({ aisle, ys: [...ys].sort((a, b) => a - b) }));
}

/**
 * Checks what every route must satisfy: each distinct address once, a closed axis-aligned walk on
 * the aisles and cross aisles from the depot, whose polyline length is `length`, passing each pick
 * in `sequence` order.
 */
export function expectWellFormedRoute(layout: RoutingLayout, picks: readonly PickLocation[], route: Route, label: string): void {
  const distinct = [...new Set(picks.map((p) => p.address))].sort();
  expect([...route.sequence].sort(), label).toEqual(distinct);
  expect(new Set(route.sequence).size, label).toBe(route.sequence.length);

  const depot = { x: layout.depot.aisle * layout.aisleSpacing, y: 0 };
  const path = route.path;
  expect(path[0], label).toEqual(depot);
  expect(path[path.length - 1], label).toEqual(depot);
  let walked = 0;
  for (let i = 1; i < path.length; i += 1) {
    const a = path[i - 1]!;
    const b = path[i]!;
    const vertical = a.x === b.x;
    const onCrossAisle = a.y === b.y && (a.y === 0 || a.y === layout.aisleLength);
    expect(vertical || onCrossAisle, `${label}: segment ${JSON.stringify(a)} -> ${JSON.stringify(b)}`).toBe(true);
    if (vertical) {
      const onAisle = Number.isInteger(a.x / layout.aisleSpacing) && a.x >= 0 && a.x <= (layout.aisles - 1) * layout.aisleSpacing;
      expect(onAisle, `${label}: vertical move off the aisles at x ${a.x}`).toBe(true);
      expect(Math.min(a.y, b.y) >= 0 && Math.max(a.y, b.y) <= layout.aisleLength, label).toBe(true);
    }
    walked += Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
  }
  expect(walked, label).toBeCloseTo(route.length, 9);

  const where = new Map(picks.map((p) => [p.address, p]));
  let segment = 0;
  let along = 0;
  for (const address of route.sequence) {
    const p = where.get(address)!;
    const px = p.aisle * layout.aisleSpacing;
    let found = false;
    for (; segment < path.length - 1; segment += 1, along = 0) {
      const a = path[segment]!;
      const b = path[segment + 1]!;
      const on =
        (a.x === b.x && a.x === px && p.y >= Math.min(a.y, b.y) && p.y <= Math.max(a.y, b.y)) ||
        (a.y === b.y && a.y === p.y && px >= Math.min(a.x, b.x) && px <= Math.max(a.x, b.x));
      const offset = Math.abs(px - a.x) + Math.abs(p.y - a.y);
      if (on && offset >= along) {
        along = offset;
        found = true;
        break;
      }
    }
    expect(found, `${label}: ${address} is not on the path after the previous pick`).toBe(true);
  }
}
