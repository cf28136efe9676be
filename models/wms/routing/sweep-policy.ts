// The sweep heuristics (s-shape, return, midpoint, largest gap, combined) share one shape: group the
// picks by aisle, visit the pick aisles in sweep order with a walker. Written once here, a walk
// serves both `route` (the full Route) and `measure` (its length only, reusing the policy's own
// memory, so measuring a pick tour allocates nothing).
import type { PickLocation, RoutingLayout } from '../layout.js';
import { AisleGrouper, groupByAisle, visitOrder, type PickAisle } from './aisles.js';
import type { Route, RoutingPolicy } from './types.js';
import { RouteWalker } from './walk.js';
import { routeBlocks, type BlockWalk } from './blocks.js';

/** How a heuristic walks the pick aisles, given in sweep order (see `visitOrder`); never empty. */
export type AisleWalk = (layout: RoutingLayout, order: readonly PickAisle[], walker: RouteWalker) => void;

/**
 * A policy from an aisle walk, with `measure`; each policy object keeps its own working memory.
 * With `blockWalk` it also routes multi-block layouts (crossAisles > 2); without, it refuses them.
 */
export function sweepPolicy(name: string, walk: AisleWalk, blockWalk?: BlockWalk): RoutingPolicy {
  const grouper = new AisleGrouper();
  const order: PickAisle[] = [];
  const measurer = new RouteWalker(0, 0, false);
  return {
    name,
    route(layout: RoutingLayout, picks: readonly PickLocation[]): Route {
      if (blockWalk !== undefined && (layout.crossAisles ?? 2) > 2) return routeBlocks(layout, picks, blockWalk);
      requireSingleBlock(name, layout);
      const walker = new RouteWalker(layout.aisleLength, layout.depot.aisle * layout.aisleSpacing);
      const aisles = groupByAisle(layout, picks);
      if (aisles.length > 0) walk(layout, visitOrder(aisles, layout.depot.aisle), walker);
      return walker.finish();
    },
    measure(layout: RoutingLayout, picks: readonly PickLocation[]): number {
      if (blockWalk !== undefined && (layout.crossAisles ?? 2) > 2) return routeBlocks(layout, picks, blockWalk).length;
      requireSingleBlock(name, layout);
      measurer.reset(layout.aisleLength, layout.depot.aisle * layout.aisleSpacing);
      const aisles = grouper.group(layout, picks);
      if (aisles.length > 0) walk(layout, visitOrder(aisles, layout.depot.aisle, order), measurer);
      return measurer.finishLength();
    },
  };
}

/** Return and midpoint are defined for one block; on more cross aisles they refuse, naming the way out. */
export function requireSingleBlock(name: string, layout: RoutingLayout): void {
  const k = layout.crossAisles ?? 2;
  if (k !== 2) throw new RangeError(`routing policy "${name}" works on single-block layouts only (crossAisles 2, got ${k}); on multi-block layouts use ${multiBlockPolicies.map((p) => `"${p}"`).join(', ')}`);
}

/** Built-in policies that route multi-block layouts (the others refuse them). */
export const multiBlockPolicies: readonly string[] = ['s-shape', 'largest-gap', 'combined', 'combined-plus', 'optimal'];
