// The example vendor policies: their answers on hand-worked cases, their routes valid by the
// benchmark's own walk, and the listings in docs/POLICIES.md equal to the files.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBin, type RoutingLayout } from '../../../models/wms/layout.js';
import { optimal } from '../../../models/wms/routing/index.js';
import type { RoutingRequest } from '../../../models/oms/routing/index.js';
import { generatePickCells, routeProblem } from '../../../scenarios/benchmark/index.js';
import halfDepth from '../../../scenarios/examples/half-depth.js';
import cheapestSingleSource from '../../../scenarios/examples/cheapest-single-source.js';

const root = resolve(import.meta.dirname, '../../..');
// 3 aisles at x = 0, 3, 6; 10 m long, 1 m bays (y = bay - 0.5); depot at aisle A.
const layout: RoutingLayout = { aisles: 3, baysPerAisle: 10, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 }, levels: 2 };
const picks = (...bins: string[]) => bins.map((b) => parseBin(b, layout));

describe('half-depth (pick path)', () => {
  it('walks the hand-worked tour', () => {
    // A: pick at 1.5 (front half): in and out, 3. To B: 3. B: pick at 7.5 (back half): through to the
    // back, 10. To C along the back: 3. C: pick at 2.5 (not in the back half): through to the front, 10.
    // Home: 6. Total 35.
    const route = halfDepth.route(layout, picks('C-03-01', 'A-02-01', 'B-08-01'));
    expect(route.length).toBe(35);
    expect(route.sequence).toEqual(['A-02-01', 'B-08-01', 'C-03-01']);
    expect(routeProblem(layout, picks('C-03-01', 'A-02-01', 'B-08-01'), route)).toBeNull();
    // ending at the back: walk down the last aisle. A pick at 7.5: up and through (10), down again (10).
    expect(halfDepth.route(layout, picks('A-08-01')).length).toBe(20);
    expect(optimal.route(layout, picks('A-08-01')).length).toBe(15);
    // a repeated address and two levels of one spot: each address once
    expect(halfDepth.route(layout, picks('B-04-01', 'B-04-02', 'B-04-01')).sequence).toEqual(['B-04-01', 'B-04-02']);
  });

  it('gives valid tours, never shorter than the optimum, on generated lists', () => {
    const cells = generatePickCells({ seed: 'examples', layouts: [{ name: 'l', layout: { ...layout, depot: { aisle: 1 } } }], sizes: [1, 5, 15], skews: ['uniform', 'zipf'], instancesPerCell: 40 });
    for (const cell of cells) {
      for (const list of cell.instances) {
        const route = halfDepth.route(cell.layout.layout, list);
        expect(routeProblem(cell.layout.layout, list, route)).toBeNull();
        expect(route.length).toBeGreaterThanOrEqual(optimal.route(cell.layout.layout, list).length - 1e-9);
      }
    }
  });
});

describe('cheapest-single-source (OMS routing)', () => {
  const warehouses = [
    { name: 'east', position: { x: 0, y: 0 }, rank: 1, costCentsPerUnit: 500 },
    { name: 'west', position: { x: 9, y: 0 }, rank: 2, costCentsPerUnit: 300 },
  ];
  const request = (available: number[][]): RoutingRequest => ({ lines: [{ sku: 1, qty: 2 }, { sku: 2, qty: 1 }], warehouses, available, destination: { x: 0, y: 0 }, allowSplit: true });

  it('ships whole from the cheapest location that covers the order', () => {
    // west is cheaper but has none of line 2: east covers both lines
    expect(cheapestSingleSource.route(request([[5, 5], [2, 0]])).units).toEqual([[2, 1], [0, 0]]);
    expect(cheapestSingleSource.route(request([[5, 5], [2, 1]])).units).toEqual([[0, 0], [2, 1]]);
  });

  it('when none covers, fills each line from the cheapest locations first', () => {
    // line 1 (2 units): west has 2; line 2 (1 unit): west 0, east 1
    expect(cheapestSingleSource.route(request([[1, 1], [2, 0]])).units).toEqual([[0, 1], [2, 0]]);
  });
});

describe('docs/POLICIES.md', () => {
  it('lists each example exactly as its file', () => {
    const doc = readFileSync(join(root, 'docs/POLICIES.md'), 'utf8');
    const blocks = [...doc.matchAll(/<!-- example: (\S+) -->\n```ts\n([\s\S]*?)```/g)];
    expect(blocks.map((b) => b[1])).toEqual(['scenarios/examples/half-depth.ts', 'scenarios/examples/cheapest-single-source.ts']);
    for (const [, file, listing] of blocks) expect(listing, file).toBe(readFileSync(join(root, file!), 'utf8'));
  });
});
