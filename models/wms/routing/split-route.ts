// The route shared by midpoint and largest gap: traverse the first and last pick aisles, and serve
// every aisle in between partly from the front cross aisle and partly from the back one.
import type { RoutingLayout } from '../layout.js';
import type { PickAisle } from './aisles.js';
import type { AisleWalk } from './sweep-policy.js';
import type { RouteWalker } from './walk.js';

/**
 * Where a middle aisle is cut, given its stops front to back: stops [0, i) are picked from the
 * front cross aisle and [i, stops.length) from the back. Returns an integer in 0..stops.length.
 */
export type SplitRule = (stops: readonly { y: number }[], aisleLength: number) => number;

/**
 * The walk with the given cut rule; one pick aisle degenerates to return routing.
 *
 * Walk: from the depot along the front to the first pick aisle (picking the front parts of the
 * middle aisles passed on the way), up the first aisle, along the back picking the back parts of
 * every middle aisle, down the last aisle, then along the front to the depot picking the front
 * parts not yet picked. The horizontal distance is therefore H, as for the other sweeps.
 */
export function splitWalk(rule: SplitRule): AisleWalk {
  // cuts[i]: the cut of order[i] (middle aisles only); reused from walk to walk.
  const cuts: number[] = [];
  return (layout: RoutingLayout, order: readonly PickAisle[], walker: RouteWalker): void => {
    const length = layout.aisleLength;
    const depotAisle = layout.depot.aisle;
    const first = order[0]!;
    if (order.length === 1) {
      walker.moveTo(first.x, 0);
      walker.sweep(first.x, first.stops, 0);
      return;
    }
    const lastIndex = order.length - 1;
    const last = order[lastIndex]!;
    for (let i = 1; i < lastIndex; i += 1) cuts[i] = rule(order[i]!.stops, length);
    // Position along the sweep direction, so "between the depot and the first aisle" is one test.
    const direction = first.aisle <= last.aisle ? 1 : -1;
    pickFrontParts(order, cuts, direction, depotAisle, true, walker);
    walker.moveTo(first.x, 0);
    walker.sweep(first.x, first.stops, length);
    for (let i = 1; i < lastIndex; i += 1) {
      const aisle = order[i]!;
      const cut = cuts[i]!;
      if (cut === aisle.stops.length) continue;
      walker.moveTo(aisle.x, length);
      walker.sweep(aisle.x, aisle.stops, length, true, cut);
    }
    walker.moveTo(last.x, length);
    walker.sweep(last.x, last.stops, 0, true);
    pickFrontParts(order, cuts, direction, depotAisle, false, walker);
  };
}

// Picks the front parts of the middle aisles passed on the way out (outbound) or on the way back.
function pickFrontParts(order: readonly PickAisle[], cuts: readonly number[], direction: number, depotAisle: number, outbound: boolean, walker: RouteWalker): void {
  for (let i = order.length - 2; i >= 1; i -= 1) {
    const aisle = order[i]!;
    const cut = cuts[i]!;
    const passedOnTheWayOut = direction * aisle.aisle <= direction * depotAisle;
    if (cut === 0 || passedOnTheWayOut !== outbound) continue;
    walker.moveTo(aisle.x, 0);
    walker.sweep(aisle.x, aisle.stops, 0, false, 0, cut);
  }
}
