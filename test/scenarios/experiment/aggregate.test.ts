import { describe, expect, it } from 'vitest';
import { runsCsv, runsHash, summarizePoints, summarizeSamples, summaryCsv } from '../../../scenarios/experiment/aggregate.js';
import { buildTasks } from '../../../scenarios/experiment/tasks.js';
import { loadScenario } from '../../../scenarios/load.js';
import { fakeResult } from './support.js';

// Student t 0.975 quantiles: df 2 in closed form, t = (2p - 1) / sqrt(2p(1 - p)); df 3 from tables.
const t975 = { df2: 0.95 / Math.sqrt(2 * 0.975 * 0.025), df3: 3.1824463052837078 };

describe('summarizeSamples', () => {
  it('gives the mean, sample sd and Student-t half-width', () => {
    const s = summarizeSamples([1, 2, 3, 4]);
    const sd = Math.sqrt(5 / 3); // squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, over n - 1 = 3
    expect(s.n).toBe(4);
    expect(s.mean).toBe(2.5);
    expect(s.sd).toBeCloseTo(sd, 12);
    expect(s.halfWidth).toBeCloseTo((t975.df3 * sd) / 2, 10);
    expect(s.low).toBeCloseTo(2.5 - (t975.df3 * sd) / 2, 10);
    expect(s.high).toBeCloseTo(2.5 + (t975.df3 * sd) / 2, 10);
  });

  it('has no spread with one replication', () => {
    expect(summarizeSamples([7])).toEqual({ n: 1, mean: 7, sd: null, halfWidth: null, low: null, high: null });
  });
});

describe('summarizePoints', () => {
  it('summarizes each point over its replications (hand-computed from the fake run)', () => {
    const base = loadScenario('seed-oversell');
    const configs = [60, 900].map((s) => ({ ...base, channels: base.channels.map((c) => ({ ...c, syncIntervalSeconds: s })) }));
    const tasks = buildTasks(configs, { replications: 3, rootSeed: 1, policyFiles: [] });
    const results = tasks.map((t) => fakeResult(t.input));
    const points = [
      { index: 0, parameters: { sync: 60 } },
      { index: 1, parameters: { sync: 900 } },
    ];
    const summary = summarizePoints(points, tasks, results, ['oversellRate', 'driftRate']);
    // oversellRate = seed / 100 + sync / 1e5 over seeds 1, 2, 3: mean 0.02 + sync / 1e5, sd 0.01.
    const oversell = summary[1]!.metrics.oversellRate!;
    expect(oversell.n).toBe(3);
    expect(oversell.mean).toBeCloseTo(0.02 + 0.009, 12);
    expect(oversell.sd).toBeCloseTo(0.01, 12);
    expect(oversell.halfWidth).toBeCloseTo((t975.df2 * 0.01) / Math.sqrt(3), 12);
    // driftRate = (seed mod 3) / 10 over seeds 1, 2, 3: 0.1, 0.2, 0: mean 0.1, sd 0.1.
    expect(summary[0]!.metrics.driftRate!.mean).toBeCloseTo(0.1, 12);
    expect(summary[0]!.metrics.driftRate!.sd).toBeCloseTo(0.1, 12);
    expect(summary.map((p) => p.parameters)).toEqual([{ sync: 60 }, { sync: 900 }]);
  });
});

describe('runsHash', () => {
  it('depends on every run hash and on their order', () => {
    const base = loadScenario('seed-oversell');
    const tasks = buildTasks([base], { replications: 3, rootSeed: 1, policyFiles: [] });
    const results = tasks.map((t) => fakeResult(t.input));
    const h = runsHash(tasks, results);
    expect(runsHash(tasks, results.map((r) => ({ ...r })))).toBe(h);
    expect(runsHash(tasks, [results[0]!, results[1]!, { ...results[2]!, hash: '0000000000000000' }])).not.toBe(h);
    expect(runsHash(tasks, [results[1]!, results[0]!, results[2]!])).not.toBe(h);
  });
});

describe('CSV exports', () => {
  const summary = [
    { index: 0, parameters: { 'oms.routingPolicy': '=HYPERLINK("http://x")', note: '+1', k: -0.5 }, metrics: { oversellRate: summarizeSamples([0.1, 0.3]) } },
  ];

  it('summary.csv has one row per point and metric, with formula-like text neutralised', () => {
    const lines = summaryCsv(summary).trim().split('\n');
    expect(lines[0]).toBe('point,oms.routingPolicy,note,k,metric,unit,n,mean,sd,halfWidth,low,high');
    const cells = lines[1]!.split(',');
    expect(cells.slice(0, 5)).toEqual(['0', `"'=HYPERLINK(""http://x"")"`, "'+1", '-0.5', 'oversellRate']);
    expect(Number(cells[7])).toBeCloseTo(0.2, 12);
  });

  it('runs.csv leaves wall time out and escapes text parameters', () => {
    const base = loadScenario('seed-oversell');
    const tasks = buildTasks([base], { replications: 2, rootSeed: 5, policyFiles: [] });
    const results = tasks.map((t) => ({ ...fakeResult(t.input), perf: { events: 1, wallMs: 1234567 } }));
    const csv = runsCsv([{ index: 0, parameters: { p: '@SUM(1)' } }], tasks, results);
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.startsWith('point,replication,seed,p,key,hash,violations,')).toBe(true);
    expect(lines[1]!.startsWith(`0,0,5,'@SUM(1),${tasks[0]!.key},${results[0]!.hash},0,`)).toBe(true);
    expect(csv).not.toContain('1234567');
  });
});
