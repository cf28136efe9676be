// `baton swarm --seeds N`: N seeds, each its own random operation and fault mix, run with the
// invariants and the auditor's checks from the outputs alone; exit 1 on any failure, each printed
// with the one command that reproduces it.
import type { CommandModule } from 'yargs';
import { InputError } from '../../scenarios/errors.js';
import { checkDays } from '../../scenarios/experiment/index.js';
import { runSwarm } from '../../scenarios/swarm/index.js';
import { printJson } from '../output.js';
import { progressBar } from './sweep.js';

interface SwarmArgs {
  seeds: number;
  from: number;
  days: number;
  json: boolean;
}

export const swarmCommand: CommandModule<object, SwarmArgs> = {
  command: 'swarm',
  describe: 'run many seeds, each with its own random scenario and fault mix, checked by the invariants and an auditor',
  builder: (y) =>
    y
      .option('seeds', { type: 'number', default: 100, describe: 'how many seeds to run' })
      .option('from', { type: 'number', default: 1, describe: 'the first seed' })
      .option('days', { type: 'number', default: 2, describe: 'days simulated per seed' })
      .option('json', { type: 'boolean', default: false, describe: 'print only { seeds, failures: [{ seed, command, violations }] }' }) as never,
  handler: (args) => {
    if (!Number.isSafeInteger(args.seeds) || args.seeds < 1 || args.seeds > 10_000_000) throw InputError.of({ path: '--seeds', value: args.seeds, message: 'must be a whole number from 1 to 10,000,000' });
    if (!Number.isSafeInteger(args.from) || args.from < 0) throw InputError.of({ path: '--from', value: args.from, message: `must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}` });
    const days = checkDays(args.days) ?? 2;
    if (days > 30) throw InputError.of({ path: '--days', value: days, message: 'swarm runs are short: at most 30 days' });
    const progress = progressBar(!args.json && process.stderr.isTTY === true, 'swarm');
    const failures = runSwarm(args.from, args.seeds, days, (done) => progress.update({ done, total: args.seeds, reused: 0 }));
    progress.stop();
    if (args.json) printJson({ seeds: args.seeds, failures });
    else {
      for (const f of failures) process.stdout.write(`seed ${f.seed}:\n${f.violations.map((v) => `  - ${v}`).join('\n')}\n  reproduce with: ${f.command}\n`);
      process.stdout.write(`${args.seeds} seeds from ${args.from}, ${days} days each: ${failures.length === 0 ? 'no failures' : `${failures.length} failing`}\n`);
    }
    if (failures.length > 0) process.exitCode = 1;
  },
};
