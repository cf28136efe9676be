// The pick-routing part of a suite, from the definition alone: the lists, the registered policies
// (built-ins and the vendor files loaded in this thread) and their standings. Run in the main thread
// for built-ins only, on a watched worker thread when vendor code takes part.
import { getPolicy, policyNames } from '../../models/wms/routing/index.js';
import { vendorPolicyFile } from '../policy-plugins.js';
import { generatePickCells, pickInstancesHash } from './instances.js';
import { runPickBenchmark, type PickBenchmark, type PickContender } from './pick-bench.js';
import type { PickSuite } from './suites.js';

/** Every registered pick-path policy, built-ins first, each vendor policy with its file. */
export function pickContenders(): PickContender[] {
  return policyNames().map((name) => {
    const file = vendorPolicyFile('pick', name);
    return { policy: getPolicy(name), ...(file === undefined ? {} : { file }) };
  });
}

/** The standings of every registered pick-path policy on the suite's lists, and the lists' hash. */
export function benchmarkPicks(suite: PickSuite): { pick: PickBenchmark; instancesHash: string } {
  const cells = generatePickCells(suite);
  return { pick: runPickBenchmark(cells, pickContenders()), instancesHash: pickInstancesHash(cells) };
}
