// Largest-gap routing.
//
// Rules:
// - Pick aisles are swept starting from the end nearer the depot (the leftmost on a tie); the
//   first and the last pick aisle are traversed end to end.
// - In every other pick aisle the gaps are measured between consecutive points of
//   0 (front), y1 <= ... <= ym (the picks), L (back). The largest gap is never walked: the picks
//   before it are taken from the front cross aisle and those after it from the back one. A largest
//   gap at the front means everything is taken from the back, at the back everything from the front.
// - Equal largest gaps: the frontmost of them is skipped (the length is the same either way).
// - With a single pick aisle the route degenerates to return routing.
// Length (k >= 2): H + 2L + sum over middle aisles of 2 (L - largest gap).
// Never longer than midpoint, whose skipped stretch is one of these gaps.
import type { PickLocation, RoutingLayout } from '../layout.js';
import { splitWalk } from './split-route.js';
import { sweepPolicy } from './sweep-policy.js';
import { gapCut, walkBlocksLargestGap } from './blocks.js';
import type { Route, RoutingPolicy } from './types.js';

/** Cut index for the largest-gap rule: the number of stops (front to back) before the largest gap. */
export function largestGapCut(stops: readonly { y: number }[], aisleLength: number): number {
  return gapCut(stops, 0, aisleLength);
}

/** Routes by the largest-gap rule. */
export function routeLargestGap(layout: RoutingLayout, picks: readonly PickLocation[]): Route {
  return largestGap.route(layout, picks);
}

export const largestGap: RoutingPolicy = sweepPolicy('largest-gap', splitWalk(largestGapCut), walkBlocksLargestGap);
