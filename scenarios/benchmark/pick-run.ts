// The pick-routing part of a suite, from the definition alone: the lists, the policies of a loaded
// set (built-ins and vendor files) and their standings. Run in the main thread
// for built-ins only, on a watched worker thread when vendor code takes part.
import { builtInPickPolicies, type RoutingPolicy } from '../../models/wms/routing/index.js';
import type { LoadedPolicies } from '../policy-plugins.js';
import { generatePickCells, pickInstancesHash, type PickCell } from './instances.js';
import { runPickBenchmark, type PickBenchmark, type PickContender } from './pick-bench.js';
import type { PickSuite } from './suites.js';

/** Every pick-path policy of the set, built-ins first, each vendor policy with its file. */
export function pickContenders(policies: LoadedPolicies): PickContender[] {
  return policies.pick.names().map((name) => {
    const file = policies.fileOf('pick', name);
    return { policy: policies.pick.get(name), ...(file === undefined ? {} : { file }) };
  });
}

/** What the pick part yields: single-block standings, multi-block standings (null without such layouts), the lists' hash. */
export interface PickParts {
  pick: PickBenchmark;
  pickMultiBlock: PickBenchmark | null;
  instancesHash: string;
}

/**
 * The standings of every registered pick-path policy on the suite's lists: single-block and
 * multi-block layouts ranked apart, since the built-ins that refuse multi-block layouts (`return`,
 * `midpoint`) take part only in the first. Vendor policies take part in both.
 */
export function benchmarkPicks(suite: PickSuite, policies: LoadedPolicies): PickParts {
  const cells = generatePickCells(suite);
  const isMulti = (cell: (typeof cells)[number]) => (cell.layout.layout.crossAisles ?? 2) > 2;
  const contenders = pickContenders(policies);
  const builtIns = new Set(builtInPickPolicies.map((p) => p.name));
  const multiCells = cells.filter(isMulti);
  const multiContenders = multiCells.length === 0 ? [] : contenders.filter((c) => !builtIns.has(c.policy.name) || routesBlocks(c.policy, multiCells[0]!));
  return {
    pick: runPickBenchmark(cells.filter((c) => !isMulti(c)), contenders),
    pickMultiBlock: multiCells.length === 0 ? null : runPickBenchmark(multiCells, multiContenders),
    instancesHash: pickInstancesHash(cells),
  };
}

// A built-in routes multi-block layouts unless it refuses one with a RangeError (the single-block heuristics do).
function routesBlocks(policy: RoutingPolicy, cell: PickCell): boolean {
  try {
    policy.route(cell.layout.layout, cell.instances[0]!);
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}
