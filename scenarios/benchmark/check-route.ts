// The benchmark trusts no reported length: every route's path is walked again. It must start and end
// at the depot, run only along aisles (vertical, at an aisle's x) and cross aisles (horizontal, at a
// cross aisle's y), pass through every pick, and its length must be the reported one.
import type { PickLocation, RoutingLayout } from '../../models/wms/layout.js';
import type { Route } from '../../models/wms/routing/index.js';

/** Relative tolerance between the reported length and the path's own length. */
const lengthTolerance = 1e-6;
/** Metres within which a point counts as on an aisle, cross aisle or segment. */
const positionTolerance = 1e-6;

/** The y of every cross aisle: the front (0) and the back, plus evenly spaced middle ones when `crossAisles` > 2. */
export function crossAisleYs(layout: RoutingLayout): number[] {
  const count = (layout as RoutingLayout & { crossAisles?: number }).crossAisles ?? 2;
  return Array.from({ length: count }, (_, i) => (i * layout.aisleLength) / (count - 1));
}

/** The first rule the route breaks, as a sentence, or null when it is a walkable tour of its length. */
export function routeProblem(layout: RoutingLayout, picks: readonly PickLocation[], route: Route): string | null {
  const path = route.path;
  if (!Array.isArray(path) || path.length === 0) return 'path must be a non-empty array of points';
  for (let i = 0; i < path.length; i += 1) {
    const p = path[i] as { x?: unknown; y?: unknown } | null;
    if (p === null || typeof p !== 'object' || typeof p.x !== 'number' || typeof p.y !== 'number' || !Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      return `path[${i}] must be a point { x, y } of finite numbers`;
    }
  }
  const depotX = layout.depot.aisle * layout.aisleSpacing;
  const atDepot = (p: { x: number; y: number }) => near(p.x, depotX) && near(p.y, 0);
  if (!atDepot(path[0]!)) return `path must start at the depot (${depotX}, 0), starts at (${path[0]!.x}, ${path[0]!.y})`;
  if (!atDepot(path[path.length - 1]!)) return `path must end at the depot (${depotX}, 0)`;
  const crossYs = crossAisleYs(layout);
  let walked = 0;
  for (let i = 1; i < path.length; i += 1) {
    const a = path[i - 1]!;
    const b = path[i]!;
    if (near(a.x, b.x)) {
      if (!onAisle(layout, a.x)) return `path[${i - 1}]-path[${i}] runs along x = ${a.x}, which is not an aisle`;
      if (Math.min(a.y, b.y) < -positionTolerance || Math.max(a.y, b.y) > layout.aisleLength + positionTolerance) return `path[${i}] leaves the aisle (y = ${b.y})`;
      walked += Math.abs(b.y - a.y);
    } else if (near(a.y, b.y)) {
      if (!crossYs.some((y) => near(y, a.y))) return `path[${i - 1}]-path[${i}] runs across at y = ${a.y}, which is not a cross aisle`;
      walked += Math.abs(b.x - a.x);
    } else {
      return `path[${i - 1}]-path[${i}] is diagonal: from (${a.x}, ${a.y}) to (${b.x}, ${b.y})`;
    }
  }
  if (Math.abs(walked - route.length) > lengthTolerance * Math.max(1, walked)) return `length is ${route.length} m but the path is ${walked} m long`;
  for (const pick of picks) {
    if (!passesThrough(path, pick)) return `path never reaches pick ${pick.address} at (${pick.x}, ${pick.y})`;
  }
  return null;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= positionTolerance;
}

function onAisle(layout: RoutingLayout, x: number): boolean {
  const index = Math.round(x / layout.aisleSpacing);
  return index >= 0 && index < layout.aisles && near(index * layout.aisleSpacing, x);
}

function passesThrough(path: ReadonlyArray<{ x: number; y: number }>, pick: PickLocation): boolean {
  for (let i = 1; i < path.length; i += 1) {
    const a = path[i - 1]!;
    const b = path[i]!;
    const withinX = pick.x >= Math.min(a.x, b.x) - positionTolerance && pick.x <= Math.max(a.x, b.x) + positionTolerance;
    const withinY = pick.y >= Math.min(a.y, b.y) - positionTolerance && pick.y <= Math.max(a.y, b.y) + positionTolerance;
    if (withinX && withinY) return true;
  }
  return path.length === 1 && near(path[0]!.x, pick.x) && near(path[0]!.y, pick.y);
}
