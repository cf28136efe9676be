// Turns the moves chosen by the Ratliff-Rosenthal DP into a walk: build the tour multigraph (every
// used edge once per copy) and follow an Eulerian circuit of it from the depot.
import { AisleMove, crossBackEdges, crossFrontEdges } from './optimal-states.js';
import type { OptimalScratch } from './optimal-scratch.js';
import type { RouteWalker } from './walk.js';

/** Where the DP's decisions sit: columns lo..lo + columns - 1, moves in the scratch buffers. */
export interface TourPlan {
  /** Aisle index of column 0. */
  lo: number;
  columns: number;
  depotColumn: number;
  aisleLength: number;
  aisleSpacing: number;
}

/**
 * Walks an Eulerian circuit of the multigraph given by `scratch.aisleMoves`, `scratch.crossMoves`
 * and `scratch.gapCuts`, starting and ending at the depot.
 */
export function walkTour(plan: TourPlan, scratch: OptimalScratch, walker: RouteWalker): void {
  const { columns } = plan;
  const { base, columnAisles } = scratch;
  // Vertices of column c: base[c] is the front end, then one per stop front to back, then the back end.
  base[0] = 0;
  for (let c = 0; c < columns; c += 1) base[c + 1] = base[c]! + stopCount(scratch, c) + 2;
  const vertexCount = base[columns]!;
  scratch.reserveGraph(vertexCount, 2 * vertexCount + 4 * columns);
  const { edgeFrom, edgeTo } = scratch;
  let edgeCount = 0;
  for (let c = 0; c < columns; c += 1) {
    const m = stopCount(scratch, c);
    const move = scratch.aisleMoves[c]!;
    const gapCut = scratch.gapCuts[c]!;
    for (let segment = 0; segment <= m; segment += 1) {
      const copies = segmentCopies(move, segment, m, gapCut);
      for (let i = 0; i < copies; i += 1) {
        edgeFrom[edgeCount] = base[c]! + segment;
        edgeTo[edgeCount] = base[c]! + segment + 1;
        edgeCount += 1;
      }
    }
    if (c + 1 < columns) {
      const cross = scratch.crossMoves[c]!;
      for (let i = 0; i < crossFrontEdges[cross]!; i += 1) {
        edgeFrom[edgeCount] = base[c]!;
        edgeTo[edgeCount] = base[c + 1]!;
        edgeCount += 1;
      }
      for (let i = 0; i < crossBackEdges[cross]!; i += 1) {
        edgeFrom[edgeCount] = base[c + 1]! - 1;
        edgeTo[edgeCount] = base[c + 2]! - 1;
        edgeCount += 1;
      }
    }
  }
  const length = eulerCircuit(scratch, vertexCount, edgeCount, base[plan.depotColumn]!);
  const circuit = scratch.circuit;
  let column = plan.depotColumn;
  // Hierholzer emits the circuit backwards; either direction is a valid walk, and reading it back to
  // front starts along the first edges the search took.
  for (let i = length - 1; i >= 0; i -= 1) {
    const v = circuit[i]!;
    while (v < base[column]!) column -= 1;
    while (v >= base[column + 1]!) column += 1;
    const x = (plan.lo + column) * plan.aisleSpacing;
    const offset = v - base[column]!;
    const m = base[column + 1]! - base[column]! - 2;
    if (offset === 0) walker.moveTo(x, 0);
    else if (offset === m + 1) walker.moveTo(x, plan.aisleLength);
    else walker.pickAt(x, columnAisles[column]!.stops[offset - 1]!);
  }
}

function stopCount(scratch: OptimalScratch, column: number): number {
  return scratch.columnAisles[column]?.stops.length ?? 0;
}

/** Copies of segment `segment` (between point segment and segment + 1, point 0 the front end). */
function segmentCopies(move: number, segment: number, m: number, gapCut: number): number {
  switch (move) {
    case AisleMove.traverse:
      return 1;
    case AisleMove.traverseTwice:
      return 2;
    case AisleMove.fromFront:
      return segment < m ? 2 : 0;
    case AisleMove.fromBack:
      return segment > 0 ? 2 : 0;
    case AisleMove.largestGap:
      return segment === gapCut ? 0 : 2;
    default:
      return 0;
  }
}

/**
 * Hierholzer's algorithm on the scratch multigraph, whose degrees are all even; writes the circuit
 * (reversed) to `scratch.circuit` and returns its number of vertices.
 */
function eulerCircuit(scratch: OptimalScratch, vertexCount: number, edgeCount: number, start: number): number {
  const { edgeFrom, edgeTo, adjacencyStart, next, adjacency, used, stack, circuit } = scratch;
  adjacencyStart.fill(0, 0, vertexCount + 1);
  for (let e = 0; e < edgeCount; e += 1) {
    adjacencyStart[edgeFrom[e]! + 1]! += 1;
    adjacencyStart[edgeTo[e]! + 1]! += 1;
  }
  for (let v = 0; v < vertexCount; v += 1) adjacencyStart[v + 1]! += adjacencyStart[v]!;
  for (let v = 0; v < vertexCount; v += 1) next[v] = adjacencyStart[v]!;
  for (let e = 0; e < edgeCount; e += 1) {
    adjacency[next[edgeFrom[e]!]!++] = e;
    adjacency[next[edgeTo[e]!]!++] = e;
  }
  for (let v = 0; v < vertexCount; v += 1) next[v] = adjacencyStart[v]!;
  used.fill(0, 0, edgeCount);
  let top = 0;
  let length = 0;
  stack[top++] = start;
  while (top > 0) {
    const v = stack[top - 1]!;
    const end = adjacencyStart[v + 1]!;
    let p = next[v]!;
    while (p < end && used[adjacency[p]!] === 1) p += 1;
    if (p === end) {
      next[v] = p;
      circuit[length++] = v;
      top -= 1;
    } else {
      const e = adjacency[p]!;
      used[e] = 1;
      next[v] = p + 1;
      stack[top++] = edgeFrom[e] === v ? edgeTo[e]! : edgeFrom[e]!;
    }
  }
  if (length !== edgeCount + 1) {
    throw new Error(`tour graph is not connected: walked ${length - 1} of ${edgeCount} edges`);
  }
  return length;
}
