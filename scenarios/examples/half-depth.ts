// An example vendor pick-path policy for `--policy-file`: "half-depth". The picker sweeps the pick
// aisles from left to right. On the front cross aisle it enters an aisle and comes back out when every
// pick lies in the front half, and walks through to the back otherwise; on the back cross aisle it does
// the mirror image. If it ends at the back, it walks down the last aisle, then returns to the depot.
// Benchmark it:  npx baton benchmark --policy-file scenarios/examples/half-depth.ts
// Route with it: npx baton route --layout layout.json --policy half-depth \
//                  --policy-file scenarios/examples/half-depth.ts A-03-01 C-12-02
// The type import is erased when the file loads, so a copy runs from any folder.
import type { PickLocation, Point, Route, RoutingLayout, RoutingPolicy } from './pick-policy-types.js';

function route(layout: RoutingLayout, picks: readonly PickLocation[]): Route {
  const length = layout.aisleLength;
  const depotX = layout.depot.aisle * layout.aisleSpacing;
  // Distinct addresses, grouped by aisle, each aisle's picks front to back.
  const unique = [...new Map(picks.map((p) => [p.address, p])).values()];
  const aisles = [...new Set(unique.map((p) => p.aisle))].sort((a, b) => a - b);
  const path: Point[] = [{ x: depotX, y: 0 }];
  const sequence: string[] = [];
  let walked = 0;
  const walkTo = (x: number, y: number) => {
    const at = path[path.length - 1]!;
    if (at.x === x && at.y === y) return;
    walked += Math.abs(at.x - x) + Math.abs(at.y - y);
    path.push({ x, y });
  };
  let atBack = false;
  for (const aisle of aisles) {
    const here = unique.filter((p) => p.aisle === aisle).sort((a, b) => a.y - b.y || (a.address < b.address ? -1 : 1));
    const x = here[0]!.x;
    walkTo(x, atBack ? length : 0);
    const ordered = atBack ? [...here].reverse() : here;
    const stayOnSide = atBack ? here[0]!.y >= length / 2 : here[here.length - 1]!.y <= length / 2;
    for (const pick of ordered) {
      walkTo(x, pick.y);
      sequence.push(pick.address);
    }
    if (stayOnSide) walkTo(x, atBack ? length : 0);
    else {
      walkTo(x, atBack ? 0 : length);
      atBack = !atBack;
    }
  }
  if (atBack) walkTo(path[path.length - 1]!.x, 0);
  walkTo(depotX, 0);
  return { length: walked, sequence, path };
}

const halfDepth: RoutingPolicy & { kind: 'pick' } = { kind: 'pick', name: 'half-depth', route };
export default halfDepth;
