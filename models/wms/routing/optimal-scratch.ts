// Working memory of the optimal router, kept between calls: typed arrays larger than a few dozen
// bytes live outside the JS heap and cost microseconds each to allocate, more than the DP itself.
// Every cell a call reads is written earlier in that same call, so nothing carries over.
import type { PickAisle } from './aisles.js';
import { aisleMoveCount, stateCount } from './optimal-states.js';

/** Buffers for the DP over columns and for the Eulerian walk; they only grow. */
export class OptimalScratch {
  // DP, per column.
  moveCost = new Float64Array(0);
  gapCuts = new Int32Array(0);
  aisleMoves = new Int8Array(0);
  crossMoves = new Int8Array(0);
  columnAisles: (PickAisle | undefined)[] = [];
  // DP, per column and class.
  enterCost = new Float64Array(0);
  leaveCost = new Float64Array(0);
  enterFrom = new Int8Array(0);
  enterMove = new Int8Array(0);
  leaveFrom = new Int8Array(0);
  leaveMove = new Int8Array(0);
  // Tour multigraph and Hierholzer's walk.
  base = new Int32Array(0);
  adjacencyStart = new Int32Array(0);
  next = new Int32Array(0);
  edgeFrom = new Int32Array(0);
  edgeTo = new Int32Array(0);
  used = new Uint8Array(0);
  adjacency = new Int32Array(0);
  stack = new Int32Array(0);
  circuit = new Int32Array(0);

  /** Makes room for a DP over `columns` columns. */
  reserveColumns(columns: number): void {
    if (this.gapCuts.length >= columns + 1) return;
    const n = grow(this.gapCuts.length, columns + 1);
    this.moveCost = new Float64Array(n * aisleMoveCount);
    this.gapCuts = new Int32Array(n);
    this.aisleMoves = new Int8Array(n);
    this.crossMoves = new Int8Array(n);
    this.base = new Int32Array(n + 1);
    this.enterCost = new Float64Array(n * stateCount);
    this.leaveCost = new Float64Array(n * stateCount);
    this.enterFrom = new Int8Array(n * stateCount);
    this.enterMove = new Int8Array(n * stateCount);
    this.leaveFrom = new Int8Array(n * stateCount);
    this.leaveMove = new Int8Array(n * stateCount);
  }

  /** Makes room for a multigraph of `vertices` vertices and up to `edges` edges. */
  reserveGraph(vertices: number, edges: number): void {
    if (this.adjacencyStart.length < vertices + 1) {
      const n = grow(this.adjacencyStart.length, vertices + 1);
      this.adjacencyStart = new Int32Array(n);
      this.next = new Int32Array(n);
    }
    if (this.edgeFrom.length < edges + 1) {
      const n = grow(this.edgeFrom.length, edges + 1);
      this.edgeFrom = new Int32Array(n);
      this.edgeTo = new Int32Array(n);
      this.used = new Uint8Array(n);
      this.adjacency = new Int32Array(2 * n);
      this.stack = new Int32Array(n);
      this.circuit = new Int32Array(n);
    }
  }
}

function grow(current: number, needed: number): number {
  return Math.max(needed, 2 * current, 32);
}
