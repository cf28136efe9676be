// Runs a suite and assembles its leaderboard: the suite's identity (name, version, definition hash,
// instances hash), the pick-routing standings and the OMS-routing standings, and one hash over
// every deterministic number. Rerunning a suite gives the same document except the measured times
// (`pick.standings[].microsPerRoute`, `elapsedSeconds`).
import { resolve } from 'node:path';
import { hashString } from '../../sim/index.js';
import { builtInPolicies, getPolicy, policyNames } from '../../models/wms/routing/index.js';
import { builtInRoutingPolicies, routingPolicyNames } from '../../models/oms/routing/index.js';
import { InputError } from '../errors.js';
import type { Progress } from '../experiment/runner.js';
import type { RunTask } from '../experiment/tasks.js';
import { canonicalJson } from '../result.js';
import { loadPolicyPlugins, vendorPolicyFile } from '../policy-plugins.js';
import { generatePickCells, pickInstancesHash } from './instances.js';
import { omsTasks, runOmsBenchmark, type OmsBenchmark, type OmsContender } from './oms-bench.js';
import { runPickBenchmark, type PickBenchmark, type PickContender } from './pick-bench.js';
import { benchmarkSuites, suiteHash, suiteNames, type BenchmarkSuite } from './suites.js';

/** The leaderboard document (`baton benchmark --json`, leaderboard.json). */
export interface Leaderboard {
  /** Version of this document's layout. */
  format: 1;
  suite: {
    name: string;
    version: number;
    description: string;
    /** Hash of the suite's definition. */
    hash: string;
    /** Hash of the pick lists and of the OMS scenarios with their seeds: equal hashes, equal instances. */
    instancesHash: string;
    definition: BenchmarkSuite;
  };
  /** Vendor policies in this leaderboard, with their files. */
  vendorPolicies: Array<{ kind: 'pick' | 'oms'; name: string; file: string }>;
  pick: PickBenchmark;
  oms: OmsBenchmark;
  /** Hash over every length and every OMS run (not the times): equal hashes, equal numbers. */
  resultsHash: string;
  /** Wall-clock seconds of the whole benchmark; varies run to run. */
  elapsedSeconds: number;
}

export interface BenchmarkOptions {
  /** A suite name, or a suite definition (tests). */
  suite: string | BenchmarkSuite;
  /** Vendor policy files, as the user named them. */
  policyFiles: readonly string[];
  workers?: number;
  runTask?: RunTask;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

/** The suite called `name`; an unknown name is an InputError listing the suites. */
export function findSuite(name: string): BenchmarkSuite {
  const suite = benchmarkSuites[name];
  if (suite === undefined) throw InputError.of({ path: '--suite', value: name, message: `unknown benchmark suite; suites: ${suiteNames().join(', ')}` });
  return suite;
}

/** Loads the vendor files, runs both parts of the suite and returns the leaderboard. */
export async function runBenchmark(options: BenchmarkOptions): Promise<Leaderboard> {
  const started = performance.now();
  const suite = typeof options.suite === 'string' ? findSuite(options.suite) : options.suite;
  await loadPolicyPlugins(options.policyFiles);
  const resolvedFiles = options.policyFiles.map((f) => resolve(f));
  const pickContenders: PickContender[] = policyNames().map((name) => {
    const file = vendorPolicyFile('pick', name);
    return { policy: getPolicy(name), ...(file === undefined ? {} : { file }) };
  });
  const omsContenders: OmsContender[] = routingPolicyNames().map((name) => {
    const file = vendorPolicyFile('oms', name);
    return { name, ...(file === undefined ? {} : { file }) };
  });
  const cells = generatePickCells(suite.pick);
  const { configs } = omsTasks(suite.oms, omsContenders.filter((c) => c.name === suite.oms.baseline), []);
  const instancesHash = hashString(canonicalJson({ pick: pickInstancesHash(cells), oms: configs, seeds: [suite.oms.seed, suite.oms.replications] }));
  const pick = runPickBenchmark(cells, pickContenders);
  const oms = await runOmsBenchmark(suite.oms, omsContenders, { workers: options.workers, runTask: options.runTask, policyFiles: resolvedFiles, signal: options.signal, onProgress: options.onProgress });
  const builtInPick = new Set(builtInPolicies.map((p) => p.name));
  const builtInOms = new Set(builtInRoutingPolicies.map((p) => p.name));
  return {
    format: 1,
    suite: { name: suite.name, version: suite.version, description: suite.description, hash: suiteHash(suite), instancesHash, definition: suite },
    vendorPolicies: [
      ...pickContenders.filter((c) => !builtInPick.has(c.policy.name)).map((c) => ({ kind: 'pick' as const, name: c.policy.name, file: c.file ?? '' })),
      ...omsContenders.filter((c) => !builtInOms.has(c.name)).map((c) => ({ kind: 'oms' as const, name: c.name, file: c.file ?? '' })),
    ],
    pick,
    oms,
    resultsHash: hashString(`${pick.lengthsHash}/${oms.runsHash}`),
    elapsedSeconds: (performance.now() - started) / 1000,
  };
}
