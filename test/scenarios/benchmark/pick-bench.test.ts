// The pick-routing part: gaps against the exact optimum, checked on a hand-computed case, the
// optimum never beaten on any list, and a vendor route that breaks a rule stopping the benchmark.
import { describe, expect, it } from 'vitest';
import { parseBin, type RoutingLayout } from '../../../models/wms/layout.js';
import { builtInPickPolicies, getPickPolicy, optimal, returnPolicy, sShape, type RoutingPolicy } from '../../../models/wms/routing/index.js';
import { benchmarkSuites, generatePickCells, runPickBenchmark, type PickCell } from '../../../scenarios/benchmark/index.js';
import { PolicyError } from '../../../scenarios/errors.js';

const layout: RoutingLayout = { aisles: 3, baysPerAisle: 10, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 }, levels: 1 };
const cellOf = (lists: string[][]): PickCell => ({ layout: { name: 'hand', layout }, size: lists[0]!.length, skew: 'uniform', instances: lists.map((l) => l.map((b) => parseBin(b, layout))) });

describe('runPickBenchmark', () => {
  it('gaps by hand: picks at mid-depth of aisles A and C', () => {
    // H = 12 (to aisle C and back). return: 12 + 2 x 4.5 + 2 x 4.5 = 30 = the optimum;
    // s-shape: two aisles traversed, 12 + 2 x 10 = 32, gap 100 x 2 / 30 = 6.667%.
    // Second list, A-10 and C-10 (y = 9.5): return 12 + 19 + 19 = 50, s-shape 32 = optimum, return's gap 56.25%.
    const board = runPickBenchmark([cellOf([['A-05-01', 'C-05-01'], ['A-10-01', 'C-10-01']])], [{ policy: sShape }, { policy: returnPolicy }, { policy: optimal }]);
    const by = Object.fromEntries(board.standings.map((s) => [s.policy, s]));
    expect(by.optimal!.meanLength).toBe(31);
    expect(by['s-shape']!.meanLength).toBe(32);
    expect(by.return!.meanLength).toBe(40);
    expect(by['s-shape']!.gap.mean).toBeCloseTo((100 * 2) / 30 / 2, 12);
    expect(by.return!.gap.mean).toBeCloseTo((100 * 18) / 32 / 2, 12);
    expect(by.return!.worstGap).toEqual({ gap: (100 * 18) / 32, instance: 'hand/2/uniform#1' });
    expect(board.standings.map((s) => [s.policy, s.rank])).toEqual([['optimal', 1], ['s-shape', 2], ['return', 3]]);
    expect(board.answer).toMatchObject({ best: 's-shape', runnerUp: 'return' });
    // paired lead: return's gaps (0, 56.25) minus s-shape's (6.667, 0)
    expect(board.answer.lead!.mean).toBeCloseTo((0 - (100 * 2) / 30 + (100 * 18) / 32) / 2, 12);
  });

  it('on the default suite the optimum is never beaten, its own gap is exactly 0, and the proven orders hold', () => {
    const suite = benchmarkSuites.default!.pick;
    const cells = generatePickCells({ ...suite, layouts: suite.layouts.filter((l) => (l.layout.crossAisles ?? 2) === 2) });
    const board = runPickBenchmark(cells, builtInPickPolicies.map((policy) => ({ policy })));
    const opt = board.standings.find((s) => s.policy === 'optimal')!;
    expect(opt.gap).toMatchObject({ mean: 0, low: 0, high: 0 });
    expect(opt.worstGap.gap).toBe(0);
    expect(opt.rank).toBe(1);
    // every list, independently of the benchmark's own bookkeeping: optimum <= each heuristic
    for (const cell of cells) {
      for (const list of cell.instances) {
        const best = optimal.route(cell.layout.layout, list).length;
        for (const policy of builtInPickPolicies) expect(policy.route(cell.layout.layout, list).length).toBeGreaterThanOrEqual(best - 1e-9);
      }
    }
    for (const s of board.standings) expect(s.gap.mean >= 0 && s.worstGap.gap >= 0).toBe(true);
    const gap = (name: string) => board.standings.find((s) => s.policy === name)!.gap.mean;
    expect(gap('combined')).toBeLessThanOrEqual(Math.min(gap('s-shape'), gap('return')));
    expect(gap('largest-gap')).toBeLessThanOrEqual(gap('midpoint'));
    expect(board.instances).toBe(2 * suite.sizes.length * suite.skews.length * suite.instancesPerCell);
  });

  it('multi-block layouts of the default suite: the exact optimum (13 positions at most) never beaten, gap 0 for optimal', () => {
    const suite = benchmarkSuites.default!.pick;
    const multi = suite.layouts.filter((l) => (l.layout.crossAisles ?? 2) > 2);
    expect(multi.map((l) => l.layout.crossAisles)).toEqual([3, 4]);
    const cells = generatePickCells({ ...suite, layouts: multi, instancesPerCell: 15 });
    const routesBlocks = (p: RoutingPolicy) => { try { p.route(cells[0]!.layout.layout, cells[0]!.instances[0]!); return true; } catch { return false; } };
    const routers = builtInPickPolicies.filter(routesBlocks);
    expect(routers.map((p) => p.name)).toContain('optimal');
    const board = runPickBenchmark(cells, routers.map((policy) => ({ policy })));
    expect(board.cells.every((c) => c.exactOptimum && c.optimumBoundGap === 0)).toBe(true);
    expect(board.standings.find((s) => s.policy === 'optimal')!.gap).toMatchObject({ mean: 0, low: 0, high: 0 });
    for (const cell of cells) {
      for (const list of cell.instances) {
        const best = optimal.route(cell.layout.layout, list).length;
        for (const policy of routers) expect(policy.route(cell.layout.layout, list).length).toBeGreaterThanOrEqual(best - 1e-9);
      }
    }
    // the refusing built-ins refuse, naming themselves
    expect(() => returnPolicy.route(cells[0]!.layout.layout, cells[0]!.instances[0]!)).toThrow(/routing policy "return" works on single-block layouts only/);
  });

  it('a reference that is not proven optimal: gaps against its tour, routes checked against its lower bound', () => {
    // The reference walks s-shape (32 m on both lists) and proves the true optimum as its bound (30 and 32 m).
    const reference: RoutingPolicy = { name: 'ref', route: (l, p) => ({ ...sShape.route(l, p), lowerBound: optimal.route(l, p).length }) as ReturnType<RoutingPolicy['route']> };
    const cells = [cellOf([['A-05-01', 'C-05-01'], ['A-10-01', 'C-10-01']])];
    const board = runPickBenchmark(cells, [{ policy: sShape }, { policy: optimal }], reference);
    expect(board.cells[0]).toMatchObject({ meanOptimum: 32, exactOptimum: false });
    expect(board.cells[0]!.optimumBoundGap).toBeCloseTo((100 * 2) / 30, 12);
    // optimal beats the reference on the first list: (30 - 32) / 32 = -6.25%, then 0
    expect(board.standings.find((s) => s.policy === 'optimal')!.gap.mean).toBeCloseTo(-6.25 / 2, 12);
    expect(board.standings.map((s) => s.policy)).toEqual(['optimal', 's-shape']);
    // a route below the bound is refused, even when it walks: with a bound of 32 m claimed on the
    // first list, optimal's true 30 m tour breaks the rule
    const inflated: RoutingPolicy = { name: 'inflated', route: (l, p) => ({ ...sShape.route(l, p), lowerBound: sShape.route(l, p).length }) as ReturnType<RoutingPolicy['route']> };
    expect(() => runPickBenchmark(cells, [{ policy: optimal, file: 'o.ts' }], inflated)).toThrow(/policy "optimal" \(o.ts\) broke a rule: on benchmark list hand\/2\/uniform#0: length 30 m is shorter than the shortest possible tour \(32 m\)/);
    // the default reference is exact on single-block lists
    const exact = runPickBenchmark(cells, [{ policy: sShape }]);
    expect(exact.cells[0]).toMatchObject({ exactOptimum: true, optimumBoundGap: 0, meanOptimum: 31 });
  });

  it('a vendor route shorter than its path, or shorter than the optimum, is a PolicyError naming file and list', () => {
    const cells = [cellOf([['A-05-01', 'C-05-01']])];
    const halved: RoutingPolicy = { name: 'halved', route: (l, p) => ({ ...sShape.route(l, p), length: sShape.route(l, p).length / 2 }) };
    expect(() => runPickBenchmark(cells, [{ policy: optimal }, { policy: halved, file: 'v.ts' }])).toThrow(PolicyError);
    expect(() => runPickBenchmark(cells, [{ policy: optimal }, { policy: halved, file: 'v.ts' }])).toThrow(/policy "halved" \(v.ts\) broke a rule: on benchmark list hand\/2\/uniform#0: length is 16 m but the path is 32 m long/);
    expect(getPickPolicy('optimal')).toBe(optimal);
  });
});
