// The benchmark's pick lists: drawn from named streams (same suite, same lists; one cell's lists do not
// depend on the others), of distinct bins inside the layout, with popularity ranked by walking
// distance from the depot and the skews' weights as documented.
import { describe, expect, it } from 'vitest';
import { benchmarkSuites, generatePickCells, pickInstancesHash, spotsByDistance, spotWeights, type PickSuite } from '../../../scenarios/benchmark/index.js';

const tiny: PickSuite = {
  seed: 'test',
  layouts: [{ name: 'tiny', layout: { aisles: 3, baysPerAisle: 4, aisleLength: 8, aisleSpacing: 5, depot: { aisle: 1 }, levels: 2 } }],
  sizes: [2, 6],
  skews: ['uniform', 'zipf', 'abc'],
  instancesPerCell: 30,
};

describe('pick instances', () => {
  it('the same suite gives the same lists and hash; another seed gives others', () => {
    const a = generatePickCells(tiny);
    const b = generatePickCells(tiny);
    expect(b).toEqual(a);
    expect(pickInstancesHash(b)).toBe(pickInstancesHash(a));
    expect(pickInstancesHash(generatePickCells({ ...tiny, seed: 'other' }))).not.toBe(pickInstancesHash(a));
  });

  it("a cell's lists come from its own stream: adding a layout, size or skew leaves them unchanged", () => {
    const alone = generatePickCells({ ...tiny, sizes: [6], skews: ['zipf'] });
    const more = generatePickCells({ ...tiny, layouts: [{ name: 'other', layout: { ...tiny.layouts[0]!.layout, aisles: 5 } }, ...tiny.layouts] });
    const same = more.find((c) => c.layout.name === 'tiny' && c.size === 6 && c.skew === 'zipf')!;
    expect(same.instances).toEqual(alone[0]!.instances);
  });

  it('every list holds `size` distinct bins inside the layout, at their documented positions', () => {
    for (const cell of generatePickCells(tiny)) {
      expect(cell.instances).toHaveLength(tiny.instancesPerCell);
      for (const list of cell.instances) {
        expect(list).toHaveLength(cell.size);
        expect(new Set(list.map((p) => p.address)).size).toBe(cell.size);
        // distinct spots too: bins are drawn per spot, without replacement
        expect(new Set(list.map((p) => `${p.aisle}/${p.bay}`)).size).toBe(cell.size);
        for (const p of list) {
          expect(p.x).toBe(p.aisle * 5);
          expect(p.y).toBe((p.bay - 0.5) * 2);
          expect(p.level).toBeGreaterThanOrEqual(1);
          expect(p.level).toBeLessThanOrEqual(2);
        }
      }
    }
  });

  it('ranks spots by walking distance from the depot (across, then up the aisle), ties by aisle then bay', () => {
    // depot at aisle 1 (x = 5); spot distance = 5 |aisle - 1| + 2 (bay - 0.5)
    const order = spotsByDistance(tiny.layouts[0]!.layout).map((s) => `${s.aisle}/${s.bay}`);
    // 1/1: 1, 1/2: 3, 1/3: 5, 0/1 and 2/1: 6 (tie, aisle 0 first), 1/4: 7, 0/2 and 2/2: 8
    expect(order.slice(0, 8)).toEqual(['1/1', '1/2', '1/3', '0/1', '2/1', '1/4', '0/2', '2/2']);
  });

  it('weights: uniform equal, zipf 1/rank, abc 80/15/5 over the nearest 20/30/50% of spots', () => {
    expect(spotWeights(4, 'uniform')).toEqual([1, 1, 1, 1]);
    expect(spotWeights(4, 'zipf')).toEqual([1, 1 / 2, 1 / 3, 1 / 4]);
    const abc = spotWeights(10, 'abc');
    expect(abc.slice(0, 2)).toEqual([0.4, 0.4]);
    expect(abc.slice(2, 5).every((w) => Math.abs(w - 0.05) < 1e-15)).toBe(true);
    expect(abc.slice(5).every((w) => Math.abs(w - 0.01) < 1e-15)).toBe(true);
  });

  it('zipf and abc lists sit nearer the depot than uniform ones (popular spots are the near ones)', () => {
    const cells = generatePickCells({ ...tiny, sizes: [2], instancesPerCell: 400 });
    const meanRank = (skew: string) => {
      const ranks = new Map(spotsByDistance(tiny.layouts[0]!.layout).map((s, r) => [`${s.aisle}/${s.bay}`, r]));
      const lists = cells.find((c) => c.skew === skew)!.instances;
      const all = lists.flatMap((l) => l.map((p) => ranks.get(`${p.aisle}/${p.bay}`)!));
      return all.reduce((a, b) => a + b, 0) / all.length;
    };
    // uniform over 12 spots without replacement: every rank equally likely, mean 5.5
    expect(Math.abs(meanRank('uniform') - 5.5)).toBeLessThan(0.5);
    expect(meanRank('zipf')).toBeLessThan(4.5);
    expect(meanRank('abc')).toBeLessThan(4.5);
  });

  it('the built-in suites fit their layouts', () => {
    for (const suite of Object.values(benchmarkSuites)) {
      for (const { layout } of suite.pick.layouts) expect(Math.max(...suite.pick.sizes)).toBeLessThanOrEqual(layout.aisles * layout.baysPerAisle);
    }
  });
});
