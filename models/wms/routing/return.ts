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
import type { Route, RoutingPolicy } from './types.js';
import { groupByAisle, visitOrder } from './aisles.js';
import { RouteWalker } from './walk.js';

/** Routes by entering and leaving every pick aisle from the front. */
export function routeReturn(layout: RoutingLayout, picks: readonly PickLocation[]): Route {
  const walker = new RouteWalker(layout.aisleLength, layout.depot.aisle * layout.aisleSpacing);
  const aisles = groupByAisle(layout, picks);
  if (aisles.length === 0) return walker.finish();
  for (const aisle of visitOrder(aisles, layout.depot.aisle)) {
    walker.moveTo(aisle.x, 0);
    walker.sweep(aisle.x, aisle.stops, 0);
  }
  return walker.finish();
}

export const returnPolicy: RoutingPolicy = { name: 'return', route: routeReturn };
