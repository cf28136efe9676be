// Shared preparation for every policy: distinct picks grouped into their aisles and stops.
import type { PickLocation, RoutingLayout } from '../layout.js';

/** One place in an aisle where the picker stops; several bins (levels) can share it. */
export interface Stop {
  y: number;
  /** Distinct addresses picked here, in code-unit order. */
  addresses: string[];
  /** Set by the walker once the picker has been here; each route works on fresh stops. */
  picked: boolean;
}

/** An aisle holding at least one pick, with its stops ordered front to back (ascending y). */
export interface PickAisle {
  aisle: number;
  x: number;
  stops: Stop[];
}

/**
 * Distinct picks grouped by aisle, aisles ascending; throws a RangeError naming a pick
 * that does not lie inside the layout.
 */
export function groupByAisle(layout: RoutingLayout, picks: readonly PickLocation[]): PickAisle[] {
  const sorted = picks.slice();
  for (const pick of sorted) checkInside(layout, pick);
  // Sorting by (aisle, depth, address) puts repeats of an address next to each other.
  sorted.sort(byAisleThenDepthThenAddress);
  const aisles: PickAisle[] = [];
  let current: PickAisle | undefined;
  let stop: Stop | undefined;
  let previous = '';
  for (const pick of sorted) {
    if (pick.address === previous) continue;
    previous = pick.address;
    if (current === undefined || current.aisle !== pick.aisle) {
      current = { aisle: pick.aisle, x: pick.aisle * layout.aisleSpacing, stops: [] };
      aisles.push(current);
      stop = undefined;
    }
    if (stop === undefined || stop.y !== pick.y) {
      stop = { y: pick.y, addresses: [], picked: false };
      current.stops.push(stop);
    }
    stop.addresses.push(pick.address);
  }
  return aisles;
}

/**
 * Pick aisles in the order the sweep heuristics visit them: starting from the end (leftmost or
 * rightmost pick aisle) nearer the depot, the left end on a tie.
 */
export function visitOrder(aisles: readonly PickAisle[], depotAisle: number): PickAisle[] {
  const left = aisles[0]!.aisle;
  const right = aisles[aisles.length - 1]!.aisle;
  const fromLeft = Math.abs(depotAisle - left) <= Math.abs(right - depotAisle);
  return fromLeft ? aisles.slice() : aisles.slice().reverse();
}

/** Deepest stop of an aisle (largest y). */
export function deepest(aisle: PickAisle): number {
  return aisle.stops[aisle.stops.length - 1]!.y;
}

/** Shallowest stop of an aisle (smallest y). */
export function shallowest(aisle: PickAisle): number {
  return aisle.stops[0]!.y;
}

function checkInside(layout: RoutingLayout, pick: PickLocation): void {
  const aisleOk = Number.isInteger(pick.aisle) && pick.aisle >= 0 && pick.aisle < layout.aisles;
  const depthOk = pick.y > 0 && pick.y < layout.aisleLength;
  if (!aisleOk || !depthOk) {
    throw new RangeError(
      `pick ${JSON.stringify(pick.address)} (aisle ${pick.aisle}, y ${pick.y}) is not inside the layout ` +
        `(aisles 0..${layout.aisles - 1}, y strictly between 0 and ${layout.aisleLength})`,
    );
  }
}

function byAisleThenDepthThenAddress(a: PickLocation, b: PickLocation): number {
  if (a.aisle !== b.aisle) return a.aisle - b.aisle;
  if (a.y !== b.y) return a.y - b.y;
  return a.address < b.address ? -1 : a.address > b.address ? 1 : 0;
}
