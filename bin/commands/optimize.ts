// `baton optimize EXPERIMENT --minimize METRIC [--constraint "oversellRate<=0.001" ...] [--budget RUNS]`:
// the best design point by sequential elimination on common random numbers (README "Optimize").
import type { CommandModule } from 'yargs';
import { InputError } from '../../scenarios/errors.js';
import { checkWorkers, knownMetrics, loadExperiment, parseConstraint, RunFailed, runOptimize, SweepInterrupted, type OptimizeResult, type RankedPoint } from '../../scenarios/experiment/index.js';
import { formatEstimateOf, formatMetric } from '../../viz/format/index.js';
import { printJson, printTable } from '../output.js';
import { loadPolicyFiles, policyFileFlags, policyFileOption } from '../policy-files.js';
import { checkTimeout, interruptOnSigint, progressBar, reportRunFailure, timeoutOption } from './sweep.js';

interface OptimizeArgs {
  experiment: string;
  minimize: string;
  constraint?: string[];
  budget?: number;
  'max-replications'?: number;
  workers?: number;
  json: boolean;
  out?: string;
  resume: boolean;
  'policy-file'?: string[];
  timeout: number;
}

export const optimizeCommand: CommandModule<object, OptimizeArgs> = {
  command: 'optimize <experiment>',
  describe: "find the experiment's best point for a metric (sequential elimination on common random numbers)",
  builder: (y) =>
    y
      .positional('experiment', { type: 'string', demandOption: true, describe: 'experiment file or built-in name; its vary entries are the knobs' })
      .option('minimize', { type: 'string', demandOption: true, describe: 'the metric to minimise (e.g. totalCost)' })
      .option('constraint', { type: 'string', array: true, nargs: 1, describe: 'METRIC<=VALUE or METRIC>=VALUE (repeatable)' })
      .option('budget', { type: 'number', describe: 'most runs to spend (default: points x replications x 4)' })
      .option('max-replications', { type: 'number', describe: 'most replications of one point (default: 8 x the experiment\'s)' })
      .option('workers', { type: 'number', describe: 'worker threads (default: the machine\'s parallelism)' })
      .option('json', { type: 'boolean', default: false, describe: 'print only the result JSON' })
      .option('out', { type: 'string', describe: 'folder that keeps every finished run (runs/) and the result (optimize.json)' })
      .option('resume', { type: 'boolean', default: false, describe: 'with --out: reuse the runs already there (after Ctrl-C or a crash)' })
      .option('policy-file', policyFileOption)
      .option('timeout', timeoutOption) as never,
  handler: async (args) => {
    if (!knownMetrics.includes(args.minimize)) throw InputError.of({ path: '--minimize', value: args.minimize, message: `not a metric; known: ${knownMetrics.join(', ')}` });
    const constraints = (args.constraint ?? []).map((c) => parseConstraint(String(c), knownMetrics));
    const positive = (value: number | undefined, flag: string) => {
      if (value !== undefined && !(Number.isInteger(value) && value >= 2)) throw InputError.of({ path: flag, value, message: 'must be an integer >= 2' });
      return value;
    };
    const budget = positive(args.budget, '--budget');
    const maxReplications = positive(args['max-replications'], '--max-replications');
    const workers = checkWorkers(args.workers);
    const timeoutSeconds = checkTimeout(args.timeout);
    const policyFiles = args['policy-file'] ?? [];
    const loaded = loadExperiment(args.experiment, await loadPolicyFiles(policyFiles));
    const progress = progressBar(!args.json && process.stderr.isTTY === true, `optimize ${loaded.experiment.name}`);
    const interrupt = interruptOnSigint();
    let result;
    try {
      if (args.resume && args.out === undefined) throw InputError.of({ path: '--resume', value: true, message: 'needs --out, the folder of the optimisation to continue' });
      result = await runOptimize(loaded, { minimize: args.minimize, constraints, budget, maxReplications, workers, timeoutSeconds, policyFiles, signal: interrupt.signal, onProgress: progress.update, out: args.out, resume: args.resume });
    } catch (error) {
      progress.stop();
      // A run that failed (a vendor policy that broke a rule or never returned) is the run's failure, not Baton's.
      if (error instanceof RunFailed) return reportRunFailure(error, reproduceOptimize(args));
      if (!(error instanceof SweepInterrupted)) throw error;
      process.stderr.write(`baton: optimize ${error.message}${args.out === undefined ? '' : `; finished runs are saved in ${args.out}, rerun with --resume to continue`}\n`);
      process.exitCode = 130;
      return;
    } finally {
      interrupt.dispose();
    }
    progress.stop();
    if (args.json) printJson(result);
    else printOptimize(result);
  },
};

// The command again, with --workers 1 (the failing run is deterministic, whatever thread ran it).
function reproduceOptimize(args: OptimizeArgs): string {
  const quote = (text: string) => (/^[A-Za-z0-9_./:=@%+,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);
  const flags = [
    ...(args.constraint ?? []).map((c) => `--constraint ${quote(String(c))}`),
    ...(args.budget === undefined ? [] : [`--budget ${args.budget}`]),
    ...(args['max-replications'] === undefined ? [] : [`--max-replications ${args['max-replications']}`]),
    `--timeout ${args.timeout}`,
  ];
  return `npx baton optimize ${quote(args.experiment)} --minimize ${quote(args.minimize)} ${flags.join(' ')} --workers 1${policyFileFlags(args['policy-file'])}`;
}

function settings(p: RankedPoint): string {
  return Object.entries(p.parameters).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ');
}

function printOptimize(r: OptimizeResult & { experiment: string }): void {
  const b = r.best;
  const est = (p: RankedPoint) => formatEstimateOf(r.minimize, { mean: p.mean, halfWidth: p.halfWidth, low: p.halfWidth === null ? null : p.mean - p.halfWidth, high: p.halfWidth === null ? null : p.mean + p.halfWidth });
  const pcs = r.probabilityOfCorrectSelection === null ? `${r.ranking.filter((p) => p.eliminatedAt === null).length} points could not be told apart within the budget` : `probability of correct selection >= ${(r.probabilityOfCorrectSelection * 100).toFixed(0)}%`;
  process.stdout.write(`Best of ${r.experiment} for ${r.minimize}${r.constraints.length > 0 ? ` with ${r.constraints.join(', ')}` : ''}: ${settings(b)}, ${est(b)} (95% CI, ${b.replications} replications); ${pcs}.\n`);
  if (r.runnerUp !== null) process.stdout.write(`Runner-up: ${settings(r.runnerUp)}, ${est(r.runnerUp)}.\n`);
  process.stdout.write(`${r.runs} runs in ${r.stages} stages; an exhaustive sweep of the ${r.ranking.length} points at ${b.replications} replications takes ${r.exhaustiveRuns}.\n\n`);
  const rows = r.ranking.map((p, i) => [String(i + 1), settings(p), est(p), String(p.replications), p.feasible ? 'yes' : 'no', p.eliminatedAt === null ? '-' : `stage ${p.eliminatedAt}`, ...Object.entries(p.constraints).map(([m, v]) => formatMetric(m, v))]);
  printTable(rows, ['rank', 'point', r.minimize, 'replications', 'feasible', 'dropped', ...r.constraints]);
}
