// The contract every pick-path routing policy implements, built-in or added by a user.
import type { PickLocation, RoutingLayout } from '../layout.js';

/** A point of the walk, in metres: x across the aisles, y along them (0 = front cross aisle). */
export interface Point {
  x: number;
  y: number;
}

/** One picking tour from the depot back to the depot. */
export interface Route {
  /** Walked distance in metres. */
  length: number;
  /** Distinct pick addresses in the order the picker reaches them. */
  sequence: string[];
  /** Axis-aligned polyline of the walk, starting and ending at the depot. */
  path: Point[];
}

/** A named rule that turns a pick list into a tour; must be a pure function of its arguments. */
export interface RoutingPolicy {
  name: string;
  route(layout: RoutingLayout, picks: readonly PickLocation[]): Route;
  /** Optional: exactly `route(layout, picks).length`, without building the sequence or the path. */
  measure?(layout: RoutingLayout, picks: readonly PickLocation[]): number;
}
