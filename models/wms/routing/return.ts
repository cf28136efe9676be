// Return routing.
//
// Rules:
// - Only aisles holding picks are entered, in sweep order starting with the pick aisle at the end
//   nearer the depot (the leftmost on a tie).
// - Each is entered from the front cross aisle, walked up to its deepest pick and left by the
//   front again; the back cross aisle is never used.
// - The picker returns to the depot along the front cross aisle.
// Length: H + sum over pick aisles of 2 ymax.
import type { PickLocation, RoutingLayout } from '../layout.js';
import type { PickAisle } from './aisles.js';
import { sweepPolicy } from './sweep-policy.js';
import type { Route, RoutingPolicy } from './types.js';
import type { RouteWalker } from './walk.js';

/** Routes by entering and leaving every pick aisle from the front. */
export function routeReturn(layout: RoutingLayout, picks: readonly PickLocation[]): Route {
  return returnPolicy.route(layout, picks);
}

function walkReturn(_layout: RoutingLayout, order: readonly PickAisle[], walker: RouteWalker): void {
  for (const aisle of order) {
    walker.moveTo(aisle.x, 0);
    walker.sweep(aisle.x, aisle.stops, 0);
  }
}

export const returnPolicy: RoutingPolicy = sweepPolicy('return', walkReturn);
