// Midpoint routing.
//
// Rules:
// - Pick aisles are swept starting from the end nearer the depot (the leftmost on a tie); the
//   first and the last pick aisle are traversed end to end.
// - In every other pick aisle, picks in the front half are taken from the front cross aisle and
//   picks in the back half from the back cross aisle; the picker never crosses the middle line.
// - A pick exactly at L/2 belongs to the FRONT half (front half: y <= L/2; back half: y > L/2).
// - With a single pick aisle the route degenerates to return routing (in to the deepest pick and
//   back out by the front).
// Length (k >= 2): H + 2L + sum over middle aisles of 2 max(front-half y) + 2 (L - min(back-half y)),
// a term being 0 when its half is empty.
import type { PickLocation, RoutingLayout } from '../layout.js';
import { splitWalk } from './split-route.js';
import { sweepPolicy } from './sweep-policy.js';
import type { Route, RoutingPolicy } from './types.js';

/** Cut index for the midpoint rule: the stops (front to back) at or before L/2 go to the front. */
export function midpointCut(stops: readonly { y: number }[], aisleLength: number): number {
  const half = aisleLength / 2;
  let cut = 0;
  while (cut < stops.length && stops[cut]!.y <= half) cut += 1;
  return cut;
}

/** Routes by the midpoint rule. */
export function routeMidpoint(layout: RoutingLayout, picks: readonly PickLocation[]): Route {
  return midpoint.route(layout, picks);
}

export const midpoint: RoutingPolicy = sweepPolicy('midpoint', splitWalk(midpointCut));
