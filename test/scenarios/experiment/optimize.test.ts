// The selection procedure on a newsvendor whose optimum is known: order q units a day, demand is
// Poisson(6); each unit left over costs h = 1, each unit short costs p = 4. The expected daily cost is
// minimised by the smallest q with P(D <= q) >= p / (p + h) = 0.8, computed here from the Poisson CDF.
import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../../sim/index.js';
import { parseConstraint, selectBest, type Evaluate } from '../../../scenarios/experiment/optimize.js';

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
