// The benchmark walks every route again: a tour must start and end at the depot, run only along
// aisles and cross aisles, pass through every pick and be as long as it says.
import { describe, expect, it } from 'vitest';
import { parseBin, type RoutingLayout } from '../../../models/wms/layout.js';
import { builtInPickPolicies, sShape } from '../../../models/wms/routing/index.js';
import { crossAisleYs, generatePickCells, routeProblem } from '../../../scenarios/benchmark/index.js';

// 3 aisles at x = 0, 3, 6; bays 1 m deep (y = bay - 0.5); depot at aisle 0.
const layout: RoutingLayout = { aisles: 3, baysPerAisle: 10, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 }, levels: 1 };
const picks = ['A-05-01', 'C-05-01'].map((b) => parseBin(b, layout));
// Return-style tour by hand: up A to 4.5 and back (9), across to C (6), up and back (9), home (6) = 30 m.
const byHand = [
  { x: 0, y: 0 },
  { x: 0, y: 4.5 },
  { x: 0, y: 0 },
  { x: 6, y: 0 },
  { x: 6, y: 4.5 },
  { x: 6, y: 0 },
  { x: 0, y: 0 },
];
const tour = (path: Array<{ x: number; y: number }>, length = 30) => ({ length, sequence: ['A-05-01', 'C-05-01'], path });

describe('routeProblem', () => {
  it('accepts a correct tour worked out by hand', () => {
    expect(routeProblem(layout, picks, tour(byHand))).toBeNull();
  });

  it('names each broken rule', () => {
    expect(routeProblem(layout, picks, tour(byHand, 29))).toMatch(/length is 29 m but the path is 30 m long/);
    expect(routeProblem(layout, picks, tour([]))).toMatch(/non-empty array/);
    expect(routeProblem(layout, picks, tour([{ x: 3, y: 0 }, ...byHand]))).toMatch(/must start at the depot/);
    expect(routeProblem(layout, picks, tour(byHand.slice(0, -1)))).toMatch(/must end at the depot/);
    expect(routeProblem(layout, picks, tour([{ x: 0, y: 0 }, { x: 6, y: 4.5 }, { x: 0, y: 0 }]))).toMatch(/diagonal/);
    // across at y = 4.5: not a cross aisle in a single block
    const shortcut = [{ x: 0, y: 0 }, { x: 0, y: 4.5 }, { x: 6, y: 4.5 }, { x: 6, y: 0 }, { x: 0, y: 0 }];
    expect(routeProblem(layout, picks, tour(shortcut, 21))).toMatch(/runs across at y = 4.5, which is not a cross aisle/);
    // along x = 1.5: between aisles
    const between = [{ x: 0, y: 0 }, { x: 1.5, y: 0 }, { x: 1.5, y: 4.5 }, { x: 1.5, y: 0 }, { x: 0, y: 0 }];
    expect(routeProblem(layout, picks, tour(between, 12))).toMatch(/x = 1.5, which is not an aisle/);
    // skips C-05-01
    expect(routeProblem(layout, picks, tour(byHand.slice(0, 3).concat([{ x: 0, y: 0 }]), 9))).toMatch(/never reaches pick C-05-01/);
    expect(routeProblem(layout, picks, tour([{ x: 0, y: 0 }, { x: 0, y: 12 }, { x: 0, y: 0 }], 24))).toMatch(/leaves the aisle/);
    expect(routeProblem(layout, picks, tour([{ x: 0, y: 0 }, { x: 'a' as unknown as number, y: 0 }]))).toMatch(/path\[1\] must be a point/);
  });

  it('cross aisles: front and back in a single block, evenly spaced middle ones with crossAisles', () => {
    expect(crossAisleYs(layout)).toEqual([0, 10]);
    expect(crossAisleYs({ ...layout, crossAisles: 3 } as RoutingLayout)).toEqual([0, 5, 10]);
  });

  it('every built-in route of a suite of lists passes', () => {
    const cells = generatePickCells({ seed: 'check', layouts: [{ name: 'l', layout: { ...layout, depot: { aisle: 1 }, levels: 3 } }], sizes: [1, 4, 12], skews: ['uniform', 'zipf'], instancesPerCell: 30 });
    for (const policy of builtInPickPolicies) {
      for (const cell of cells) for (const list of cell.instances) expect(routeProblem(cell.layout.layout, list, policy.route(cell.layout.layout, list)), policy.name).toBeNull();
    }
    expect(routeProblem(layout, picks, sShape.route(layout, picks))).toBeNull();
  });
});
