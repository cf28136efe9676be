// `baton run SCENARIO`: one run of a scenario file or built-in; prints the metrics or the result JSON.
import type { CommandModule } from 'yargs';
import { loadScenario } from '../../scenarios/load.js';
import { runScenario, withOverrides } from '../../scenarios/run.js';
import { writeRunOutputs } from '../../scenarios/output-files.js';
import { InputError, InvariantError } from '../../scenarios/errors.js';
import { printJson, printTable } from '../output.js';
import { loadPolicyFiles, policyFileFlags, policyFileOption } from '../policy-files.js';

interface RunArgs {
  scenario: string;
  seed?: number;
  days?: number;
  json: boolean;
  out?: string;
  trace: boolean;
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
      .option('policy-file', policyFileOption) as never,
  handler: async (args) => {
    await loadPolicyFiles(args['policy-file'] ?? []);
    const config = withOverrides(loadScenario(args.scenario), { seed: checkedInt(args.seed, 'seed'), days: checkedDays(args.days) });
    const outputs = args.out ? await writeRunOutputs(config, args.out, { trace: args.trace }) : null;
    const result = outputs?.result ?? runScenario(config);
    if (args.json) printJson(result);
    else {
      process.stdout.write(`${result.scenario}  seed ${result.seed}  ${result.horizonDays} days  hash ${result.hash}  (${result.perf.events} events, ${result.perf.wallMs} ms)\n`);
      printTable(Object.entries(result.metrics).map(([k, v]) => [k, formatNumber(v)]), ['metric', 'value']);
      if (outputs) process.stdout.write(`\nwrote ${outputs.files.join(', ')}\n`);
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
