// The leaderboard page and its words: the answer names the best heuristic and its lead, the page holds
// the suite's identity, a gap chart with an interval per policy and a difference chart per OMS metric.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { knownMetrics } from '../../scenarios/experiment/schema.js';
import type { RunTask } from '../../scenarios/experiment/tasks.js';
import { resultHash, type RunResult } from '../../scenarios/result.js';
import { benchmarkSuites, runBenchmark, type BenchmarkSuite } from '../../scenarios/benchmark/index.js';
import { formatDifference, gapBySize, omsAnswer, optimumNote, pickAnswer, renderLeaderboardPage } from '../../viz/benchmark/index.js';
import type { Leaderboard } from '../../scenarios/benchmark/index.js';

const fakeRun: RunTask = async (input) => {
  const metrics: Record<string, number> = Object.fromEntries(knownMetrics.map((m) => [m, 0]));
  // lowest-cost 1,000 cents cheaper than nearest on every seed, the others 1,000 dearer
  const policy = input.scenarioConfig.oms.routingPolicy;
  metrics.shippingCost = 100_000 + input.seed + (policy === 'lowest-cost' ? -1000 : policy === 'nearest' ? 0 : 1000);
  const body = { scenario: input.scenarioConfig.name, seed: input.seed, horizonDays: input.days, metrics, invariants: { checked: 1, violations: [] } };
  return { ...body, hash: resultHash(body), perf: { events: 0, wallMs: 0 } } as RunResult;
};
const suite: BenchmarkSuite = { ...benchmarkSuites.default!, pick: { ...benchmarkSuites.default!.pick, instancesPerCell: 10 } };

describe('the leaderboard page', () => {
  it('answers first, names the suite and draws the charts', async () => {
    const board = await runBenchmark({ suite, policyFiles: [], runTask: fakeRun });
    const best = board.pick.standings.filter((s) => s.gap.mean > 0)[0]!;
    expect(pickAnswer(board.pick, 'Pick routing')).toContain(`${best.policy} is the best heuristic, ${best.gap.mean.toFixed(2)}% above the optimum`);
    expect(pickAnswer(board.pick, 'Pick routing')).toContain('(optimal: exact, gap 0)');
    expect(omsAnswer(board, board.oms.scenarios[0]!)).toBe(
      // seeds 1..10: nearest's mean 100,005.5 cents, lowest-cost's 99,005.5; the difference is exactly -1,000 on every seed
      'OMS routing, multichannel: lowest-cost has the lowest shippingCost, -$10.00 ± $0.00 per run vs nearest ($990.06 vs $1,000.06, 7 days x 10 replications).',
    );
    const html = renderLeaderboardPage(board);
    const { document } = parseHTML(html);
    expect(document.querySelector('title')!.textContent).toBe('Routing benchmark: suite default v2');
    expect(document.querySelectorAll('#gap-to-optimum-multi svg')).toHaveLength(1);
    expect(html).toContain(board.suite.hash);
    expect(html).toContain(board.suite.instancesHash);
    expect(html).toContain(board.resultsHash);
    expect(document.querySelectorAll('#gap-to-optimum svg')).toHaveLength(1);
    expect(document.querySelectorAll('#gap-by-size svg').length).toBeGreaterThan(0);
    // shippingCost differs (a chart per scenario); the fake run leaves every other metric at 0 for every policy (a sentence instead)
    for (const s of board.oms.scenarios) {
      expect(document.querySelectorAll(`[id="oms-${s.name}-shippingCost"] svg`).length).toBeGreaterThan(0);
      expect(document.querySelectorAll(`[id="oms-${s.name}-oversellRate"]`)).toHaveLength(0);
    }
    expect(html).toContain('oversellRate: every policy equals nearest on every replication.');
    expect(html).not.toMatch(/<script/);
  }, 60_000);

  it('the mean gap by size weighs each cell by its lists', async () => {
    const board = await runBenchmark({ suite, policyFiles: [], runTask: fakeRun });
    const { sizes, rows } = gapBySize(board.pick);
    expect(sizes).toEqual([5, 15, 30]);
    const combined = rows.find((r) => r.policy === 'combined')!;
    const cells = board.pick.cells.filter((c) => c.size === 15);
    const expected = cells.reduce((a, c) => a + c.policies.combined!.meanGap, 0) / cells.length;
    expect(combined.gaps[1]).toBeCloseTo(expected, 12);
  }, 60_000);

  it('formats a difference that is 0 on every replication as "same"', () => {
    expect(formatDifference('oversellRate', { mean: 0, halfWidth: 0 })).toBe('same');
    expect(formatDifference('shippingCost', { mean: -1000, halfWidth: 250 })).toBe('-$10.00 ± $2.50');
  });

  it('notes the cells where the optimum is not proven, with the largest proven distance', () => {
    const cell = (layout: string, exactOptimum: boolean, optimumBoundGap: number) => ({ layout, size: 20, skew: 'zipf', instances: 5, meanOptimum: 100, exactOptimum, optimumBoundGap, policies: {} });
    expect(optimumNote({ cells: [cell('a', true, 0)] } as unknown as Leaderboard['pick'])).toBeNull();
    expect(optimumNote({ cells: [cell('a', true, 0), cell('b', false, 3.5), cell('c', false, 1.25)] } as unknown as Leaderboard['pick'])).toBe(
      'The optimum is proven on 1 of 3 cells; on b/20/zipf, c/20/zipf gaps are to the best tour found, which is at most 3.50% above the optimum (a proven lower bound).',
    );
  });
});
