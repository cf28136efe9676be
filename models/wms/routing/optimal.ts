// Optimal routing: Ratliff and Rosenthal's dynamic program for the single-block layout
// (Operations Research 31(3), 1983), exact for the travelling-salesman tour over the aisles and the
// two cross aisles.
//
// Model: every aisle in the span from the leftmost of (pick aisles, depot aisle) to the rightmost
// is a column with a front end a_j (y = 0) and a back end b_j (y = L), joined through the column's
// stops. The depot is the required vertex a_d of its column. A tour is a multigraph on these
// vertices, each edge used 0, 1 or 2 times, that is connected, has only even degrees and touches
// every pick and the depot. Columns are added left to right; after each step the partial
// multigraph is summarised by one of seven classes (see optimal-states.ts): degree of a_j and b_j
// as zero / odd / even, and whether they are in one or two components (or the tour is closed).
//
// Steps per column j:
// - in-aisle move (cost): none (0, aisles without picks only), traverse once (L), traverse twice
//   (2L), from the front to the deepest pick and back (2 ymax), from the back to the shallowest pick
//   and back (2 (L - ymin)), from both ends skipping the largest gap between two picks
//   (2 (L - gap), two picks or more).
// - cross move to column j + 1: 0, 1 or 2 copies of the front edge and of the back edge, each copy
//   costing the aisle spacing. Leaving the depot's column, a_d must have a positive degree.
// The answer is the cheapest class that a final "no cross edge" move closes into one tour. Work is
// at most 7 x (6 + 9) table lookups per column, so time is linear in the number of aisles; the
// tables and the per-call buffers are typed arrays, reused between calls (optimal-scratch.ts).
//
// The walk is rebuilt from the chosen moves as an Eulerian circuit of the multigraph, starting at
// the depot; `sequence` lists picks in the order that circuit first reaches them. Ties between
// equally short tours go to the first found (classes and moves in table order), so the same picks
// always give the same route.
import type { PickLocation, RoutingLayout } from '../layout.js';
import type { Route, RoutingPolicy } from './types.js';
import { multiBlockRoute } from './multi-block.js';
import { groupByAisle, type PickAisle } from './aisles.js';
import {
  AisleMove,
  State,
  aisleMoveCount,
  aisleTransition,
  crossEdgeCount,
  crossFrontEdges,
  crossMoveCount,
  crossOptionMove,
  crossOptionStart,
  crossOptionTarget,
  crossTransition,
  frontBare,
  stateCount,
} from './optimal-states.js';
import { OptimalScratch } from './optimal-scratch.js';
import { walkTour } from './optimal-tour.js';
import { RouteWalker } from './walk.js';

/** Relative gap between the DP's cost and the walked length beyond which the walk is a bug. */
const lengthAgreementTolerance = 1e-9;

/** An optimal-routing policy with its own working memory (one per thread of use). */
export function createOptimalPolicy(name = 'optimal'): RoutingPolicy {
  const scratch = new OptimalScratch();
  return { name, route: (layout, picks) => routeOptimalWith(scratch, layout, picks) };
}

/** Routes along a shortest tour through all picks, starting and ending at the depot. */
export function routeOptimal(layout: RoutingLayout, picks: readonly PickLocation[]): Route {
  return optimal.route(layout, picks);
}

function routeOptimalWith(scratch: OptimalScratch, layout: RoutingLayout, picks: readonly PickLocation[]): Route {
  // More than two cross aisles: the tour over the aisle graph (multi-block.ts).
  if ((layout.crossAisles ?? 2) > 2) return multiBlockRoute(layout, picks);
  const aisleLength = layout.aisleLength;
  const aisleSpacing = layout.aisleSpacing;
  const depotAisle = layout.depot.aisle;
  const walker = new RouteWalker(aisleLength, depotAisle * aisleSpacing);
  const aisles = groupByAisle(layout, picks);
  if (aisles.length === 0) return walker.finish();

  const lo = Math.min(aisles[0]!.aisle, depotAisle);
  const hi = Math.max(aisles[aisles.length - 1]!.aisle, depotAisle);
  const columns = hi - lo + 1;
  const depotColumn = depotAisle - lo;
  scratch.reserveColumns(columns);
  const { columnAisles, moveCost, gapCuts, enterCost, leaveCost, enterFrom, enterMove, leaveFrom, leaveMove } = scratch;
  for (let c = 0; c < columns; c += 1) columnAisles[c] = undefined;
  for (const aisle of aisles) columnAisles[aisle.aisle - lo] = aisle;
  for (let c = 0; c < columns; c += 1) {
    gapCuts[c] = fillMoveCosts(moveCost, c * aisleMoveCount, columnAisles[c], aisleLength);
  }

  // enter*: classes on arriving in column c (before its aisle move); leave*: after its aisle move.
  const size = columns * stateCount;
  enterCost.fill(Infinity, 0, size);
  leaveCost.fill(Infinity, 0, size);
  enterCost[State.none] = 0;

  for (let c = 0; c < columns; c += 1) {
    const row = c * stateCount;
    for (let s = 0; s < stateCount; s += 1) {
      const base = enterCost[row + s]!;
      if (base === Infinity) continue;
      for (let m = 0; m < aisleMoveCount; m += 1) {
        const cost = moveCost[c * aisleMoveCount + m]!;
        const t = aisleTransition[s * aisleMoveCount + m]!;
        if (cost === Infinity || t < 0) continue;
        const total = base + cost;
        if (total < leaveCost[row + t]!) {
          leaveCost[row + t] = total;
          leaveFrom[row + t] = s;
          leaveMove[row + t] = m;
        }
      }
    }
    if (c === columns - 1) break;
    const isDepot = c === depotColumn;
    const nextRow = row + stateCount;
    for (let s = 0; s < stateCount; s += 1) {
      const base = leaveCost[row + s]!;
      if (base === Infinity) continue;
      const mustUseFront = isDepot && frontBare[s] === 1;
      for (let i = crossOptionStart[s]!; i < crossOptionStart[s + 1]!; i += 1) {
        const m = crossOptionMove[i]!;
        const t = crossOptionTarget[i]!;
        if (mustUseFront && crossFrontEdges[m] === 0) continue;
        const total = base + crossEdgeCount[m]! * aisleSpacing;
        if (total < enterCost[nextRow + t]!) {
          enterCost[nextRow + t] = total;
          enterFrom[nextRow + t] = s;
          enterMove[nextRow + t] = m;
        }
      }
    }
  }

  const lastRow = (columns - 1) * stateCount;
  const lastIsDepot = columns - 1 === depotColumn;
  let best = Infinity;
  let bestState = -1;
  for (let s = 0; s < stateCount; s += 1) {
    if (crossTransition[s * crossMoveCount]! !== State.closed) continue;
    if (lastIsDepot && frontBare[s] === 1) continue;
    if (leaveCost[lastRow + s]! < best) {
      best = leaveCost[lastRow + s]!;
      bestState = s;
    }
  }
  if (bestState < 0) throw new Error('optimal routing found no closed tour');

  const { aisleMoves, crossMoves } = scratch;
  let s = bestState;
  for (let c = columns - 1; c >= 0; c -= 1) {
    const at = c * stateCount + s;
    aisleMoves[c] = leaveMove[at]!;
    s = leaveFrom[at]!;
    if (c > 0) {
      crossMoves[c - 1] = enterMove[c * stateCount + s]!;
      s = enterFrom[c * stateCount + s]!;
    }
  }
  walkTour({ lo, columns, depotColumn, aisleLength, aisleSpacing }, scratch, walker);
  const route = walker.finish();
  if (Math.abs(route.length - best) > lengthAgreementTolerance * Math.max(1, best)) {
    throw new Error(`optimal routing walked ${route.length} m but planned ${best} m`);
  }
  return route;
}

/**
 * Writes the six aisle-move costs of one column at `offset` (Infinity where a move is not allowed)
 * and returns, for the largest-gap move, the number of stops before the skipped gap.
 */
function fillMoveCosts(costs: Float64Array, offset: number, aisle: PickAisle | undefined, aisleLength: number): number {
  costs[offset + AisleMove.traverse] = aisleLength;
  costs[offset + AisleMove.traverseTwice] = 2 * aisleLength;
  if (aisle === undefined) {
    costs[offset + AisleMove.none] = 0;
    costs[offset + AisleMove.fromFront] = Infinity;
    costs[offset + AisleMove.fromBack] = Infinity;
    costs[offset + AisleMove.largestGap] = Infinity;
    return 0;
  }
  const stops = aisle.stops;
  costs[offset + AisleMove.none] = Infinity;
  costs[offset + AisleMove.fromFront] = 2 * stops[stops.length - 1]!.y;
  costs[offset + AisleMove.fromBack] = 2 * (aisleLength - stops[0]!.y);
  let gapMax = -1;
  let cut = 0;
  for (let i = 1; i < stops.length; i += 1) {
    const gap = stops[i]!.y - stops[i - 1]!.y;
    if (gap > gapMax) {
      gapMax = gap;
      cut = i;
    }
  }
  costs[offset + AisleMove.largestGap] = gapMax < 0 ? Infinity : 2 * (aisleLength - gapMax);
  return cut;
}

/** The built-in optimal policy; its scratch memory is reused from call to call. */
export const optimal: RoutingPolicy = createOptimalPolicy();
