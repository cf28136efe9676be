import { describe, expect, it } from 'vitest';
import { parseBin, type RoutingLayout } from '../../../../models/wms/layout.js';
import { largestGapCut, routeLargestGap } from '../../../../models/wms/routing/largest-gap.js';

const bins = (layout: RoutingLayout, ...addresses: string[]) => addresses.map((a) => parseBin(a, layout));

// 5 bays over 10 m: bay b sits at y = 2b - 1. Aisles 2 m apart.
const fiveBays: RoutingLayout = { aisles: 5, baysPerAisle: 5, aisleLength: 10, aisleSpacing: 2, depot: { aisle: 2 } };
const stopsAt = (...ys: number[]) => ys.map((y) => ({ y }));

describe('largest-gap routing', () => {
  it('skips the largest gap of each middle aisle', () => {
    // Same picks as the midpoint case: A 3; B 5 and 9; C 1 and 7; E 9; depot at C (x 4).
    // H = 16; traversing A and E: 20.
    // B: points 0, 5, 9, 10, gaps 5, 4, 1: skip 0..5, both picks from the back: 2 x (10 - 5) = 10.
    // C: points 0, 1, 7, 10, gaps 1, 6, 3: skip 1..7: 2 x 1 from the front + 2 x 3 from the back = 8.
    // Total 16 + 20 + 10 + 8 = 54.
    const route = routeLargestGap(fiveBays, bins(fiveBays, 'A-02-01', 'B-03-01', 'B-05-01', 'C-01-01', 'C-04-01', 'E-05-01'));
    expect(route.length).toBeCloseTo(54, 12);
    expect(route.sequence).toEqual(['C-01-01', 'A-02-01', 'B-05-01', 'B-03-01', 'C-04-01', 'E-05-01']);
  });

  it('cuts before the largest gap, the frontmost one on a tie', () => {
    expect(largestGapCut(stopsAt(2, 9), 10)).toBe(1); // gaps 2, 7, 1
    expect(largestGapCut(stopsAt(6, 8), 10)).toBe(0); // gaps 6, 2, 2: all from the back
    expect(largestGapCut(stopsAt(1, 3), 10)).toBe(2); // gaps 1, 2, 7: all from the front
    expect(largestGapCut(stopsAt(5), 10)).toBe(0); // gaps 5, 5: tie, the front gap is skipped
    expect(largestGapCut(stopsAt(2.5, 7.5), 10)).toBe(1); // gaps 2.5, 5, 2.5
  });

  it('degenerates to return with a single pick aisle, even with a wide inner gap', () => {
    const layout: RoutingLayout = { aisles: 4, baysPerAisle: 10, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 } };
    expect(routeLargestGap(layout, bins(layout, 'A-03-01', 'A-07-02')).length).toBeCloseTo(13, 12);
    // Picks at 0.5 and 9.5 in C, depot at A (x 0, C at x 6): 6 + 2 x 9.5 + 6 = 31, not a traverse.
    expect(routeLargestGap(layout, bins(layout, 'C-01-01', 'C-10-01')).length).toBeCloseTo(31, 12);
  });
});
