// The selection procedure on a newsvendor whose optimum is known: order q units a day, demand is
// Poisson(6); each unit left over costs h = 1, each unit short costs p = 4. The expected daily cost is
// minimised by the smallest q with P(D <= q) >= p / (p + h) = 0.8, computed here from the Poisson CDF.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../../sim/index.js';
import { loadExperiment } from '../../../scenarios/experiment/load.js';
import { parseConstraint, selectBest, type Evaluate } from '../../../scenarios/experiment/optimize.js';
import { runOptimize } from '../../../scenarios/experiment/optimize-run.js';
import { SweepInterrupted } from '../../../scenarios/experiment/runner.js';
import { fakeRunner, tempFolder } from './support.js';

const lambda = 6;
const holding = 1;
const shortage = 4;
const days = 30;
const quantities = Array.from({ length: 13 }, (_, q) => q);

function poissonCdf(q: number): number {
  let term = Math.exp(-lambda);
  let sum = term;
  for (let k = 1; k <= q; k++) {
    term *= lambda / k;
    sum += term;
  }
  return sum;
}

const analyticBest = quantities.find((q) => poissonCdf(q) >= shortage / (shortage + holding))!;

// Replication r draws the same demand for every q (common random numbers).
function demands(replication: number): number[] {
  const stream = new RandomStreams(1_000 + replication).stream('demand');
  return Array.from({ length: days }, () => stream.poisson(lambda));
}

function dailyCost(q: number, demand: readonly number[]): number {
  let cost = 0;
  for (const d of demand) cost += q >= d ? holding * (q - d) : shortage * (d - q);
  return cost / demand.length;
}

const evaluate: Evaluate = async (points, from, to) => {
  const out = new Map<number, Array<Record<string, number>>>();
  for (const p of points) {
    const rows: Array<Record<string, number>> = [];
    for (let r = from; r < to; r++) {
      const demand = demands(r);
      const short = demand.filter((d) => d > quantities[p]!).length / days;
      rows.push({ cost: dailyCost(quantities[p]!, demand), stockoutRate: short });
    }
    out.set(p, rows);
  }
  return out;
};

const parameters = quantities.map((q) => ({ q }));

describe('baton optimize: sequential elimination on common random numbers', () => {
  it('finds the newsvendor optimum with fewer runs than an exhaustive sweep at the same precision', async () => {
    expect(analyticBest).toBe(8); // F(7) = 0.744 < 0.8 <= F(8) = 0.847
    const result = await selectBest(parameters, evaluate, { minimize: 'cost', constraints: [], budget: 2_000, initialReplications: 4, maxReplications: 64 });
    expect(result.best.parameters).toEqual({ q: analyticBest });
    expect(result.runs).toBeLessThan(result.exhaustiveRuns / 2);
    // The exhaustive sweep (every q at the best's replications) agrees.
    const all = await evaluate(quantities.map((_, i) => i), 0, result.best.replications);
    const means = quantities.map((_, i) => all.get(i)!.reduce((s, row) => s + row.cost!, 0) / result.best.replications);
    expect(means.indexOf(Math.min(...means))).toBe(analyticBest);
  });

  it('respects a constraint: stock out on at most 5% of days moves the answer up', async () => {
    // P(D > q) <= 0.05 first holds at q = 10 (1 - F(10) = 0.0426; 1 - F(9) = 0.0839).
    const constrained = quantities.find((q) => 1 - poissonCdf(q) <= 0.05)!;
    expect(constrained).toBe(10);
    const result = await selectBest(parameters, evaluate, { minimize: 'cost', constraints: [{ metric: 'stockoutRate', op: '<=', limit: 0.05 }], budget: 4_000, initialReplications: 4, maxReplications: 128 });
    expect(result.best.parameters).toEqual({ q: constrained });
    expect(result.best.feasible, JSON.stringify(result.ranking.slice(0, 4))).toBe(true);
  });

  it('reads constraints and refuses bad ones', () => {
    expect(parseConstraint('oversellRate<=0.001', ['oversellRate'])).toEqual({ metric: 'oversellRate', op: '<=', limit: 0.001 });
    expect(() => parseConstraint('oversellRate<0.001', ['oversellRate'])).toThrow(/METRIC<=VALUE/);
    expect(() => parseConstraint('nope<=1', ['oversellRate'])).toThrow(/unknown metric/);
  });
});

describe('runOptimize --out / --resume', () => {
  // oversellRate of the fake run = seed / 100 + sync / 1e5: the 60 s point is best on every seed.
  const experimentFile = (folder: string) => {
    const file = join(folder, 'exp.json');
    writeFileSync(file, JSON.stringify({ name: 'resume', base: 'seed-oversell', replications: 2, vary: [{ path: 'channels[*].syncIntervalSeconds', values: [60, 900, 1800, 3600] }] }));
    return loadExperiment(file);
  };
  const settings = { minimize: 'oversellRate', constraints: [], budget: 64, workers: 2 };

  it('keeps every run; a resumed optimisation runs only what is missing and ends with the same result', async () => {
    const folder = tempFolder();
    const loaded = experimentFile(folder);
    const first = fakeRunner();
    const full = await runOptimize(loaded, { ...settings, runTask: first.runTask, out: join(folder, 'full') });
    expect(full.best.parameters).toEqual({ 'channels[*].syncIntervalSeconds': 60 });
    expect(readdirSync(join(folder, 'full', 'runs'))).toHaveLength(first.calls.length);
    const written = JSON.parse(readFileSync(join(folder, 'full', 'optimize.json'), 'utf8'));

    // Stopped after 3 runs (Ctrl-C), then resumed: together they run each task exactly once.
    const stopped = fakeRunner();
    const abort = new AbortController();
    const counting: typeof stopped.runTask = async (input, signal) => {
      const result = await stopped.runTask(input, signal);
      if (stopped.calls.length >= 3) abort.abort();
      return result;
    };
    await expect(runOptimize(loaded, { ...settings, workers: 1, runTask: counting, signal: abort.signal, out: join(folder, 'part') })).rejects.toThrow(SweepInterrupted);
    const resumed = fakeRunner();
    const rest = await runOptimize(loaded, { ...settings, runTask: resumed.runTask, out: join(folder, 'part'), resume: true });
    expect(rest.reusedRuns).toBeGreaterThan(0);
    expect(rest.reusedRuns + resumed.calls.length).toBe(first.calls.length);
    expect(JSON.parse(readFileSync(join(folder, 'part', 'optimize.json'), 'utf8'))).toEqual(written);

    // Resuming a finished optimisation runs nothing.
    const again = fakeRunner();
    expect((await runOptimize(loaded, { ...settings, runTask: again.runTask, out: join(folder, 'full'), resume: true })).reusedRuns).toBe(first.calls.length);
    expect(again.calls).toHaveLength(0);
  });
});
