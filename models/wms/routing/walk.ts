// Records a picker's walk along aisles and cross aisles: distance, visiting order and polyline.
import type { Point, Route } from './types.js';
import type { Stop } from './aisles.js';

/**
 * Accumulates an axis-aligned walk that starts at the depot; `finish()` returns it as a Route.
 * A walker made with `recording` false keeps only the distance (no path, no sequence) and can be
 * reused with `reset`: the cheap way to measure a route.
 */
export class RouteWalker {
  private readonly path: Point[] = [];
  private readonly sequence: string[] = [];
  private lengthMetres = 0;
  // Initialised here, not only in the constructor: a field first defined as undefined would box every
  // number later stored in it.
  private x = 0;
  private y = 0;

  constructor(
    private aisleLength: number,
    private depotX: number,
    private readonly recording = true,
    /** Middle cross aisles (multi-block layouts): y values where the picker may also change aisles. */
    private readonly middleCrossYs: readonly number[] = [],
  ) {
    this.x = depotX;
    if (recording) this.path.push({ x: depotX, y: 0 });
  }

  /** Starts a new walk from the depot (a measuring walker only: a recorded walk is handed out by `finish`). */
  reset(aisleLength: number, depotX: number): void {
    if (this.recording) throw new Error('RouteWalker.reset: only a walker that does not record can be reused');
    this.aisleLength = aisleLength;
    this.depotX = depotX;
    this.lengthMetres = 0;
    this.x = depotX;
    this.y = 0;
  }

  /** Moves along an aisle (same x) or along a cross aisle (same y: the front, the back or a middle one). */
  moveTo(x: number, y: number): void {
    if (x === this.x && y === this.y) return;
    if (x !== this.x) {
      if (y !== this.y || (y !== 0 && y !== this.aisleLength && !this.middleCrossYs.includes(y))) {
        throw new Error(`walk from (${this.x}, ${this.y}) to (${x}, ${y}) leaves the aisles and cross aisles`);
      }
      this.lengthMetres += Math.abs(x - this.x);
    } else {
      this.lengthMetres += Math.abs(y - this.y);
    }
    this.x = x;
    this.y = y;
    if (this.recording) this.push(x, y);
  }

  /** Walks to a stop in the aisle at x and picks its bins, unless it was picked already. */
  pickAt(x: number, stop: Stop): void {
    this.moveTo(x, stop.y);
    if (stop.picked || !this.recording) return;
    stop.picked = true;
    for (const address of stop.addresses) this.sequence.push(address);
  }

  /** Picks stops [from, to) of the aisle at x in the given order, then walks on to y = `endY`. */
  sweep(x: number, stops: readonly Stop[], endY: number, descending = false, from = 0, to = stops.length): void {
    if (descending) {
      for (let i = to - 1; i >= from; i -= 1) this.pickAt(x, stops[i]!);
    } else {
      for (let i = from; i < to; i += 1) this.pickAt(x, stops[i]!);
    }
    this.moveTo(x, endY);
  }

  /** The x the picker stands at. */
  get atX(): number {
    return this.x;
  }

  /** Returns along the front cross aisle to the depot and hands back the finished route. */
  finish(): Route {
    this.moveTo(this.depotX, 0);
    return { length: this.lengthMetres, sequence: this.sequence, path: this.path };
  }

  /** Returns along the front cross aisle to the depot and gives the distance walked. */
  finishLength(): number {
    this.moveTo(this.depotX, 0);
    return this.lengthMetres;
  }

  /** Appends a point, dropping the previous one when the walk runs straight on through it. */
  private push(x: number, y: number): void {
    const n = this.path.length;
    if (n >= 2) {
      const a = this.path[n - 2]!;
      const b = this.path[n - 1]!;
      const straightOn =
        (a.x === b.x && b.x === x && (b.y - a.y) * (y - b.y) > 0) ||
        (a.y === b.y && b.y === y && (b.x - a.x) * (x - b.x) > 0);
      if (straightOn) {
        b.x = x;
        b.y = y;
        return;
      }
    }
    this.path.push({ x, y });
  }
}
