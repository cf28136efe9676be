// The `baton` command line: parses, calls scenarios/ and viz/, prints. Exit codes: 0 ok,
// 1 invariant violation or internal error, 2 bad input or usage.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError, InvariantError } from '../scenarios/errors.js';
import { commandCatalogue, commandName } from './commands/index.js';

const exitCodes = { ok: 0, failure: 1, badInput: 2 } as const;

async function main(argv: string[]): Promise<number> {
  let usageError: string | null = null;
  const parser = yargs(argv)
    .scriptName('baton')
    .usage('$0 <command> [options]\n\nBaton: a deterministic simulator of the WMS / OMS / ERP fulfillment pipeline.')
    .strict()
    .demandCommand(1, 'name a command (see --help)')
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(false)
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((message, error) => {
      if (error) throw error;
      usageError = message;
    });
  // Only the command being run is loaded; the others are listed by name and description.
  const requested = argv[0];
  for (const entry of commandCatalogue) {
    if (commandName(entry) === requested) parser.command(await entry.load());
    else parser.command({ command: entry.command, describe: entry.describe, handler: () => {} });
  }
  try {
    await parser.parseAsync();
  } catch (error) {
    return report(error);
  }
  if (usageError !== null) {
    process.stderr.write(`baton: ${usageError}\nRun "baton --help" for usage.\n`);
    return exitCodes.badInput;
  }
  return Number(process.exitCode ?? 0);
}

function report(error: unknown): number {
  if (error instanceof InputError) {
    process.stderr.write(`${error.message}\n`);
    return exitCodes.badInput;
  }
  if (error instanceof InvariantError) {
    process.stderr.write(`${error.message}\n`);
    return exitCodes.failure;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`baton: internal error: ${message}\n`);
  if (process.env.BATON_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return exitCodes.failure;
}

process.exitCode = await main(hideBin(process.argv));
