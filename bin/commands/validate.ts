// `baton validate FILE`: checks a scenario file (or built-in name) and says what is wrong, field by field.
import type { CommandModule } from 'yargs';
import { loadScenario } from '../../scenarios/load.js';
import { printJson } from '../output.js';
import { loadPolicyFiles, policyFileOption } from '../policy-files.js';

export const validateCommand: CommandModule<object, { file: string; json: boolean; 'policy-file'?: string[] }> = {
  command: 'validate <file>',
  describe: 'check a scenario file; problems are listed with their field path and value (exit 2)',
  builder: (y) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'scenario file or built-in name' })
      .option('json', { type: 'boolean', default: false, describe: 'print only JSON' })
      .option('policy-file', policyFileOption) as never,
  handler: async (args) => {
    const config = loadScenario(args.file, await loadPolicyFiles(args['policy-file'] ?? []));
    if (args.json) return printJson({ valid: true, scenario: config.name });
    process.stdout.write(`${args.file}: valid scenario "${config.name}" (${config.channels.length} channels, ${config.warehouses.length} warehouses, ${config.horizonDays} days)\n`);
  },
};
