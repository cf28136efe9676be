// Combined routing (Roodbergen and de Koster's combination of S-shape and return).
//
// Rules:
// - Pick aisles are visited one by one in sweep order, starting from the end nearer the depot (the
//   leftmost on a tie); the picker moves between them along whichever cross aisle it is on.
// - In each pick aisle the picker either traverses it (cost L, switching cross aisle) or enters and
//   leaves it from the cross aisle it is on (from the front: 2 ymax; from the back: 2 (L - ymin)).
// - A dynamic program over (aisle, cross aisle the picker ends on) picks the cheapest sequence of
//   choices such that the picker ends at the front, then returns along the front to the depot.
// - On equal cost the picker stays on its side (enter-and-leave beats traverse).
// The horizontal distance is H whatever the choices, so the DP only weighs the in-aisle distances.
// Both S-shape and return are among the DP's candidates (same visiting order), so combined is
// never longer than either of them.
import type { PickLocation, RoutingLayout } from '../layout.js';
import { deepest, shallowest, type PickAisle } from './aisles.js';
import { sweepPolicy } from './sweep-policy.js';
import { walkBlocksCombined } from './blocks.js';
import type { Route, RoutingPolicy } from './types.js';
import type { RouteWalker } from './walk.js';

const front = 0;
const back = 1;

/** Routes by choosing, per pick aisle, traverse or enter-and-leave, with the least total walk. */
export function routeCombined(layout: RoutingLayout, picks: readonly PickLocation[]): Route {
  return combined.route(layout, picks);
}

function walkCombined(layout: RoutingLayout, order: readonly PickAisle[], walker: RouteWalker): void {
  const length = layout.aisleLength;
  const k = order.length;
  // costFront/costBack: least in-aisle distance so far with the picker on that side;
  // traversed[2i + side]: whether aisle i was traversed on the cheapest way to `side` after it.
  const traversed = new Uint8Array(2 * k);
  let costFront = 0;
  let costBack = Infinity;
  for (let i = 0; i < k; i += 1) {
    const aisle = order[i]!;
    const stayFront = costFront + 2 * deepest(aisle);
    const stayBack = costBack + 2 * (length - shallowest(aisle));
    const crossToBack = costFront + length;
    const crossToFront = costBack + length;
    const frontVia = stayFront <= crossToFront ? 0 : 1;
    const backVia = stayBack <= crossToBack ? 0 : 1;
    costFront = frontVia === 0 ? stayFront : crossToFront;
    costBack = backVia === 0 ? stayBack : crossToBack;
    traversed[2 * i + front] = frontVia;
    traversed[2 * i + back] = backVia;
  }
  // Walk the choices backwards from "front after the last aisle" to find each aisle's move.
  const traverse = new Uint8Array(k);
  let side = front;
  for (let i = k - 1; i >= 0; i -= 1) {
    traverse[i] = traversed[2 * i + side]!;
    if (traverse[i] === 1) side = 1 - side;
  }
  let atFront = true;
  for (let i = 0; i < k; i += 1) {
    const aisle = order[i]!;
    walker.moveTo(aisle.x, atFront ? 0 : length);
    if (traverse[i] === 1) {
      walker.sweep(aisle.x, aisle.stops, atFront ? length : 0, !atFront);
      atFront = !atFront;
    } else {
      walker.sweep(aisle.x, aisle.stops, atFront ? 0 : length, !atFront);
    }
  }
}

export const combined: RoutingPolicy = sweepPolicy('combined', walkCombined, walkBlocksCombined);
