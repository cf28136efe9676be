// `baton benchmark`: the routing leaderboard of a versioned, seeded suite: every built-in and vendor
// pick-path policy against the exact optimum, every OMS routing policy against `nearest` on common
// random numbers.
import type { CommandModule } from 'yargs';
import { checkOutFolder, findSuite, runBenchmark, suiteNames, writeLeaderboard, type Leaderboard } from '../../scenarios/benchmark/index.js';
import { InvariantError } from '../../scenarios/errors.js';
import { checkWorkers, RunFailed, SweepInterrupted } from '../../scenarios/experiment/index.js';
import { omsAnswer, omsHeader, omsRows, optimumNote, pickAnswer, pickParts, pickHeader, pickRows, renderLeaderboardPage, suiteLine } from '../../viz/benchmark/index.js';
import { printJson, printTable } from '../output.js';
import { policyFileFlags, policyFileOption } from '../policy-files.js';
import { checkTimeout, interruptOnSigint, progressBar, reportRunFailure } from './sweep.js';

interface BenchmarkArgs {
  suite?: string;
  json: boolean;
  out?: string;
  workers?: number;
  timeout: number;
  'policy-file'?: string[];
}

const exitCodeInterrupted = 130;

export const benchmarkCommand: CommandModule<object, BenchmarkArgs> = {
  command: 'benchmark',
  describe: 'rank every pick-path and OMS routing policy (built-in and --policy-file) on a versioned, seeded suite: gap to the exact optimum, paired cost differences',
  builder: (y) =>
    y
      .option('suite', { type: 'string', describe: `suite name: ${suiteNames().join(', ')} (default: default)` })
      .option('json', { type: 'boolean', default: false, describe: 'print only the leaderboard JSON' })
      .option('out', { type: 'string', describe: 'folder for leaderboard.json, leaderboard.csv and leaderboard.html (all or nothing)' })
      .option('workers', { type: 'number', describe: "worker threads for the OMS runs (default: the machine's parallelism)" })
      .option('policy-file', policyFileOption)
      .option('timeout', { type: 'number', default: 600, describe: 'seconds each OMS run, and the whole pick part when vendor pick policies take part, may take before it is stopped as stuck' }) as never,
  handler: async (args) => {
    const suite = args.suite ?? 'default';
    findSuite(suite);
    const workers = checkWorkers(args.workers);
    const timeoutSeconds = checkTimeout(args.timeout);
    if (args.out !== undefined) checkOutFolder(args.out);
    const policyFiles = args['policy-file'] ?? [];
    const reproduce = `npx baton benchmark --suite ${suite}${policyFileFlags(policyFiles)}`;
    const progress = progressBar(!args.json && process.stderr.isTTY === true, `benchmark ${suite}`);
    const interrupt = interruptOnSigint();
    let board: Leaderboard;
    try {
      board = await runBenchmark({ suite, policyFiles, workers, timeoutSeconds, signal: interrupt.signal, onProgress: progress.update });
    } catch (error) {
      progress.stop();
      if (error instanceof RunFailed) return reportRunFailure(error, reproduce);
      if (!(error instanceof SweepInterrupted)) throw error;
      process.stderr.write(`baton: benchmark ${error.message}; nothing was written\n`);
      process.exitCode = exitCodeInterrupted;
      return;
    } finally {
      interrupt.dispose();
    }
    progress.stop();
    const files = args.out === undefined ? [] : writeLeaderboard(args.out, board, renderLeaderboardPage(board));
    if (args.json) printJson(board);
    else printLeaderboard(board, files);
    const violations = board.oms.scenarios.flatMap((s) => s.invariantViolations.flatMap((v) => v.violations.map((text) => `${s.name}, ${v.policy}, seed ${v.seed}: ${text}`)));
    if (violations.length > 0) throw new InvariantError(violations, reproduce);
  },
};

function printLeaderboard(board: Leaderboard, files: readonly string[]): void {
  const out = (text: string) => process.stdout.write(`${text}\n`);
  const parts = pickParts(board);
  for (const part of parts) out(pickAnswer(part.pick, part.title));
  for (const scenario of board.oms.scenarios) out(omsAnswer(board, scenario));
  for (const part of parts) {
    out('');
    out(`${part.title}, ${part.pick.instances} lists (${suiteLine(board)}):`);
    printTable(pickRows(part.pick), pickHeader);
    const note = optimumNote(part.pick);
    if (note !== null) out(note);
  }
  for (const scenario of board.oms.scenarios) {
    out('');
    out(`OMS routing, ${scenario.name}: ${scenario.days} days, seeds ${scenario.seeds[0]}..${scenario.seeds[1]} for every policy; differences paired with ${board.oms.baseline} (~: the 95% interval includes 0):`);
    printTable(omsRows(board, scenario), omsHeader(board));
  }
  out('');
  out(`${suiteLine(board)}, results hash ${board.resultsHash}, ${board.elapsedSeconds.toFixed(1)} s`);
  if (files.length > 0) out(`wrote ${files.join(', ')}`);
}
