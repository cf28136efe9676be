import { describe, expect, it } from 'vitest';
import { parseBin, type RoutingLayout } from '../../../../models/wms/layout.js';
import { routeCombined } from '../../../../models/wms/routing/combined.js';

const bins = (layout: RoutingLayout, ...addresses: string[]) => addresses.map((a) => parseBin(a, layout));

// 10 bays over 10 m: bay b sits at y = b - 0.5. Aisles 2 m apart.
const tenByTen = (depotAisle: number): RoutingLayout => ({
  aisles: 5,
  baysPerAisle: 10,
  aisleLength: 10,
  aisleSpacing: 2,
  depot: { aisle: depotAisle },
});

describe('combined routing', () => {
  it('traverses, dips in from the back, then traverses home', () => {
    const layout = tenByTen(0);
    // Picks at 9.5 in A, B and C; H = 2 x 4 = 8.
    // Traverse A (10), B from the back (2 x 0.5 = 1), traverse C down (10): 8 + 21 = 29.
    // S-shape would give 8 + 20 + 19 = 47, return 8 + 57 = 65.
    const route = routeCombined(layout, bins(layout, 'C-10-01', 'B-10-01', 'A-10-01'));
    expect(route.length).toBeCloseTo(29, 12);
    expect(route.sequence).toEqual(['A-10-01', 'B-10-01', 'C-10-01']);
    expect(route.path).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 10 },
      { x: 2, y: 10 },
      { x: 2, y: 9.5 },
      { x: 2, y: 10 },
      { x: 4, y: 10 },
      { x: 4, y: 0 },
      { x: 0, y: 0 },
    ]);
  });

  it('acts like return when every pick is near the front', () => {
    const layout = tenByTen(0);
    // 0.5 in A, C, E: 16 + 3 x 1 = 19.
    expect(routeCombined(layout, bins(layout, 'A-01-01', 'C-01-01', 'E-01-01')).length).toBeCloseTo(19, 12);
  });

  it('ends at the front, so a single deep aisle is entered and left by the front', () => {
    const layout = tenByTen(0);
    // One pick at 9.5 in B: 2 + 19 + 2 = 23 (a traverse would leave the picker at the back).
    const route = routeCombined(layout, bins(layout, 'B-10-01'));
    expect(route.length).toBeCloseTo(23, 12);
    expect(route.path[route.path.length - 1]).toEqual({ x: 0, y: 0 });
  });

  it('weighs later aisles: traverses two deep aisles rather than returning in both', () => {
    const layout = tenByTen(0);
    // 9.5 in A and B: traverse both 4 + 20 = 24 against returning 4 + 38 = 42.
    expect(routeCombined(layout, bins(layout, 'A-10-01', 'B-10-01')).length).toBeCloseTo(24, 12);
  });
});
