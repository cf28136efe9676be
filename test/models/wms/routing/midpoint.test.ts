import { describe, expect, it } from 'vitest';
import { parseBin, type RoutingLayout } from '../../../../models/wms/layout.js';
import { midpointCut, routeMidpoint } from '../../../../models/wms/routing/midpoint.js';

const bins = (layout: RoutingLayout, ...addresses: string[]) => addresses.map((a) => parseBin(a, layout));

// 5 bays over 10 m: bay b sits at y = 2b - 1, so bay 3 is exactly at L/2 = 5. Aisles 2 m apart.
const fiveBays: RoutingLayout = { aisles: 5, baysPerAisle: 5, aisleLength: 10, aisleSpacing: 2, depot: { aisle: 2 } };

describe('midpoint routing', () => {
  it('traverses the outer pick aisles and splits the middle ones at L/2, L/2 itself going front', () => {
    // Depot at C (x 4). Picks: A 3; B 5 and 9; C 1 and 7; E 9. Pick aisles A, B, C, E; middles B, C.
    // H = 8 + 4 + 4 = 16; traversing A and E: 20.
    // B: 5 is exactly L/2, so it is taken from the front (2 x 5 = 10); 9 from the back (2 x 1 = 2): 12.
    // C: 1 from the front (2), 7 from the back (2 x 3 = 6): 8.
    // Total 16 + 20 + 12 + 8 = 56 (had L/2 gone to the back, B would cost 2 x 5 = 10 and the total 54).
    // The depot is 2 aisles from both A and E, so the sweep starts at A: front parts of C then B on
    // the way out, up A, back parts of B and C along the back, down E, home.
    const route = routeMidpoint(fiveBays, bins(fiveBays, 'E-05-01', 'C-04-01', 'C-01-01', 'B-05-01', 'B-03-01', 'A-02-01'));
    expect(route.length).toBeCloseTo(56, 12);
    expect(route.sequence).toEqual(['C-01-01', 'B-03-01', 'A-02-01', 'B-05-01', 'C-04-01', 'E-05-01']);
    expect(route.path).toEqual([
      { x: 4, y: 0 },
      { x: 4, y: 1 },
      { x: 4, y: 0 },
      { x: 2, y: 0 },
      { x: 2, y: 5 },
      { x: 2, y: 0 },
      { x: 0, y: 0 },
      { x: 0, y: 10 },
      { x: 2, y: 10 },
      { x: 2, y: 9 },
      { x: 2, y: 10 },
      { x: 4, y: 10 },
      { x: 4, y: 7 },
      { x: 4, y: 10 },
      { x: 8, y: 10 },
      { x: 8, y: 0 },
      { x: 4, y: 0 },
    ]);
  });

  it('counts a stop exactly at L/2 in the front half', () => {
    expect(midpointCut([{ y: 3 }, { y: 5 }, { y: 7 }], 10)).toBe(2);
    expect(midpointCut([{ y: 5.5 }], 10)).toBe(0);
  });

  it('degenerates to return with a single pick aisle: 13 m', () => {
    const layout: RoutingLayout = { aisles: 4, baysPerAisle: 10, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 } };
    expect(routeMidpoint(layout, bins(layout, 'A-03-01', 'A-07-02')).length).toBeCloseTo(13, 12);
  });

  it('with two pick aisles traverses both: H + 2L', () => {
    // Picks at y 1 in A (x 0) and B (x 2), depot at C (x 4): H = (2 - 0) + |4 - 0| + |2 - 4| = 8; 8 + 20 = 28.
    expect(routeMidpoint(fiveBays, bins(fiveBays, 'A-01-01', 'B-01-01')).length).toBeCloseTo(28, 12);
  });
});
