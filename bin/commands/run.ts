// `baton run SCENARIO`: one run of a scenario file or built-in; prints the metrics or the result JSON.
import type { CommandModule } from 'yargs';
import { loadScenario } from '../../scenarios/load.js';
import { runScenario, withOverrides } from '../../scenarios/run.js';
import { writeRunOutputs } from '../../scenarios/output-files.js';
import { runWatchedScenario } from '../../scenarios/experiment/index.js';
import { InputError, InvariantError } from '../../scenarios/errors.js';
import { printJson, printTable } from '../output.js';
import { formatMetric } from '../../viz/format/index.js';
import { loadPolicyFiles, policyFileFlags, policyFileOption } from '../policy-files.js';

interface RunArgs {
  scenario: string;
  seed?: number;
  days?: number;
  json: boolean;
  out?: string;
  trace: boolean;
  timeout: number;
  'policy-file'?: string[];
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run <scenario>',
  describe: 'run one scenario (file or built-in name) and print its metrics',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file or built-in name (see baton list)' })
      .option('seed', { type: 'number', describe: 'root random seed (default: the scenario\'s)' })
      .option('days', { type: 'number', describe: 'horizon in days (default: the scenario\'s)' })
      .option('json', { type: 'boolean', default: false, describe: 'print only the result JSON' })
      .option('out', { type: 'string', describe: 'folder for result.json, metrics.csv (and trace.ndjson with --trace)' })
      .option('trace', { type: 'boolean', default: false, describe: 'with --out, also write the full trace as NDJSON' })
      .option('policy-file', policyFileOption)
      .option('timeout', { type: 'number', default: 600, describe: 'with --policy-file: seconds the run may take before it is stopped as stuck (a policy that never returns)' }) as never,
  handler: async (args) => {
    const policyFiles = args['policy-file'] ?? [];
    const timeoutSeconds = checkedTimeout(args.timeout);
    const policies = await loadPolicyFiles(policyFiles);
    const config = withOverrides(loadScenario(args.scenario, policies), { seed: checkedInt(args.seed, 'seed'), days: checkedDays(args.days) });
    const out = args.out ? { folder: args.out, trace: args.trace } : null;
    // Vendor code runs on a worker thread under the time limit; built-ins run here (their work is bounded).
    const outputs = policyFiles.length > 0
      ? await runWatchedScenario({ config, policyFiles, out, timeoutSeconds })
      : out ? await writeRunOutputs(config, out.folder, { trace: out.trace }) : null;
    const result = outputs?.result ?? runScenario(config);
    if (args.json) printJson(result);
    else {
      process.stdout.write(`${result.scenario}  seed ${result.seed}  ${result.horizonDays} days  hash ${result.hash}  (${result.perf.events} events, ${result.perf.wallMs} ms)\n`);
      printTable(Object.entries(result.metrics).map(([k, v]) => [k, formatMetric(k, v), formatNumber(v)]), ['metric', 'value', 'raw']);
      if (outputs && outputs.files.length > 0) process.stdout.write(`\nwrote ${outputs.files.join(', ')}\n`);
    }
    if (result.invariants.violations.length > 0) {
      throw new InvariantError(result.invariants.violations, `npx baton run ${args.scenario} --seed ${result.seed} --days ${result.horizonDays}${policyFileFlags(args['policy-file'])}`);
    }
  },
};

function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(4);
}


function checkedInt(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0) throw InputError.of({ path: `--${name}`, value, message: 'must be a non-negative integer' });
  return value;
}

function checkedDays(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!(value > 0 && value <= 3650)) throw InputError.of({ path: '--days', value, message: 'must be a number of days in (0, 3650]' });
  return value;
}

function checkedTimeout(seconds: number): number {
  if (!(Number.isFinite(seconds) && seconds >= 1 && seconds <= 7 * 86_400)) throw InputError.of({ path: '--timeout', value: seconds, message: 'must be a number of seconds from 1 to 604800' });
  return seconds;
}
