// Runs a suite and assembles its leaderboard: the suite's identity (name, version, definition hash,
// instances hash), the pick-routing standings and the OMS-routing standings, and one hash over
// every deterministic number. Rerunning a suite gives the same document except the measured times
// (`pick.standings[].microsPerRoute`, `elapsedSeconds`).
import { resolve } from 'node:path';
import { hashString } from '../../sim/index.js';
import { builtInPickPolicies } from '../../models/wms/routing/index.js';
import { builtInOmsRoutingPolicies } from '../../models/oms/routing/index.js';
import { InputError } from '../errors.js';
import type { Progress } from '../experiment/runner.js';
import type { RunTask } from '../experiment/tasks.js';
import { canonicalJson } from '../result.js';
import { loadPolicyPlugins } from '../policy-plugins.js';
import { omsTasks, runOmsBenchmark, type OmsBenchmark, type OmsContender } from './oms-bench.js';
import type { PickBenchmark } from './pick-bench.js';
import { benchmarkPicks, pickContenders } from './pick-run.js';
import { benchmarkSuites, suiteHash, suiteNames, type BenchmarkSuite } from './suites.js';
import { runPicksWatched } from './pick-watched.js';

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
  /** Pick routing on the single-block layouts: every pick-path policy. */
  pick: PickBenchmark;
  /** Pick routing on the multi-block layouts: the built-ins that route blocks and every vendor policy; null when the suite has none. */
  pickMultiBlock: PickBenchmark | null;
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
  /**
   * Seconds the vendor code may take: each OMS run, and the whole pick part, which then runs on its own
   * worker thread (a policy that never returns cannot hang the benchmark). No limit when undefined.
   */
  timeoutSeconds?: number;
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
  const policies = await loadPolicyPlugins(options.policyFiles);
  const resolvedFiles = options.policyFiles.map((f) => resolve(f));
  const builtInPick = new Set(builtInPickPolicies.map((p) => p.name));
  const builtInOms = new Set(builtInOmsRoutingPolicies.map((p) => p.name));
  const picks = pickContenders(policies);
  const omsContenders: OmsContender[] = policies.oms.names().map((name) => {
    const file = policies.fileOf('oms', name);
    return { name, ...(file === undefined ? {} : { file }) };
  });
  const vendorPicks = picks.some((c) => !builtInPick.has(c.policy.name));
  const { pick, pickMultiBlock, instancesHash: pickHash } = vendorPicks
    ? await runPicksWatched(suite.pick, options.policyFiles, options.timeoutSeconds)
    : benchmarkPicks(suite.pick, policies);
  const { configs } = omsTasks(suite.oms, omsContenders.filter((c) => c.name === suite.oms.baseline), []);
  const instancesHash = hashString(canonicalJson({ pick: pickHash, oms: configs, seeds: [suite.oms.seed, suite.oms.replications] }));
  const oms = await runOmsBenchmark(suite.oms, omsContenders, {
    workers: options.workers,
    runTask: options.runTask,
    timeoutSeconds: options.timeoutSeconds,
    policyFiles: resolvedFiles,
    policies,
    signal: options.signal,
    onProgress: options.onProgress,
  });
  return {
    format: 1,
    suite: { name: suite.name, version: suite.version, description: suite.description, hash: suiteHash(suite), instancesHash, definition: suite },
    vendorPolicies: [
      ...picks.filter((c) => !builtInPick.has(c.policy.name)).map((c) => ({ kind: 'pick' as const, name: c.policy.name, file: c.file ?? '' })),
      ...omsContenders.filter((c) => !builtInOms.has(c.name)).map((c) => ({ kind: 'oms' as const, name: c.name, file: c.file ?? '' })),
    ],
    pick,
    pickMultiBlock,
    oms,
    resultsHash: hashString(`${pick.lengthsHash}/${pickMultiBlock?.lengthsHash ?? ''}/${oms.runsHash}`),
    elapsedSeconds: (performance.now() - started) / 1000,
  };
}
