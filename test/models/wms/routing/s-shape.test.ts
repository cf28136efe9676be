import { describe, expect, it } from 'vitest';
import { parseBin, type RoutingLayout } from '../../../../models/wms/layout.js';
import { routeSShape } from '../../../../models/wms/routing/s-shape.js';

const bins = (layout: RoutingLayout, ...addresses: string[]) => addresses.map((a) => parseBin(a, layout));

// 10 bays over 10 m: bay b sits at y = b - 0.5. Aisles 2 m apart: aisle i at x = 2i.
const tenByTen = (depotAisle: number): RoutingLayout => ({
  aisles: 5,
  baysPerAisle: 10,
  aisleLength: 10,
  aisleSpacing: 2,
  depot: { aisle: depotAisle },
});

describe('S-shape routing', () => {
  it('with one pick aisle goes only as deep as the deepest pick: 13 m', () => {
    const layout: RoutingLayout = { aisles: 4, baysPerAisle: 10, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 } };
    // k = 1 is odd, so the only aisle is entered and left by the front: 2 x 6.5.
    const route = routeSShape(layout, bins(layout, 'A-03-01', 'A-07-02'));
    expect(route.length).toBeCloseTo(13, 12);
    expect(route.sequence).toEqual(['A-03-01', 'A-07-02']);
  });

  it('traverses both aisles when k is even: H + kL', () => {
    const layout = tenByTen(0);
    // Picks in B (x 2, y 2.5) and D (x 6, y 7.5). H = (6 - 2) + |0 - 2| + |6 - 0| = 12; 12 + 2 x 10 = 32.
    const route = routeSShape(layout, bins(layout, 'D-08-01', 'B-03-01'));
    expect(route.length).toBeCloseTo(32, 12);
    expect(route.sequence).toEqual(['B-03-01', 'D-08-01']);
    expect(route.path).toEqual([
      { x: 0, y: 0 },
      { x: 2, y: 0 },
      { x: 2, y: 10 },
      { x: 6, y: 10 },
      { x: 6, y: 0 },
      { x: 0, y: 0 },
    ]);
  });

  it('starts at the end nearer the depot and returns from the last aisle when k is odd', () => {
    const layout = tenByTen(3);
    // Depot at x 6. Picks: A 3.5 (x 0), B 1.5 and 5.5 (x 2), E 8.5 (x 8).
    // E is 1 aisle from the depot, A is 3, so the sweep runs E, B, A and A is the last aisle.
    // H = (8 - 0) + |6 - 0| + |8 - 6| = 16; length = H + (k - 1)L + 2 ymax(A) = 16 + 20 + 7 = 43.
    const route = routeSShape(layout, bins(layout, 'A-04-01', 'B-02-01', 'B-06-01', 'E-09-01'));
    expect(route.length).toBeCloseTo(43, 12);
    expect(route.sequence).toEqual(['E-09-01', 'B-06-01', 'B-02-01', 'A-04-01']);
    expect(route.path).toEqual([
      { x: 6, y: 0 },
      { x: 8, y: 0 },
      { x: 8, y: 10 },
      { x: 2, y: 10 },
      { x: 2, y: 0 },
      { x: 0, y: 0 },
      { x: 0, y: 3.5 },
      { x: 0, y: 0 },
      { x: 6, y: 0 },
    ]);
  });

  it('visits a repeated address once and bins at one spot in address order', () => {
    const layout = tenByTen(0);
    // Three levels of bay 3 in aisle A, one listed twice: one stop at y 2.5, 5 m in all.
    const route = routeSShape(layout, bins(layout, 'A-03-03', 'A-03-01', 'A-03-03', 'A-03-02'));
    expect(route.sequence).toEqual(['A-03-01', 'A-03-02', 'A-03-03']);
    expect(route.length).toBeCloseTo(5, 12);
  });
});
