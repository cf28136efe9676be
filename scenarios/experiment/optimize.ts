// `baton optimize`: choose the best design point of an experiment by sequential elimination on common
// random numbers. Every surviving point runs replications 0..r-1 (the same seeds everywhere); after
// each stage a point is dropped when its paired difference to the current best (point minus best, on
// the same seeds) has a confidence interval entirely above 0, or when a constraint is violated with
// confidence. Survivors double their replications until one is left, the per-point cap is reached or
// the budget cannot pay for the next stage. Every test runs at level 1 - alpha / (comparisons x
// stages) (Bonferroni), so under normal errors the chance of ever dropping the true best is at most
// alpha: the probability of correct selection among distinguishable points is at least 1 - alpha.
import { meanConfidenceInterval, pairedDifference } from '../../sim/stats/index.js';
import { InputError } from '../errors.js';

/** "metric<=value" or "metric>=value". */
export interface Constraint {
  metric: string;
  op: '<=' | '>=';
  limit: number;
}

export interface OptimizeSettings {
  minimize: string;
  constraints: readonly Constraint[];
  /** Total runs the procedure may spend. */
  budget: number;
  /** Replications of every point in the first stage (>= 2). */
  initialReplications: number;
  /** No point runs more replications than this. */
  maxReplications: number;
  /** Overall error probability (default 0.05). */
  alpha?: number;
}

/** Runs replications [from, to) of the given points; answers metric values per point, per replication. */
export type Evaluate = (points: readonly number[], from: number, to: number) => Promise<Map<number, Array<Record<string, number>>>>;

export interface RankedPoint {
  point: number;
  parameters: Record<string, unknown>;
  mean: number;
  halfWidth: number | null;
  replications: number;
  /** No constraint is violated with 95% confidence. */
  feasible: boolean;
  /** The stage it was dropped at (null: it survived to the end). */
  eliminatedAt: number | null;
  constraints: Record<string, number>;
}

export interface OptimizeResult {
  minimize: string;
  constraints: string[];
  best: RankedPoint;
  runnerUp: RankedPoint | null;
  ranking: RankedPoint[];
  runs: number;
  /** Runs an exhaustive sweep of the grid at the best point's replications would take. */
  exhaustiveRuns: number;
  stages: number;
  /** Lower bound on the probability of correct selection (when one point survives), else null. */
  probabilityOfCorrectSelection: number | null;
}

/** Parses "--constraint oversellRate<=0.001"; `known` are the metric names. */
export function parseConstraint(text: string, known: readonly string[]): Constraint {
  const match = /^\s*([A-Za-z0-9_]+)\s*(<=|>=)\s*(-?[0-9.eE+-]+)\s*$/.exec(text);
  if (match === null) throw InputError.of({ path: '--constraint', value: text, message: 'expected METRIC<=VALUE or METRIC>=VALUE, e.g. oversellRate<=0.001' });
  const [, metric, op, value] = match;
  if (!known.includes(metric!)) throw InputError.of({ path: '--constraint', value: text, message: `unknown metric "${metric}"` });
  const limit = Number(value);
  if (!Number.isFinite(limit)) throw InputError.of({ path: '--constraint', value: text, message: `"${value}" is not a number` });
  return { metric: metric!, op: op as '<=' | '>=', limit };
}

/** Sequential elimination on common random numbers over `parameters.length` points. */
export async function selectBest(parameters: readonly Record<string, unknown>[], evaluate: Evaluate, settings: OptimizeSettings): Promise<OptimizeResult> {
  const k = parameters.length;
  if (k === 0) throw new RangeError('optimize: no design points');
  const alpha = settings.alpha ?? 0.05;
  const r0 = Math.max(2, settings.initialReplications);
  const maxStages = 1 + doublingsToReach(settings.maxReplications, r0);
  const level = 1 - alpha / (Math.max(1, k - 1) * maxStages);
  const samples = parameters.map((): Array<Record<string, number>> => []);
  const eliminatedAt: (number | null)[] = parameters.map(() => null);
  let survivors = parameters.map((_, i) => i);
  let runs = 0;
  let stage = 0;
  let target = r0;
  if (k * r0 > settings.budget) throw InputError.of({ path: '--budget', value: settings.budget, message: `the first stage needs ${k} points x ${r0} replications = ${k * r0} runs` });
  for (;;) {
    stage++;
    const from = samples[survivors[0]!]!.length;
    const results = await evaluate(survivors, from, target);
    for (const p of survivors) samples[p]!.push(...results.get(p)!);
    runs += survivors.length * (target - from);
    const values = (p: number, metric: string) => samples[p]!.map((s) => s[metric]!);
    const objective = (p: number) => mean(values(p, settings.minimize));
    const surelyInfeasible = (p: number) => settings.constraints.some((c) => {
      const ci = meanConfidenceInterval(values(p, c.metric), level);
      return c.op === '<=' ? ci.low > c.limit : ci.high < c.limit;
    });
    const meansFeasible = (p: number) => settings.constraints.every((c) => (c.op === '<=' ? mean(values(p, c.metric)) <= c.limit : mean(values(p, c.metric)) >= c.limit));
    const candidates = survivors.filter((p) => !surelyInfeasible(p));
    const pool = candidates.filter(meansFeasible);
    const best = [...(pool.length > 0 ? pool : candidates.length > 0 ? candidates : survivors)].sort((a, b) => objective(a) - objective(b) || a - b)[0]!;
    const keep = survivors.filter((p) => {
      if (p === best) return true;
      if (surelyInfeasible(p)) return false;
      if (!meansFeasible(best)) return true;
      return pairedDifference(values(p, settings.minimize), values(best, settings.minimize), level).low <= 0;
    });
    for (const p of survivors) if (!keep.includes(p)) eliminatedAt[p] = stage;
    survivors = keep;
    const next = Math.min(settings.maxReplications, target * 2);
    if (survivors.length <= 1 || next === target || runs + survivors.length * (next - target) > settings.budget) break;
    target = next;
  }
  const describe = (p: number): RankedPoint => {
    const v = samples[p]!.map((s) => s[settings.minimize]!);
    const ci = v.length >= 2 ? meanConfidenceInterval(v, 0.95) : null;
    // Feasible unless a constraint is violated with 95% confidence (a mean just past a limit the
    // replications cannot tell from it counts as feasible; the constraint means are reported).
    const feasible = settings.constraints.every((c) => {
      const xs = samples[p]!.map((s) => s[c.metric]!);
      if (xs.length < 2) return c.op === '<=' ? mean(xs) <= c.limit : mean(xs) >= c.limit;
      const ci = meanConfidenceInterval(xs, 0.95);
      return c.op === '<=' ? ci.low <= c.limit : ci.high >= c.limit;
    });
    const constraints = Object.fromEntries(settings.constraints.map((c) => [c.metric, mean(samples[p]!.map((s) => s[c.metric]!))]));
    return { point: p, parameters: parameters[p]!, mean: mean(v), halfWidth: ci?.halfWidth ?? null, replications: v.length, feasible, eliminatedAt: eliminatedAt[p]!, constraints };
  };
  const all = parameters.map((_, p) => describe(p));
  // Survivors first (feasible before infeasible, by mean), then the dropped, latest dropped first.
  const order = (a: RankedPoint, b: RankedPoint) =>
    Number(a.eliminatedAt !== null) - Number(b.eliminatedAt !== null) || Number(!a.feasible) - Number(!b.feasible) || (b.eliminatedAt ?? 0) - (a.eliminatedAt ?? 0) || a.mean - b.mean || a.point - b.point;
  const ranking = [...all].sort(order);
  const best = ranking[0]!;
  return {
    minimize: settings.minimize,
    constraints: settings.constraints.map((c) => `${c.metric}${c.op}${c.limit}`),
    best,
    runnerUp: ranking[1] ?? null,
    ranking,
    runs,
    exhaustiveRuns: k * best.replications,
    stages: stage,
    probabilityOfCorrectSelection: survivors.length === 1 ? 1 - alpha : null,
  };
}

function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return xs.length > 0 ? s / xs.length : 0;
}

/** How many doublings of `start` it takes to reach at least `target` (0 when start already does). */
function doublingsToReach(target: number, start: number): number {
  let count = 0;
  for (let size = start; size < target; size *= 2) count++;
  return count;
}
