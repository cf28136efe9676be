// Combined+ routing: the combined heuristic improved (after Roodbergen and de Koster's combined+,
// IJPR 39(9), 2001), for single- and multi-block layouts.
//
// Rules (see blocks.ts for the block walk they share with combined):
// - The picker goes up the left pick aisle, or the right one, to the farthest block with picks,
//   picking that aisle on the way; both approaches are walked and the shorter route is kept (the
//   left one on a tie).
// - Blocks are served from the farthest back to the depot, each by combined's dynamic program
//   (per subaisle: traverse, or enter and leave from the picker's side; end at the block's front).
// - Unlike combined, which starts every block at the end nearer the picker, the direction of every
//   block (left to right or right to left) is chosen by a second dynamic program over the blocks,
//   weighing the walk along the cross aisles against each block's in-block walk.
// Combined's choices are among these, so combined+ is never longer than combined.
import type { PickLocation, RoutingLayout } from '../layout.js';
import { routeBlocks, walkBlocksCombinedPlus } from './blocks.js';
import type { Route, RoutingPolicy } from './types.js';

/** Routes by combined+ (the shorter of the two approaches). */
export function routeCombinedPlus(layout: RoutingLayout, picks: readonly PickLocation[]): Route {
  const spacing = layout.aisleSpacing;
  const fromLeft = routeBlocks(layout, picks, walkBlocksCombinedPlus(false, spacing, layout.depot.aisle));
  const fromRight = routeBlocks(layout, picks, walkBlocksCombinedPlus(true, spacing, layout.depot.aisle));
  return fromRight.length < fromLeft.length ? fromRight : fromLeft;
}

export const combinedPlus: RoutingPolicy = {
  name: 'combined-plus',
  route: routeCombinedPlus,
  measure: (layout, picks) => routeCombinedPlus(layout, picks).length,
};
