// `baton sweep EXPERIMENT`: runs an experiment's points x replications on worker threads, stores each
// run as it finishes (resumable with --resume) and prints a table of points x metrics (mean ± 95% half-width).
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import type { CommandModule } from 'yargs';
import { InputError, InvariantError } from '../../scenarios/errors.js';
import { builtinExperimentNames, checkWorkers, createWorkerPool, defaultOutFolder, defaultWorkerCount, loadExperiment, queueConnection, RunFailed, RunsFailed, runSweep, SweepInterrupted, type Progress, type SweepSummary, type WorkerPool } from '../../scenarios/experiment/index.js';
import type { QueueRunner } from '../../scenarios/experiment/queue/index.js';
import { formatEstimateOf, formatParameterValue, headlineSentence } from '../../viz/format/index.js';
import { printJson, printTable } from '../output.js';
import { loadPolicyFiles, policyFileFlags, policyFileOption } from '../policy-files.js';

interface SweepArgs {
  experiment: string;
  workers?: number;
  json: boolean;
  out?: string;
  resume: boolean;
  'policy-file'?: string[];
  queue?: string;
  timeout: number;
}

const exitCodeInterrupted = 130;

export const sweepCommand: CommandModule<object, SweepArgs> = {
  command: 'sweep <experiment>',
  describe: 'run a parameter sweep (experiment file or built-in name) on worker threads and summarize it',
  builder: (y) =>
    y
      .positional('experiment', { type: 'string', demandOption: true, describe: `experiment file or built-in name (${builtinExperimentNames().join(', ')})` })
      .option('workers', { type: 'number', describe: 'worker threads (default: the machine\'s parallelism)' })
      .option('json', { type: 'boolean', default: false, describe: 'print only the summary JSON' })
      .option('out', { type: 'string', describe: 'output folder (default: results/<experiment name>)' })
      .option('resume', { type: 'boolean', default: false, describe: 'reuse the runs already stored in the output folder; redo only missing or changed ones' })
      .option('policy-file', policyFileOption)
      .option('timeout', timeoutOption)
      .option('queue', { type: 'string', describe: 'run the tasks on `baton worker` processes through the BullMQ queue at this Redis URL (redis://HOST:PORT)' }) as never,
  handler: async (args) => {
    const workers = checkWorkers(args.workers);
    const policyFiles = args['policy-file'] ?? [];
    if (args.queue !== undefined) queueConnection(args.queue);
    // A local sweep starts its threads first (one per core at most; more, if asked for, start when runs
    // queue up): they load the engine while this thread loads the experiment.
    const pool = args.queue === undefined ? createWorkerPool(workers ?? defaultWorkerCount(), { startThreads: defaultWorkerCount() }) : null;
    try {
      await sweepWith(args, workers, policyFiles, pool);
    } finally {
      await pool?.destroy();
    }
  },
};

/** Loads the experiment and runs it on the pool (or the queue), printing the summary. */
async function sweepWith(args: SweepArgs, workers: number | undefined, policyFiles: string[], pool: WorkerPool | null): Promise<void> {
  const loaded = loadExperiment(args.experiment, await loadPolicyFiles(policyFiles));
  // With a queue every task is sent at once; the workers' own concurrency decides how many run.
  const queue: QueueRunner | null = args.queue === undefined ? null : await (await import('../../scenarios/experiment/queue/index.js')).openQueueRunner(args.queue, policyFiles, { report: (line) => process.stderr.write(`${line}\n`) });
  const out = args.out ?? defaultOutFolder(loaded.experiment);
  const progress = progressBar(!args.json && process.stderr.isTTY === true, loaded.experiment.name);
  const interrupt = interruptOnSigint();
  let outcome;
  try {
    outcome = await runSweep(loaded, {
      out,
      workers: queue === null ? workers : queuedInFlight,
      runTask: queue?.runTask ?? pool?.runTask,
      keepGoing: queue !== null,
      timeoutSeconds: checkTimeout(args.timeout),
      resume: args.resume,
      policyFiles,
      signal: interrupt.signal,
      onProgress: progress.update,
      onPrepared: ({ folder, runs, removed, reused }) => {
        if (args.resume) process.stderr.write(`resuming in ${folder}: ${reused} of ${runs} runs already done${removed > 0 ? `, ${removed} stale run files removed` : ''}\n`);
        else if (removed > 0) process.stderr.write(`replacing ${removed} run files of an earlier sweep in ${folder} (use --resume to keep the matching ones)\n`);
      },
    });
  } catch (error) {
    progress.stop();
    if (error instanceof RunFailed) {
      reportRunFailure(error, reproduceRun(out, error));
      return;
    }
    if (error instanceof RunsFailed) {
      for (const failure of error.failures) reportRunFailure(failure, reproduceRun(out, failure));
      process.stderr.write(`baton: ${error.failures.length} of ${error.total} runs failed; the other runs are saved in ${out}; no summary was written (rerun with --resume once fixed)\n`);
      return;
    }
    if (!(error instanceof SweepInterrupted)) throw error;
    process.stderr.write(`baton: sweep ${error.message}; finished runs are saved, rerun with --resume to complete it\n`);
    process.exitCode = exitCodeInterrupted;
    return;
  } finally {
    interrupt.dispose();
    await queue?.close();
  }
  progress.stop();
  if (args.json) printJson(outcome.summary);
  else {
    printHeadlines(outcome.summary);
    printSummaryTable(outcome.summary);
    process.stdout.write(`\n${outcome.summary.runs} runs, hash ${outcome.summary.hash}; wrote summary.json, summary.csv, runs.csv, runs/ and points/ in ${outcome.folder}\n`);
  }
  if (outcome.violating.length > 0) {
    const first = outcome.violating[0]!;
    throw new InvariantError(
      outcome.violating.flatMap((v) => v.violations.map((text) => `${v.run} (seed ${v.seed}): ${text}`)),
      `npx baton run ${first.scenarioFile} --seed ${first.seed}${policyFileFlags(policyFiles)}`,
    );
  }
}

const queuedInFlight = 1_000_000;

/** `--timeout` of the commands that run many runs on worker threads. */
export const timeoutOption = { type: 'number', default: 600, describe: 'seconds a single run may take before it is stopped as stuck (a vendor policy that never returns)' } as const;

export function checkTimeout(seconds: number): number {
  if (!(Number.isFinite(seconds) && seconds >= 1 && seconds <= 7 * 86_400)) throw InputError.of({ path: '--timeout', value: seconds, message: 'must be a number of seconds from 1 to 604800' });
  return seconds;
}

function reproduceRun(out: string, failure: RunFailed): string {
  const pointFile = join(out, 'points', `p${failure.task.point}.scenario.json`);
  return `npx baton run ${pointFile} --seed ${failure.task.seed}${policyFileFlags(failure.task.input.policyFiles)}`;
}

/** The answer first: the sweep's clear differences in words, or a line saying there are none. */
function printHeadlines(summary: SweepSummary): void {
  const lines = summary.headlines.map((h) => `- ${headlineSentence(h)}`);
  const replications = summary.experiment.replications;
  process.stdout.write(lines.length > 0
    ? `What changed, clearly (paired 95% intervals over ${replications} replications on common random numbers):\n${lines.join('\n')}\n\n`
    : `No knob moved any metric clearly (every paired 95% interval over ${replications} replications includes 0).\n\n`);
}

/** Points as rows, parameters then metrics as columns, each metric as mean ± half-width. */
function printSummaryTable(summary: SweepSummary): void {
  const paths = Object.keys(summary.points[0]?.parameters ?? {});
  const metrics = summary.experiment.metrics;
  const rows = summary.points.map((p) => [
    String(p.index),
    ...paths.map((path) => showParameter(p.parameters[path])),
    ...metrics.map((m) => formatEstimateOf(m, p.metrics[m]!)),
  ]);
  printTable(rows, ['point', ...paths, ...metrics]);
}

function showParameter(value: unknown): string {
  return formatParameterValue(value);
}

/** A progress bar with ETA on stderr when `enabled`; otherwise a no-op. */
export function progressBar(enabled: boolean, label: string): { update: (progress: Progress) => void; stop: () => void } {
  if (!enabled) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} {bar} {percentage}% | {value}/{total} runs | ETA {eta_formatted} | {duration_formatted}`, stream: process.stderr, hideCursor: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: ({ done, total }) => {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** Prints a failed run with the command that repeats it alone (exit code 1). */
export function reportRunFailure(error: RunFailed, reproduce: string): void {
  process.stderr.write(`baton: ${error.message}\nreproduce with: ${reproduce}\n`);
  if (process.env.BATON_DEBUG && error.reason instanceof Error) process.stderr.write(`${error.reason.stack}\n`);
  process.exitCode = 1;
}

/** An abort signal raised by the first Ctrl-C (a second one kills the process as usual). */
export function interruptOnSigint(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', onSigint) };
}
