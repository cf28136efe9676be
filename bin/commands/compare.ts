// `baton compare SCENARIO --a PATH=VALUE --b PATH=VALUE`: two variants of a scenario on common random
// numbers; per metric the means and the paired difference B - A with its 95% confidence interval.
import type { CommandModule } from 'yargs';
import { InputError, InvariantError } from '../../scenarios/errors.js';
import {
  checkDays,
  checkReplications,
  checkSeed,
  checkWorkers,
  comparisonDefaults,
  defaultMetrics,
  parseAssignment,
  parseMetricList,
  runComparison,
  RunFailed,
  SweepInterrupted,
  type Comparison,
} from '../../scenarios/experiment/index.js';
import { answerSentence, describeChange, formatMetric, formatMetricDifference } from '../../viz/format/index.js';
import { printJson, printTable } from '../output.js';
import { loadPolicyFiles, policyFileFlags, policyFileOption } from '../policy-files.js';
import { checkTimeout, interruptOnSigint, progressBar, reportRunFailure, timeoutOption } from './sweep.js';

interface CompareArgs {
  scenario: string;
  a?: string[];
  b?: string[];
  replications?: number;
  seed?: number;
  days?: number;
  workers?: number;
  metrics?: string;
  json: boolean;
  'policy-file'?: string[];
  timeout: number;
}

const exitCodeInterrupted = 130;

export const compareCommand: CommandModule<object, CompareArgs> = {
  command: 'compare <scenario>',
  describe: 'compare two variants of a scenario on common random numbers (paired differences with 95% CIs)',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file or built-in name' })
      .option('a', { type: 'string', array: true, nargs: 1, describe: 'variant A setting PATH=VALUE (repeatable; VALUE is JSON or text)' })
      .option('b', { type: 'string', array: true, nargs: 1, describe: 'variant B setting PATH=VALUE (repeatable)' })
      .option('replications', { type: 'number', describe: `replications per variant (default ${comparisonDefaults.replications})` })
      .option('seed', { type: 'number', describe: `root seed; replication r uses seed + r in both variants (default ${comparisonDefaults.seed})` })
      .option('days', { type: 'number', describe: 'horizon in days (default: the scenario\'s)' })
      .option('workers', { type: 'number', describe: 'worker threads (default: the machine\'s parallelism)' })
      .option('metrics', { type: 'string', describe: `comma-separated metric names (default: ${defaultMetrics.join(', ')})` })
      .option('json', { type: 'boolean', default: false, describe: 'print only the comparison JSON' })
      .option('policy-file', policyFileOption)
      .option('timeout', timeoutOption) as never,
  handler: async (args) => {
    const a = (args.a ?? []).map((text) => parseAssignment(String(text), '--a'));
    const b = (args.b ?? []).map((text) => parseAssignment(String(text), '--b'));
    if (a.length + b.length === 0) throw InputError.of({ path: '--a/--b', message: 'give at least one PATH=VALUE setting for variant A or B' });
    const options = {
      replications: checkReplications(args.replications),
      seed: checkSeed(args.seed),
      days: checkDays(args.days),
      workers: checkWorkers(args.workers),
      metrics: parseMetricList(args.metrics),
      timeoutSeconds: checkTimeout(args.timeout),
    };
    const policyFiles = args['policy-file'] ?? [];
    await loadPolicyFiles(policyFiles);
    const progress = progressBar(!args.json && process.stderr.isTTY === true, 'compare');
    const interrupt = interruptOnSigint();
    let comparison: Comparison;
    try {
      comparison = await runComparison({ scenario: args.scenario, a, b, ...options, policyFiles, signal: interrupt.signal, onProgress: progress.update });
    } catch (error) {
      progress.stop();
      if (error instanceof RunFailed) {
        const flag = error.task.point === 0 ? '--a' : '--b';
        const settings = (flag === '--a' ? (args.a ?? []) : (args.b ?? [])).map((t) => `${flag} '${t}'`).join(' ');
        reportRunFailure(error, `npx baton compare ${args.scenario} ${settings} --seed ${error.task.seed} --replications 1${args.days === undefined ? '' : ` --days ${args.days}`} --workers 1${policyFileFlags(policyFiles)}`);
        return;
      }
      if (!(error instanceof SweepInterrupted)) throw error;
      process.stderr.write(`baton: comparison ${error.message}\n`);
      process.exitCode = exitCodeInterrupted;
      return;
    } finally {
      interrupt.dispose();
    }
    progress.stop();
    if (args.json) printJson(comparison);
    else printComparison(comparison);
    if (comparison.invariantViolations.length > 0) {
      const first = comparison.invariantViolations[0]!;
      throw new InvariantError(
        comparison.invariantViolations.flatMap((v) => v.violations.map((text) => `variant ${v.variant} ${v.run} (seed ${v.seed}): ${text}`)),
        `npx baton compare ${args.scenario} ${[...(args.a ?? []).map((t) => `--a '${t}'`), ...(args.b ?? []).map((t) => `--b '${t}'`)].join(' ')} --seed ${first.seed} --replications 1 --days ${comparison.horizonDays}${policyFileFlags(args['policy-file'])}`,
      );
    }
  },
};

function printComparison(c: Comparison): void {
  const settings = (s: Record<string, unknown>) => Object.entries(s).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ') || '(base scenario)';
  process.stdout.write(`${c.scenario}: ${c.replications} replications on common random numbers (seeds ${c.seed}..${c.seed + c.replications - 1}), ${c.horizonDays} days\n`);
  process.stdout.write(`  A: ${settings(c.a)}\n  B: ${settings(c.b)}\n\n`);
  // The answer first: one sentence per metric whose difference is clear, the largest money first.
  const change = describeChange(c.a, c.b);
  const clear = Object.entries(c.metrics).filter(([, m]) => m.excludesZero);
  for (const [metric, m] of clear.length > 0 ? clear : Object.entries(c.metrics).slice(0, 1)) {
    process.stdout.write(`${answerSentence(change, { metric, ...m }, c.horizonDays)}\n`);
  }
  process.stdout.write('\n');
  const rows = Object.entries(c.metrics).map(([metric, m]) => {
    const d = m.difference;
    const interval = d.low === null || d.high === null ? '-' : `[${formatDifference(metric, d.low)}, ${formatDifference(metric, d.high)}]`;
    return [metric, formatMetric(metric, m.meanA), formatMetric(metric, m.meanB), formatDifferenceEstimate(metric, d), interval, m.excludesZero ? (d.mean > 0 ? 'yes, B higher' : 'yes, B lower') : 'no'];
  });
  printTable(rows, ['metric', 'mean A', 'mean B', 'B - A (± 95%)', '95% CI of B - A', 'excludes 0']);
  process.stdout.write(`\nhash ${c.hash}\n`);
}

// Differences are signed amounts in the metric's unit (percentage points for shares).
function formatDifference(metric: string, value: number): string {
  return formatMetricDifference(metric, value);
}

function formatDifferenceEstimate(metric: string, d: { mean: number; halfWidth: number | null }): string {
  return d.halfWidth === null ? formatDifference(metric, d.mean) : `${formatDifference(metric, d.mean)} ± ${formatDifference(metric, d.halfWidth).replace(/^\+/, '')}`;
}
