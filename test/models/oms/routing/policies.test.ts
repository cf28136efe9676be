// Hand-computed allocations for each built-in policy (locations A, B, C of request.ts).
import { describe, expect, it } from 'vitest';
import { routeFewestSplits, routeLowestCost, routeMostStock, routeNearest, routeRanked } from '../../../../models/oms/routing/index.js';
import { request, threeWarehouses } from './request.js';

describe('nearest', () => {
  // From (9, 0): B is 1 away, C sqrt(36 + 16) = 7.2, A 9. Preference B, C, A.
  const destination = { x: 9, y: 0 };

  it('fills a line from the nearest location with stock, then the next nearest', () => {
    const a = routeNearest(request([5], [[10], [3], [4]], { destination }));
    expect(a.units).toEqual([[0], [3], [2]]);
  });

  it('without split, ships whole from the nearest location that covers every line', () => {
    // B lacks line 2, C covers both: C, although A covers too and B is nearer.
    const a = routeNearest(request([2, 2], [[10, 10], [3, 0], [4, 4]], { destination, allowSplit: false }));
    expect(a.units).toEqual([[0, 0], [0, 0], [2, 2]]);
  });

  it('with split, the same order takes each line from its nearest stock', () => {
    const a = routeNearest(request([2, 2], [[10, 10], [3, 0], [4, 4]], { destination }));
    expect(a.units).toEqual([[0, 0], [2, 0], [0, 2]]);
  });

  it('without split, splits when no single location covers the order', () => {
    const a = routeNearest(request([2, 2], [[0, 0], [3, 0], [0, 4]], { destination, allowSplit: false }));
    expect(a.units).toEqual([[0, 0], [2, 0], [0, 2]]);
  });

  it('leaves the uncovered units unallocated', () => {
    const a = routeNearest(request([10], [[0], [3], [4]], { destination }));
    expect(a.units).toEqual([[0], [3], [4]]);
  });

  it('breaks a distance tie by the lower location index', () => {
    // From (5, 0) A and B are both 5 away, C is sqrt(4 + 16) = 4.47: C, then A before B.
    const a = routeNearest(request([6], [[3], [3], [2]], { destination: { x: 5, y: 0 } }));
    expect(a.units).toEqual([[3], [1], [2]]);
  });
});

describe('most-stock', () => {
  it('fills each line from the location holding most of it first', () => {
    // Line 1: B 4 > C 3 > A 2 -> B 4, C 1. Line 2: A 6 > B 1 > C 0 -> A 3.
    const a = routeMostStock(request([5, 3], [[2, 6], [4, 1], [3, 0]]));
    expect(a.units).toEqual([[0, 3], [4, 0], [1, 0]]);
  });

  it('without split, picks the covering location with the most units over the order', () => {
    // A covers with 1 + 5 = 6, B covers with 3 + 1 = 4, C does not cover line 1.
    const a = routeMostStock(request([1, 1], [[1, 5], [3, 1], [0, 9]], { allowSplit: false }));
    expect(a.units).toEqual([[1, 1], [0, 0], [0, 0]]);
  });

  it('breaks a stock tie by the lower location index', () => {
    const a = routeMostStock(request([4], [[0], [3], [3]]));
    expect(a.units).toEqual([[0], [3], [1]]);
  });
});

describe('ranked', () => {
  // Ranks: B 1, A 2, C 3.
  it('fills from rank 1, then rank 2, then rank 3', () => {
    const a = routeRanked(request([7], [[2], [4], [5]]));
    expect(a.units).toEqual([[2], [4], [1]]);
  });

  it('without split, takes the best-ranked location covering the order', () => {
    const a = routeRanked(request([3, 1], [[3, 1], [3, 0], [9, 9]], { allowSplit: false }));
    expect(a.units).toEqual([[3, 1], [0, 0], [0, 0]]);
  });

  it('breaks a rank tie by the lower location index', () => {
    const tied = threeWarehouses.map((w) => ({ ...w, rank: 1 }));
    const a = routeRanked(request([4], [[1], [2], [5]], { warehouses: tied }));
    expect(a.units).toEqual([[1], [2], [1]]);
  });
});

describe('lowest-cost', () => {
  // Costs per unit: C 200, A 300, B 500.
  it('takes units from the cheapest location first: 2 x 200 + 3 x 300 = 1,300 cents', () => {
    const req = request([5], [[4], [9], [2]]);
    const a = routeLowestCost(req);
    expect(a.units).toEqual([[3], [0], [2]]);
    const cost = a.units.reduce((sum, row, w) => sum + row[0]! * threeWarehouses[w]!.costCentsPerUnit, 0);
    expect(cost).toBe(1300);
  });

  it('without split, takes the cheapest location covering the order', () => {
    const a = routeLowestCost(request([2, 2], [[2, 2], [2, 2], [2, 1]], { allowSplit: false }));
    expect(a.units).toEqual([[2, 2], [0, 0], [0, 0]]);
  });
});

describe('fewest-splits', () => {
  it('ships from one location when one covers the order', () => {
    const a = routeFewestSplits(request([2, 2], [[2, 0], [0, 2], [2, 2]]));
    expect(a.units).toEqual([[0, 0], [0, 0], [2, 2]]);
  });

  it('takes the first covering pair in index order, filling in index order inside it', () => {
    // No single location covers [2, 2, 2]; {A, B} covers (A line 1, B lines 2 and 3); {B, C} covers
    // too but comes later; {A, C} does not (line 3).
    const a = routeFewestSplits(request([2, 2, 2], [[2, 0, 0], [0, 2, 2], [2, 2, 0]]));
    expect(a.units).toEqual([[2, 0, 0], [0, 2, 2], [0, 0, 0]]);
  });

  it('uses two locations where nearest-first would use three', () => {
    // From (9, 0) nearest goes B, C, A: line 1 from B, line 2 from C, line 3 from A.
    const available = [[1, 1, 1], [1, 0, 0], [0, 1, 0]];
    const nearestUsed = routeNearest(request([1, 1, 1], available, { destination: { x: 9, y: 0 } })).units.filter((row) => row.some((u) => u > 0)).length;
    const fewest = routeFewestSplits(request([1, 1, 1], available));
    expect(nearestUsed).toBe(3);
    expect(fewest.units).toEqual([[1, 1, 1], [0, 0, 0], [0, 0, 0]]);
  });

  it('gives everything there is when no set of locations covers the order', () => {
    const a = routeFewestSplits(request([5], [[1], [2], [1]]));
    expect(a.units).toEqual([[1], [2], [1]]);
  });

  it('covers greedily beyond eight locations: the location covering most of what is left goes first', () => {
    const nine = Array.from({ length: 9 }, (_, w) => ({ name: `W${w}`, position: { x: w, y: 0 }, rank: w + 1, costCentsPerUnit: 100 }));
    // Lines [3, 3]: W8 covers 3 + 2 = 5 units (most; W2 covers 1), then only W4 covers the last unit of line 2.
    const available = Array.from({ length: 9 }, () => [0, 0]);
    available[2] = [1, 0];
    available[4] = [0, 1];
    available[8] = [3, 2];
    const a = routeFewestSplits(request([3, 3], available, { warehouses: nine }));
    const expected = Array.from({ length: 9 }, () => [0, 0]);
    expected[8] = [3, 2];
    expected[4] = [0, 1];
    expect(a.units).toEqual(expected);
  });
});
