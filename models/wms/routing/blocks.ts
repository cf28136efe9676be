// The sweep heuristics on multi-block layouts (crossAisles > 2), after Roodbergen and de Koster,
// "Routing methods for warehouses with multiple cross aisles" (IJPR 39(9), 2001).
//
// Blocks are numbered from the depot: block b spans the aisles between cross aisles ys[b] (its
// front, nearer the depot) and ys[b + 1] (its back). A subaisle is one aisle within one block. A pick
// lying exactly on a middle cross aisle belongs to the block in front of it (at that block's back).
//
// All three heuristics share the approach: go from the depot to the front of the leftmost aisle
// holding picks (the left pick aisle), walk up it to the front cross aisle of the farthest block
// holding picks, picking what lies on the way; then serve the blocks one by one from the farthest
// back to the depot, each ending on the block's front cross aisle (the next block's back), and
// return along the front cross aisle to the depot. When a block has nothing left to pick, the
// picker walks straight on down the aisle it stands in. They differ in how a block is served:
//
// - s-shape: starting at whichever end (leftmost or rightmost subaisle with picks) is nearer, every
//   subaisle is traversed, alternating direction; the last one is traversed when the picker is at
//   the block's back and entered and left from the front otherwise. In the farthest block the picker
//   arrives at the front: it traverses the leftmost subaisle with picks to the back first, or, when
//   that is the block's only one, enters and leaves it from the front.
// - largest-gap: the farthest block starts as in s-shape. In every other block the picker (at the
//   back) walks along the back cross aisle from the nearer end to the farther end subaisle, entering
//   each subaisle on the way from the back up to its largest gap; it traverses the farther end
//   subaisle to the front, then walks back along the front cross aisle entering each subaisle from
//   the front up to its largest gap. Gaps are measured between the block's front, the picks and its
//   back; the largest is never walked (the frontmost of equal ones).
// - combined: in every block, starting from the nearer end on the cross aisle the picker is on, a
//   dynamic program chooses per subaisle between traversing it and entering and leaving it from the
//   side the picker is on, so that the picker ends at the block's front with the least walk.
// Ties in "nearer end" go to the left.
import { crossAislePositions, type PickLocation, type RoutingLayout } from '../layout.js';
import { groupByAisle, type Stop } from './aisles.js';
import type { Route } from './types.js';
import { RouteWalker } from './walk.js';

/** One aisle within one block, with its stops front to back. */
export interface SubAisle {
  aisle: number;
  x: number;
  stops: Stop[];
}

/** The picks of a layout by block: `blocks[b]` holds block b's subaisles with picks, aisles ascending. */
export interface BlockGrid {
  /** Cross aisle positions, front (0) to back (aisleLength). */
  ys: number[];
  blocks: SubAisle[][];
}

/** A way of serving the blocks of a multi-block layout. */
export type BlockWalk = (grid: BlockGrid, walker: RouteWalker) => void;

/** Distinct picks grouped into blocks and subaisles. */
function groupByBlock(layout: RoutingLayout, picks: readonly PickLocation[]): BlockGrid {
  const ys = crossAislePositions(layout);
  const blocks: SubAisle[][] = Array.from({ length: ys.length - 1 }, () => []);
  for (const aisle of groupByAisle(layout, picks)) {
    let b = 0;
    for (const stop of aisle.stops) {
      while (stop.y > ys[b + 1]!) b += 1;
      const list = blocks[b]!;
      let sub = list[list.length - 1];
      if (sub === undefined || sub.aisle !== aisle.aisle) {
        sub = { aisle: aisle.aisle, x: aisle.x, stops: [] };
        list.push(sub);
      }
      sub.stops.push(stop);
    }
  }
  return { ys, blocks };
}

/** The route of a block walk on a multi-block layout. */
export function routeBlocks(layout: RoutingLayout, picks: readonly PickLocation[], walk: BlockWalk): Route {
  const grid = groupByBlock(layout, picks);
  const walker = new RouteWalker(layout.aisleLength, layout.depot.aisle * layout.aisleSpacing, true, grid.ys.slice(1, -1));
  if (grid.blocks.some((list) => list.length > 0)) walk(grid, walker);
  return walker.finish();
}

/**
 * Steps shared by every block walk: to the front of the left pick aisle (the right one when
 * `fromRight`, for combined+) and up it to the front of the farthest block with picks, picking that
 * aisle's subaisles in the blocks passed.
 * Returns the farthest block's index.
 */
function approachFarthest(grid: BlockGrid, walker: RouteWalker, fromRight = false): number {
  const { ys, blocks } = grid;
  let far = blocks.length - 1;
  while (blocks[far]!.length === 0) far -= 1;
  let left = fromRight ? -Infinity : Infinity;
  let x = 0;
  for (const list of blocks) {
    const end = fromRight ? list[list.length - 1] : list[0];
    if (end !== undefined && (fromRight ? end.aisle > left : end.aisle < left)) {
      left = end.aisle;
      x = end.x;
    }
  }
  walker.moveTo(x, 0);
  for (let b = 0; b < far; b += 1) {
    const list = blocks[b]!;
    const i = list.findIndex((sub) => sub.aisle === left);
    if (i >= 0) {
      walker.sweep(x, list[i]!.stops, ys[b + 1]!);
      list.splice(i, 1);
    }
  }
  walker.moveTo(x, ys[far]!);
  return far;
}

/**
 * The farthest block as s-shape and largest gap start it (the picker at its front): the leftmost
 * subaisle with picks is traversed to the back, or entered and left from the front when it is the
 * block's only one. Returns the block the picker then stands at the back of.
 */
function openFarthest(grid: BlockGrid, walker: RouteWalker, far: number): number {
  const { ys, blocks } = grid;
  const list = blocks[far]!;
  const sub = list.shift()!;
  walker.moveTo(sub.x, ys[far]!);
  if (list.length === 0) {
    walker.sweep(sub.x, sub.stops, ys[far]!);
    return far - 1;
  }
  walker.sweep(sub.x, sub.stops, ys[far + 1]!);
  return far;
}

/** The subaisles of a list in sweep order from the end nearer `aisle` (the left on a tie). */
function fromNearerEnd(list: readonly SubAisle[], aisle: number): SubAisle[] {
  const left = list[0]!.aisle;
  const right = list[list.length - 1]!.aisle;
  return Math.abs(aisle - left) <= Math.abs(right - aisle) ? [...list] : [...list].reverse();
}

/**
 * Walks the blocks from the farthest holding picks back to the depot's, after the approach: an empty
 * block is crossed straight along the picker's aisle; `serve` walks a block's subaisles (never none)
 * from the picker's aisle, ending on the block's front, and returns the aisle it ends in.
 */
function eachBlock(grid: BlockGrid, walker: RouteWalker, serve: (list: readonly SubAisle[], front: number, back: number, aisle: number) => number): void {
  const { ys, blocks } = grid;
  const far = approachFarthest(grid, walker);
  let aisle = blocks[far]![0]!.aisle;
  for (let b = openFarthest(grid, walker, far); b >= 0; b -= 1) {
    const list = blocks[b]!;
    if (list.length === 0) walker.moveTo(walker.atX, ys[b]!);
    else aisle = serve(list, ys[b]!, ys[b + 1]!, aisle);
  }
}

/** S-shape on a multi-block layout (see the header). */
export const walkBlocksSShape: BlockWalk = (grid, walker) =>
  eachBlock(grid, walker, (list, front, back, aisle) => {
    const order = fromNearerEnd(list, aisle);
    let atBack = true;
    order.forEach((sub, i) => {
      walker.moveTo(sub.x, atBack ? back : front);
      if (atBack) {
        walker.sweep(sub.x, sub.stops, front, true);
        atBack = false;
      } else if (i < order.length - 1) {
        walker.sweep(sub.x, sub.stops, back);
        atBack = true;
      } else {
        walker.sweep(sub.x, sub.stops, front);
      }
    });
    return order[order.length - 1]!.aisle;
  });

/**
 * Largest-gap cut of an aisle (or subaisle) between `front` and `back`: stops [0, cut) are picked
 * from the front, [cut, n) from the back; the largest gap among front, picks and back is skipped
 * (the frontmost of equal ones).
 */
export function gapCut(stops: readonly { y: number }[], front: number, back: number): number {
  let cut = 0;
  let gapMax = stops[0]!.y - front;
  for (let i = 1; i <= stops.length; i += 1) {
    const gap = (i === stops.length ? back : stops[i]!.y) - stops[i - 1]!.y;
    if (gap > gapMax) {
      gapMax = gap;
      cut = i;
    }
  }
  return cut;
}

/** Largest gap on a multi-block layout (see the header). */
export const walkBlocksLargestGap: BlockWalk = (grid, walker) =>
  eachBlock(grid, walker, (list, front, back, aisle) => {
    // The farther end is traversed last; the others are served on the way there and back.
    const order = fromNearerEnd(list, aisle);
    const last = order.pop()!;
    const cuts = order.map((sub) => gapCut(sub.stops, front, back));
    order.forEach((sub, i) => {
      const cut = cuts[i]!;
      if (cut === sub.stops.length) return;
      walker.moveTo(sub.x, back);
      walker.sweep(sub.x, sub.stops, back, true, cut);
    });
    walker.moveTo(last.x, back);
    walker.sweep(last.x, last.stops, front, true);
    let endAisle = last.aisle;
    for (let i = order.length - 1; i >= 0; i -= 1) {
      const sub = order[i]!;
      const cut = cuts[i]!;
      if (cut === 0) continue;
      walker.moveTo(sub.x, front);
      walker.sweep(sub.x, sub.stops, front, false, 0, cut);
      endAisle = sub.aisle;
    }
    return endAisle;
  });

/** Combined on a multi-block layout (see the header). */
export const walkBlocksCombined: BlockWalk = (grid, walker) => {
  const far = approachFarthest(grid, walker);
  let aisle = grid.blocks[far]![0]!.aisle;
  serveCombined(grid, walker, far, (_b, list) => {
    const order = fromNearerEnd(list, aisle);
    aisle = order[order.length - 1]!.aisle;
    return order;
  });
};

/**
 * Combined+ with the approach up the left (or right) pick aisle: the sweep direction of every block
 * is chosen by a dynamic program over the blocks (state: the end subaisle the picker leaves a block
 * at), weighing the walk along the cross aisles and each block's in-block walk, instead of always
 * starting at the nearer end.
 */
export function walkBlocksCombinedPlus(fromRight: boolean, aisleSpacing: number, depotAisle: number): BlockWalk {
  return (grid, walker) => {
    const { ys, blocks } = grid;
    const far = approachFarthest(grid, walker, fromRight);
    const start = walker.atX / aisleSpacing;
    // best[e]: least cost so far with the picker at aisle at[e]; e = 0 the left end, 1 the right end.
    let at = [start, start];
    let best = [0, Infinity];
    const choice: Int8Array[] = []; // choice[b][2 e + 0/1]: incoming state; direction (1 = left to right)
    for (let b = far; b >= 0; b -= 1) {
      const list = blocks[b]!;
      const picks = new Int8Array(4);
      choice[b] = picks;
      if (list.length === 0) {
        picks.set([0, 0, 1, 0]);
        continue;
      }
      const startAtBack = b !== far;
      const left = list[0]!.aisle;
      const right = list[list.length - 1]!.aisle;
      const span = (right - left) * aisleSpacing;
      const leftToRight = span + combinedChoices(list, ys[b]!, ys[b + 1]!, startAtBack).cost;
      const rightToLeft = span + combinedChoices([...list].reverse(), ys[b]!, ys[b + 1]!, startAtBack).cost;
      const next = [Infinity, Infinity];
      for (let e = 0; e < 2; e += 1) {
        const base = best[e]!;
        if (base === Infinity) continue;
        const here = at[e]!;
        // Left to right ends at the right end (state 1); right to left at the left end (state 0).
        const toRight = base + Math.abs(here - left) * aisleSpacing + leftToRight;
        const toLeft = base + Math.abs(here - right) * aisleSpacing + rightToLeft;
        if (toRight < next[1]!) {
          next[1] = toRight;
          picks[2] = e;
          picks[3] = 1;
        }
        if (toLeft < next[0]!) {
          next[0] = toLeft;
          picks[0] = e;
          picks[1] = 0;
        }
      }
      at = [left, right];
      best = next;
    }
    const home = [0, 1].map((e) => best[e]! + Math.abs(at[e]! - depotAisle) * aisleSpacing);
    // Directions, back from the cheapest final state.
    const leftToRight = new Int8Array(blocks.length);
    let e = home[1]! < home[0]! ? 1 : 0;
    for (let b = 0; b <= far; b += 1) {
      const picks = choice[b]!;
      leftToRight[b] = picks[2 * e + 1]!;
      e = picks[2 * e]!;
    }
    serveCombined(grid, walker, far, (b, list) => (leftToRight[b] === 1 ? [...list] : [...list].reverse()));
  };
}

/** Serves blocks `far` down to 0 as combined does, each in the order `orderOf` gives (the picker starts at the front of `far`). */
function serveCombined(grid: BlockGrid, walker: RouteWalker, far: number, orderOf: (b: number, list: readonly SubAisle[]) => SubAisle[]): void {
  const { ys, blocks } = grid;
  let atBack = false;
  for (let b = far; b >= 0; b -= 1) {
    const front = ys[b]!;
    const back = ys[b + 1]!;
    const list = blocks[b]!;
    if (list.length === 0) {
      walker.moveTo(walker.atX, front);
      atBack = true;
      continue;
    }
    const order = orderOf(b, list);
    const { traverse } = combinedChoices(order, front, back, atBack);
    order.forEach((sub, i) => {
      walker.moveTo(sub.x, atBack ? back : front);
      if (traverse[i] === 1) {
        walker.sweep(sub.x, sub.stops, atBack ? front : back, atBack);
        atBack = !atBack;
      } else {
        walker.sweep(sub.x, sub.stops, atBack ? back : front, atBack);
      }
    });
    // Ends at this block's front, which is the next block's back.
    atBack = true;
  }
}

/**
 * Per subaisle in `order`, 1 to traverse and 0 to enter and leave from the picker's side: the
 * choices with the least in-block walk that start on the given side and end at the front (on a tie
 * the picker stays on its side), and that walk's length.
 */
function combinedChoices(order: readonly SubAisle[], front: number, back: number, startAtBack: boolean): { traverse: Uint8Array; cost: number } {
  const k = order.length;
  const length = back - front;
  const via = new Uint8Array(2 * k); // via[2i + side]: 1 when subaisle i was traversed to reach `side`
  let costFront = startAtBack ? Infinity : 0;
  let costBack = startAtBack ? 0 : Infinity;
  for (let i = 0; i < k; i += 1) {
    const stops = order[i]!.stops;
    const stayFront = costFront + 2 * (stops[stops.length - 1]!.y - front);
    const stayBack = costBack + 2 * (back - stops[0]!.y);
    const toFront = costBack + length;
    const toBack = costFront + length;
    via[2 * i] = stayFront <= toFront ? 0 : 1;
    via[2 * i + 1] = stayBack <= toBack ? 0 : 1;
    costFront = Math.min(stayFront, toFront);
    costBack = Math.min(stayBack, toBack);
  }
  const traverse = new Uint8Array(k);
  let side = 0;
  for (let i = k - 1; i >= 0; i -= 1) {
    traverse[i] = via[2 * i + side]!;
    if (traverse[i] === 1) side = 1 - side;
  }
  return { traverse, cost: costFront };
}
