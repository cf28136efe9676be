// The route shared by midpoint and largest gap: traverse the first and last pick aisles, and serve
// every aisle in between partly from the front cross aisle and partly from the back one.
import type { PickLocation, RoutingLayout } from '../layout.js';
import type { Route } from './types.js';
import { groupByAisle, visitOrder, type PickAisle } from './aisles.js';
import { RouteWalker } from './walk.js';

/**
 * Where a middle aisle is cut, given its stops front to back: stops [0, i) are picked from the
 * front cross aisle and [i, stops.length) from the back. Returns an integer in 0..stops.length.
 */
export type SplitRule = (stops: readonly { y: number }[], aisleLength: number) => number;

/**
 * Routes with the given cut rule; one pick aisle degenerates to return routing.
 *
 * Walk: from the depot along the front to the first pick aisle (picking the front parts of the
 * middle aisles passed on the way), up the first aisle, along the back picking the back parts of
 * every middle aisle, down the last aisle, then along the front to the depot picking the front
 * parts not yet picked. The horizontal distance is therefore H, as for the other sweeps.
 */
export function routeSplit(layout: RoutingLayout, picks: readonly PickLocation[], rule: SplitRule): Route {
  const length = layout.aisleLength;
  const depotAisle = layout.depot.aisle;
  const walker = new RouteWalker(length, depotAisle * layout.aisleSpacing);
  const aisles = groupByAisle(layout, picks);
  if (aisles.length === 0) return walker.finish();
  const order = visitOrder(aisles, depotAisle);
  const first = order[0]!;
  if (order.length === 1) {
    walker.moveTo(first.x, 0);
    walker.sweep(first.x, first.stops, 0);
    return walker.finish();
  }
  const last = order[order.length - 1]!;
  const middles = order.slice(1, -1);
  const cuts = middles.map((aisle) => rule(aisle.stops, length));
  // Position along the sweep direction, so "between the depot and the first aisle" is one test.
  const direction = first.aisle <= last.aisle ? 1 : -1;
  const passedOnTheWayOut = (aisle: PickAisle): boolean => direction * aisle.aisle <= direction * depotAisle;

  const pickFrontPart = (outbound: boolean): void => {
    for (let i = middles.length - 1; i >= 0; i -= 1) {
      const aisle = middles[i]!;
      const cut = cuts[i]!;
      if (cut === 0 || passedOnTheWayOut(aisle) !== outbound) continue;
      walker.moveTo(aisle.x, 0);
      walker.sweep(aisle.x, aisle.stops.slice(0, cut), 0);
    }
  };

  pickFrontPart(true);
  walker.moveTo(first.x, 0);
  walker.sweep(first.x, first.stops, length);
  for (let i = 0; i < middles.length; i += 1) {
    const aisle = middles[i]!;
    const cut = cuts[i]!;
    if (cut === aisle.stops.length) continue;
    walker.moveTo(aisle.x, length);
    walker.sweep(aisle.x, aisle.stops.slice(cut), length, true);
  }
  walker.moveTo(last.x, length);
  walker.sweep(last.x, last.stops, 0, true);
  pickFrontPart(false);
  return walker.finish();
}
