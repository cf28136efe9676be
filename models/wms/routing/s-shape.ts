// S-shape (traversal) routing.
//
// Rules:
// - Only aisles holding picks are entered; they are visited in sweep order, starting with the pick
//   aisle at the end (leftmost or rightmost) nearer the depot, the leftmost on a tie.
// - Each visited aisle is walked end to end, so the picker alternates between the front and the
//   back cross aisle: up the first aisle, down the second, and so on.
// - When the number of pick aisles k is odd, the last aisle is entered from the front and left by
//   the front, going only as deep as its deepest pick (the picker is at the front after k - 1
//   traversals, and must end there).
// - The picker returns to the depot along the front cross aisle.
// Length: H + kL when k is even, H + (k - 1)L + 2 ymax(last) when k is odd, where H is the
// horizontal span travelled twice (see POLICIES.md).
import type { PickLocation, RoutingLayout } from '../layout.js';
import type { PickAisle } from './aisles.js';
import { sweepPolicy } from './sweep-policy.js';
import { walkBlocksSShape } from './blocks.js';
import type { Route, RoutingPolicy } from './types.js';
import type { RouteWalker } from './walk.js';

/** Routes by traversing every pick aisle, the last one returned from when their count is odd. */
export function routeSShape(layout: RoutingLayout, picks: readonly PickLocation[]): Route {
  return sShape.route(layout, picks);
}

function walkSShape(layout: RoutingLayout, order: readonly PickAisle[], walker: RouteWalker): void {
  const length = layout.aisleLength;
  const k = order.length;
  let atFront = true;
  for (let i = 0; i < k; i += 1) {
    const aisle = order[i]!;
    walker.moveTo(aisle.x, atFront ? 0 : length);
    if (i === k - 1 && k % 2 === 1) {
      walker.sweep(aisle.x, aisle.stops, 0);
    } else if (atFront) {
      walker.sweep(aisle.x, aisle.stops, length);
    } else {
      walker.sweep(aisle.x, aisle.stops, 0, true);
    }
    atFront = !atFront;
  }
}

export const sShape: RoutingPolicy = sweepPolicy('s-shape', walkSShape, walkBlocksSShape);
