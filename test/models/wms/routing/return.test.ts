import { describe, expect, it } from 'vitest';
import { parseBin, type RoutingLayout } from '../../../../models/wms/layout.js';
import { routeReturn } from '../../../../models/wms/routing/return.js';
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

describe('return routing', () => {
  it('enters and leaves every pick aisle by the front: H + sum of 2 ymax', () => {
    const layout = tenByTen(3);
    // Depot at x 6. Picks: A 3.5, B 1.5 and 5.5, E 8.5. H = 8 + 6 + 2 = 16.
    // 16 + 2 (3.5 + 5.5 + 8.5) = 51, sweeping from E (the end nearer the depot) to A.
    const route = routeReturn(layout, bins(layout, 'A-04-01', 'B-02-01', 'B-06-01', 'E-09-01'));
    expect(route.length).toBeCloseTo(51, 12);
    expect(route.sequence).toEqual(['E-09-01', 'B-02-01', 'B-06-01', 'A-04-01']);
    expect(route.path).toEqual([
      { x: 6, y: 0 },
      { x: 8, y: 0 },
      { x: 8, y: 8.5 },
      { x: 8, y: 0 },
      { x: 2, y: 0 },
      { x: 2, y: 5.5 },
      { x: 2, y: 0 },
      { x: 0, y: 0 },
      { x: 0, y: 3.5 },
      { x: 0, y: 0 },
      { x: 6, y: 0 },
    ]);
  });

  it('beats S-shape when every pick sits near the front', () => {
    const layout = tenByTen(0);
    // Picks at y 0.5 in A, C and E. H = 2 x 8 = 16. Return: 16 + 3 x 1 = 19.
    // S-shape (k = 3): 16 + 2 x 10 + 1 = 37.
    const picks = bins(layout, 'A-01-01', 'C-01-01', 'E-01-01');
    expect(routeReturn(layout, picks).length).toBeCloseTo(19, 12);
    expect(routeSShape(layout, picks).length).toBeCloseTo(37, 12);
  });

  it('gives 13 m for two picks in the depot aisle at 2.5 and 6.5', () => {
    const layout: RoutingLayout = { aisles: 4, baysPerAisle: 10, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 } };
    expect(routeReturn(layout, bins(layout, 'A-03-01', 'A-07-02')).length).toBeCloseTo(13, 12);
  });
});
