// A whole sweep: expand the design, run points x replications, store each run as it finishes, then
// write the summary. Everything is validated before the output folder is touched.
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPolicyPlugins } from '../policy-plugins.js';
import { ensureFolder, insideFolder, writeFileAtomic } from '../files.js';
import { lockFolder } from '../folder-lock.js';
import { runsCsv, runsHash, summarizePoints, summaryCsv, type PointSummary } from './aggregate.js';
import { sweepHeadlines, type Headline } from './headlines.js';
import type { LoadedExperiment } from './load.js';
import { expandPoints } from './points.js';
import { runTasks, type Progress } from './runner.js';
import type { Experiment } from './schema.js';
import { RunStore } from './store.js';
import { buildTasks, taskName, type RunTask } from './tasks.js';

const defaults = { resultsFolder: 'results' };
const summaryFiles = ['summary.json', 'summary.csv', 'runs.csv'];

export interface SweepOptions {
  /** Output folder (default `results/<experiment name>`). */
  out?: string;
  workers?: number;
  /** Reuse the stored runs whose task key matches; without it, stored runs are replaced. */
  resume?: boolean;
  policyFiles?: readonly string[];
  runTask?: RunTask;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** Run every other task when one fails (then RunsFailed is thrown; no summary is written). */
  keepGoing?: boolean;
  /** Seconds after which a run fails as stuck. */
  timeoutSeconds?: number;
  /** Called once the folder is prepared, before any run starts. */
  onPrepared?: (prepared: { folder: string; runs: number; removed: number; reused: number }) => void;
}

/** summary.json. */
export interface SweepSummary {
  experiment: Experiment;
  runs: number;
  invariantViolations: number;
  points: PointSummary[];
  /** The clear differences between points, strongest first (headlines.ts): what the report opens with. */
  headlines: Headline[];
  /** Hash over every run's hash in (point, replication) order. */
  hash: string;
}

/** A run that broke an invariant, with what reproduces it. */
export interface ViolatingRun {
  run: string;
  seed: number;
  scenarioFile: string;
  violations: string[];
}

export interface SweepOutcome {
  summary: SweepSummary;
  folder: string;
  /** Stored runs deleted before running (replaced, or stale on resume). */
  removed: number;
  /** Stored runs reused (resume). */
  reused: number;
  violating: ViolatingRun[];
}

/** The default output folder of an experiment. */
export function defaultOutFolder(experiment: Pick<Experiment, 'name'>): string {
  return join(defaults.resultsFolder, experiment.name);
}

/** Runs the experiment and writes runs/, points/, summary.json, summary.csv and runs.csv into the folder. */
export async function runSweep(loaded: LoadedExperiment, options: SweepOptions = {}): Promise<SweepOutcome> {
  const { experiment } = loaded;
  const policyFiles = (options.policyFiles ?? []).map((f) => resolve(f));
  // The points may name the files' policies (validated here); each worker thread loads the files for itself.
  const points = expandPoints({ ...loaded, policies: await loadPolicyPlugins(policyFiles) });
  const tasks = buildTasks(
    points.map((p) => p.config),
    { replications: experiment.replications, rootSeed: experiment.seed, policyFiles },
  );
  const folder = ensureFolder(options.out ?? defaultOutFolder(experiment));
  const unlock = lockFolder(folder, 'sweep');
  try {
    return await sweepInto(folder, loaded, points, tasks, options);
  } finally {
    unlock();
  }
}

async function sweepInto(folder: string, loaded: LoadedExperiment, points: ReturnType<typeof expandPoints>, tasks: ReturnType<typeof buildTasks>, options: SweepOptions): Promise<SweepOutcome> {
  const { experiment } = loaded;
  // A summary from an earlier sweep must not outlive the runs it summarized.
  for (const name of summaryFiles) rmSync(insideFolder(folder, name), { force: true });
  const store = new RunStore(insideFolder(folder, 'runs'));
  const prepared = store.prepare(tasks, options.resume ?? false);
  options.onPrepared?.({ folder, runs: tasks.length, removed: prepared.removed, reused: prepared.reused.size });
  removeStalePointFiles(insideFolder(folder, 'points'));
  const pointFiles = points.map((p) => insideFolder(folder, `points/p${p.index}.scenario.json`));
  points.forEach((p, i) => writeFileAtomic(pointFiles[i]!, `${JSON.stringify(reproducible(p.document, p.config.horizonDays), null, 2)}\n`));

  const results = await runTasks(tasks, {
    workers: options.workers,
    runTask: options.runTask,
    signal: options.signal,
    reused: prepared.reused,
    onResult: (task, result) => store.write(task, result, points[task.point]!.parameters),
    onProgress: options.onProgress,
    keepGoing: options.keepGoing,
    timeoutSeconds: options.timeoutSeconds,
  });

  const violating = tasks.flatMap((task, i) => {
    const violations = results[i]!.invariants.violations;
    return violations.length === 0 ? [] : [{ run: taskName(task), seed: task.seed, scenarioFile: pointFiles[task.point]!, violations }];
  });
  const summary: SweepSummary = {
    experiment,
    runs: tasks.length,
    invariantViolations: violating.length,
    points: summarizePoints(points, tasks, results, experiment.metrics),
    headlines: sweepHeadlines(points, tasks, results, experiment.metrics),
    hash: runsHash(tasks, results),
  };
  writeFileAtomic(insideFolder(folder, 'runs.csv'), runsCsv(points, tasks, results));
  writeFileAtomic(insideFolder(folder, 'summary.csv'), summaryCsv(summary.points));
  writeFileAtomic(insideFolder(folder, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  return { summary, folder, removed: prepared.removed, reused: prepared.reused.size, violating };
}

function removeStalePointFiles(pointsFolder: string): void {
  let names: string[];
  try {
    names = readdirSync(pointsFolder);
  } catch {
    return;
  }
  for (const name of names) if (/^p\d+\.scenario\.json$/.test(name)) rmSync(join(pointsFolder, name), { force: true });
}

// The point's document with the sweep's horizon, so `baton run FILE --seed S` repeats one run exactly.
function reproducible(document: unknown, horizonDays: number): unknown {
  return { ...(document as Record<string, unknown>), horizonDays };
}
