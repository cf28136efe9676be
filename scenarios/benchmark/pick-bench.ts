// The pick-routing part of the benchmark: every policy routes every pick list; each route is walked
// again (check-route.ts) and compared with the reference tour of its list, the `optimal` policy's.
// Per policy: mean length, gap to the reference in percent (mean with a 95% t-interval over the
// lists, and the worst list), and the measured time per route (wall clock; the only number that
// differs between reruns). Where the reference is not proven optimal (it then reports `lowerBound`,
// a proven bound below its length, as on large multi-block lists), no route may be shorter than that
// bound, and the cell reports how far the reference may be from the optimum.
import { pairedDifference } from '../../sim/stats/index.js';
import { hashString } from '../../sim/index.js';
import type { PickLocation, RoutingLayout } from '../../models/wms/layout.js';
import { optimal, type Route, type RoutingPolicy } from '../../models/wms/routing/index.js';
import { PolicyError } from '../errors.js';
import { summarizeSamples, type MetricSummary } from '../experiment/aggregate.js';
import { routeProblem } from './check-route.js';
import type { PickCell } from './instances.js';

/** A policy to benchmark; `file` is the vendor's file, absent for a built-in. */
export interface PickContender {
  policy: RoutingPolicy;
  file?: string;
}

/** One policy's standing over the whole suite. */
export interface PickStanding {
  policy: string;
  /** The vendor's policy file; absent for a built-in. */
  file?: string;
  /** 1 = smallest mean gap. */
  rank: number;
  /** Mean tour length in metres over every list. */
  meanLength: number;
  /** Gap to the optimum, percent: 100 (length - optimum) / optimum; mean and 95% interval over the lists. */
  gap: MetricSummary;
  /** The largest gap and the list it happened on (`layout/size/skew#index`). */
  worstGap: { gap: number; instance: string };
  /**
   * Measured microseconds per route: per cell the fastest of 3 timed passes over its lists (one pass
   * when a pass takes over 100 ms; wall clock, includes the vendor guard's copying); varies run to run.
   */
  microsPerRoute: number;
}

/** One cell's numbers per policy. */
export interface PickCellResult {
  layout: string;
  size: number;
  skew: string;
  instances: number;
  /** Mean optimal tour length in metres (the reference tour's). */
  meanOptimum: number;
  /** True when the reference tour is proven optimal on every list of the cell. */
  exactOptimum: boolean;
  /** Largest proven distance of the reference from the optimum, percent: 100 (length - bound) / bound (0 when exact). */
  optimumBoundGap: number;
  policies: Record<string, { meanLength: number; meanGap: number; worstGap: number }>;
}

/** The winner among the policies with a positive gap, and its lead over the next one. */
export interface PickAnswer {
  best: string | null;
  bestGap: number | null;
  runnerUp: string | null;
  /** Gap of the runner-up minus gap of the best, percentage points, paired over the lists. */
  lead: MetricSummary | null;
}

export interface PickBenchmark {
  instances: number;
  standings: PickStanding[];
  cells: PickCellResult[];
  answer: PickAnswer;
  /** Hash over every length of every policy on every list (not the times). */
  lengthsHash: string;
}

const defaults = { warmupRoutes: 100, level: 0.95, timedPasses: 3, retimeMillisMax: 100 };

/** The reference tour of one list: its length and a proven lower bound on the optimum (equal when exact). */
interface Reference {
  length: number;
  bound: number;
}

function referenceOf(route: Route & { lowerBound?: number }): Reference {
  return { length: route.length, bound: typeof route.lowerBound === 'number' ? Math.min(route.lowerBound, route.length) : route.length };
}

/** Runs every contender on every list of the cells; `reference` (default `optimal`) gives each list's optimum. */
export function runPickBenchmark(cells: readonly PickCell[], contenders: readonly PickContender[], reference: RoutingPolicy = optimal): PickBenchmark {
  // The reference pass, timed per cell: when the reference is also a contender its routes and times are reused.
  const referenceMillis: number[] = [];
  const referenceRoutes = cells.map((cell) => {
    const start = performance.now();
    const routes = cell.instances.map((picks) => reference.route(cell.layout.layout, picks) as Route & { lowerBound?: number });
    referenceMillis.push(performance.now() - start);
    return routes;
  });
  const referenceOfCell = referenceRoutes.map((routes) => routes.map(referenceOf));
  const optimumOf = referenceOfCell.map((refs) => refs.map((r) => r.length));
  const gaps = new Map<string, number[]>();
  const lengths = new Map<string, number[]>();
  const cellResults: PickCellResult[] = cells.map((cell, c) => ({
    layout: cell.layout.name,
    size: cell.size,
    skew: cell.skew,
    instances: cell.instances.length,
    meanOptimum: mean(optimumOf[c]!),
    exactOptimum: referenceOfCell[c]!.every((r) => r.bound === r.length),
    optimumBoundGap: Math.max(0, ...referenceOfCell[c]!.map((r) => (100 * (r.length - r.bound)) / r.bound)),
    policies: {},
  }));
  const standings: Omit<PickStanding, 'rank'>[] = [];
  for (const contender of contenders) {
    const { policy, file } = contender;
    const isReference = policy === reference;
    if (!isReference) warmUp(policy, cells);
    const policyGaps: number[] = [];
    const policyLengths: number[] = [];
    let worst = { gap: -Infinity, instance: '' };
    let millis = 0;
    let routes = 0;
    cells.forEach((cell, c) => {
      const layout = cell.layout.layout;
      let answers: Route[];
      if (isReference) {
        answers = referenceRoutes[c]!;
        millis += referenceMillis[c]!;
      } else {
        const start = performance.now();
        answers = cell.instances.map((picks) => policy.route(layout, picks));
        millis += fastestPass(policy, cell, performance.now() - start);
      }
      routes += answers.length;
      const cellGaps = answers.map((route, i) => {
        const picks = cell.instances[i]!;
        const optimum = optimumOf[c]![i]!;
        const instance = `${cell.layout.name}/${cell.size}/${cell.skew}#${i}`;
        check(contender, layout, picks, route, referenceOfCell[c]![i]!.bound, instance);
        const gap = (100 * (route.length - optimum)) / optimum;
        policyLengths.push(route.length);
        if (gap > worst.gap) worst = { gap, instance };
        return gap;
      });
      policyGaps.push(...cellGaps);
      cellResults[c]!.policies[policy.name] = { meanLength: mean(answers.map((r) => r.length)), meanGap: mean(cellGaps), worstGap: Math.max(...cellGaps) };
    });
    gaps.set(policy.name, policyGaps);
    lengths.set(policy.name, policyLengths);
    standings.push({
      policy: policy.name,
      ...(file === undefined ? {} : { file }),
      meanLength: mean(policyLengths),
      gap: summarizeSamples(policyGaps, defaults.level),
      worstGap: worst,
      microsPerRoute: routes === 0 ? 0 : (millis * 1000) / routes,
    });
  }
  // Smallest mean gap first; equal gaps keep the registry's order.
  const ranked = standings
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.gap.mean - b.s.gap.mean || a.i - b.i)
    .map(({ s }, i) => ({ ...s, rank: i + 1 }));
  return {
    instances: cells.reduce((n, c) => n + c.instances.length, 0),
    standings: ranked,
    cells: cellResults,
    answer: answerOf(ranked, gaps),
    lengthsHash: hashString(JSON.stringify([...lengths.entries()])),
  };
}

// The best policy that is not exact (mean gap above zero) and its paired lead over the next one.
function answerOf(ranked: readonly PickStanding[], gaps: ReadonlyMap<string, number[]>): PickAnswer {
  const heuristics = ranked.filter((s) => s.gap.mean > 0);
  const best = heuristics[0];
  const next = heuristics[1];
  if (best === undefined) return { best: null, bestGap: null, runnerUp: null, lead: null };
  if (next === undefined) return { best: best.policy, bestGap: best.gap.mean, runnerUp: null, lead: null };
  const a = gaps.get(next.policy)!;
  const b = gaps.get(best.policy)!;
  let lead: MetricSummary;
  if (a.length < 2) lead = summarizeSamples([a[0]! - b[0]!]);
  else {
    const { n, mean: m, sd, halfWidth, low, high } = pairedDifference(a, b, defaults.level);
    lead = { n, mean: m, sd, halfWidth, low, high };
  }
  return { best: best.policy, bestGap: best.gap.mean, runnerUp: next.policy, lead };
}

// A route that breaks a rule, or claims to beat the optimum (or its proven lower bound), stops the
// benchmark: a vendor's as a PolicyError naming its file (exit 1), a built-in's as an internal error.
function check(contender: PickContender, layout: RoutingLayout, picks: readonly PickLocation[], route: Route, bound: number, instance: string): void {
  let problem = routeProblem(layout, picks, route);
  if (problem === null && route.length < bound - 1e-6 * Math.max(1, bound)) {
    problem = `length ${route.length} m is shorter than the shortest possible tour (${bound} m)`;
  }
  if (problem === null) return;
  const rule = `on benchmark list ${instance}: ${problem}`;
  if (contender.file !== undefined) throw new PolicyError(contender.policy.name, contender.file, rule);
  throw new Error(`built-in pick policy "${contender.policy.name}" ${rule}`);
}

// Milliseconds of the fastest of a few passes over a cell's lists (the one least disturbed by other
// work), counting the pass already made (`first`); a slow cell is not timed again.
function fastestPass(policy: RoutingPolicy, cell: PickCell, first: number): number {
  let best = first;
  if (first > defaults.retimeMillisMax) return best;
  for (let pass = 1; pass < defaults.timedPasses; pass += 1) {
    const start = performance.now();
    for (const picks of cell.instances) policy.route(cell.layout.layout, picks);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function warmUp(policy: RoutingPolicy, cells: readonly PickCell[]): void {
  let done = 0;
  for (const cell of cells) {
    for (const picks of cell.instances) {
      if (done >= defaults.warmupRoutes) return;
      policy.route(cell.layout.layout, picks);
      done += 1;
    }
  }
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
