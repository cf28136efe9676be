// The leaderboard: the same suite gives the same numbers and hashes on every rerun (only the measured
// times differ), the suite hash follows the definition, and the CSV holds one number per row.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { knownMetrics } from '../../../scenarios/experiment/schema.js';
import type { RunTask } from '../../../scenarios/experiment/tasks.js';
import { resultHash, type RunResult } from '../../../scenarios/result.js';
import { benchmarkSuites, findSuite, leaderboardCsv, runBenchmark, suiteHash, type BenchmarkSuite, type Leaderboard } from '../../../scenarios/benchmark/index.js';
import { InputError } from '../../../scenarios/errors.js';
import { builtInPickPolicies } from '../../../models/wms/routing/index.js';

const fakeRun: RunTask = async (input) => {
  const metrics: Record<string, number> = Object.fromEntries(knownMetrics.map((m) => [m, 0]));
  metrics.shippingCost = input.scenarioConfig.oms.routingPolicy.length * 100 + input.seed;
  const body = { scenario: input.scenarioConfig.name, seed: input.seed, horizonDays: input.days, metrics, invariants: { checked: 1, violations: [] } };
  return { ...body, hash: resultHash(body), perf: { events: 0, wallMs: 0 } } as RunResult;
};

const suite: BenchmarkSuite = { ...benchmarkSuites.default!, pick: { ...benchmarkSuites.default!.pick, instancesPerCell: 20 } };

/** The leaderboard without the measured times. */
function withoutTimes(board: Leaderboard): unknown {
  const untimed = (pick: Leaderboard['pick']) => ({ ...pick, standings: pick.standings.map((s) => ({ ...s, microsPerRoute: 0 })) });
  return { ...board, elapsedSeconds: 0, pick: untimed(board.pick), pickMultiBlock: board.pickMultiBlock && untimed(board.pickMultiBlock) };
}

describe('runBenchmark', () => {
  it('the same suite twice: the same numbers, suite hash, instances hash and results hash', async () => {
    const a = await runBenchmark({ suite, policyFiles: [], runTask: fakeRun });
    const b = await runBenchmark({ suite, policyFiles: [], runTask: fakeRun });
    expect(withoutTimes(b)).toEqual(withoutTimes(a));
    expect(a.suite.hash).toBe(suiteHash(suite));
    expect(a.resultsHash).toMatch(/^[0-9a-f]{16}$/);
    expect(a.vendorPolicies).toEqual([]);
    // other lists: another instances hash and results hash, same pick standings shape
    const other = await runBenchmark({ suite: { ...suite, pick: { ...suite.pick, seed: 'another' } }, policyFiles: [], runTask: fakeRun });
    expect(other.suite.instancesHash).not.toBe(a.suite.instancesHash);
    expect(other.resultsHash).not.toBe(a.resultsHash);
  }, 60_000);

  it('the suite hash changes with any field of the definition and not with key order', () => {
    const base = benchmarkSuites.default!;
    expect(suiteHash({ ...base, version: base.version + 1 })).not.toBe(suiteHash(base));
    expect(suiteHash({ ...base, oms: { ...base.oms, days: base.oms.days + 1 } })).not.toBe(suiteHash(base));
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as unknown as BenchmarkSuite;
    expect(suiteHash(reordered)).toBe(suiteHash(base));
  });

  it('an unknown suite is an InputError listing the suites', () => {
    expect(() => findSuite('nope')).toThrow(InputError);
    expect(() => findSuite('nope')).toThrow(/unknown benchmark suite; suites: default, full/);
  });

  it('leaderboard.csv: one row per number, matching the JSON', async () => {
    const board = await runBenchmark({ suite, policyFiles: [], runTask: fakeRun });
    const rows = parse(leaderboardCsv(board), { columns: true }) as Array<Record<string, string>>;
    const policies = board.pick.standings.length;
    const multi = board.pickMultiBlock!;
    // the built-ins that refuse multi-block layouts are left out of those standings; optimal routes them
    const refusing = builtInPickPolicies.filter((p) => { try { p.route(multi.cells.length ? suite.pick.layouts[2]!.layout : suite.pick.layouts[0]!.layout, []); return false; } catch { return true; } }).map((p) => p.name);
    expect(multi.standings.map((s) => s.policy)).toContain('optimal');
    expect(refusing).toContain('return');
    for (const name of refusing) expect(multi.standings.map((s) => s.policy)).not.toContain(name);
    const omsPolicies = board.oms.scenarios[0]!.standings.length;
    expect(rows.filter((r) => r.section === 'pick')).toHaveLength(4 * (policies + multi.standings.length));
    expect(rows.filter((r) => r.section === 'pick-cell')).toHaveLength((3 * policies + 1) * board.pick.cells.length + (3 * multi.standings.length + 1) * multi.cells.length);
    expect(rows.filter((r) => r.section === 'pick' && r.scope === 'multi-block')).toHaveLength(4 * multi.standings.length);
    expect(rows.filter((r) => r.metric === 'optimumBoundGapPercent').every((r) => r.value === '0')).toBe(true);
    expect(rows.filter((r) => r.section === 'oms')).toHaveLength(2 * suite.oms.metrics.length * omsPolicies * suite.oms.scenarios.length);
    const combined = board.pick.standings.find((s) => s.policy === 'combined')!;
    const gapRow = rows.find((r) => r.section === 'pick' && r.policy === 'combined' && r.metric === 'gapPercent')!;
    expect(Number(gapRow.value)).toBe(combined.gap.mean);
    expect(Number(gapRow.low)).toBe(combined.gap.low);
    expect(Number(gapRow.rank)).toBe(combined.rank);
    // "lowest-cost" (11 letters) vs "nearest" (7): +400 cents on every seed
    const diff = rows.find((r) => r.section === 'oms' && r.policy === 'lowest-cost' && r.metric === 'shippingCost - nearest')!;
    expect(Number(diff.value)).toBe(400);
  }, 60_000);
});
