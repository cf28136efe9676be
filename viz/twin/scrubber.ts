// The floor's time scrubber: recent pick rounds laid out on one slider, each round in a fixed number
// of frames, and the part of a round's path walked at a given fraction of its length.
import type { FloorMap } from '../../models/visuals.js';

const defaults = { framesPerRound: 24 };

type Point = { x: number; y: number };

/** Where the slider stands: which round, how far along it, and the round's start time. */
export interface ScrubberFrame {
  round: number;
  fraction: number;
  time: number;
}

/** Number of slider positions for `rounds` rounds (0 when there are none). */
export function scrubberLength(rounds: number, framesPerRound = defaults.framesPerRound): number {
  return rounds === 0 ? 0 : rounds * framesPerRound;
}

/** The round and progress at slider position `position` (clamped to the slider). */
export function frameAt(floor: Pick<FloorMap, 'recentRounds'>, position: number, framesPerRound = defaults.framesPerRound): ScrubberFrame | null {
  const count = floor.recentRounds.length;
  if (count === 0) return null;
  const clamped = Math.max(0, Math.min(count * framesPerRound - 1, Math.floor(position)));
  const round = Math.floor(clamped / framesPerRound);
  const fraction = ((clamped % framesPerRound) + 1) / framesPerRound;
  return { round, fraction, time: floor.recentRounds[round]!.time };
}

/** The polyline from the start of `path` up to `fraction` (0..1) of its length, ending at the walker. */
export function pathPrefix(path: readonly Point[], fraction: number): { points: Point[]; walker: Point } {
  if (path.length === 0) throw new RangeError('pathPrefix: the path has no points');
  const segments = path.slice(1).map((p, i) => Math.hypot(p.x - path[i]!.x, p.y - path[i]!.y));
  const total = segments.reduce((s, d) => s + d, 0);
  let left = Math.max(0, Math.min(1, fraction)) * total;
  const points: Point[] = [path[0]!];
  for (let i = 0; i < segments.length; i++) {
    const d = segments[i]!;
    const to = path[i + 1]!;
    if (left >= d) {
      points.push(to);
      left -= d;
      continue;
    }
    const from = path[i]!;
    const t = d === 0 ? 0 : left / d;
    points.push({ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t });
    break;
  }
  return { points, walker: points[points.length - 1]! };
}
