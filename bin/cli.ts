// The `baton` command line: parses, calls scenarios/ and viz/, prints. Exit codes: 0 ok,
// 1 invariant violation or internal error, 2 bad input or usage.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import type { Argv, CommandModule } from 'yargs';
import { escapeControl, InputError, InvariantError, PolicyError } from '../scenarios/errors.js';
import { isWriteFailure, writeError } from '../scenarios/files.js';
import { commandCatalogue, commandName } from './commands/index.js';
import { RunTimedOut } from '../scenarios/experiment/timeout.js';
import { checkArguments, emptyArgument, repeatedOption } from './check-arguments.js';

const exitCodes = { ok: 0, failure: 1, badInput: 2 } as const;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const empty = emptyArgument(argv);
  if (empty !== null) return usage(empty);
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
      // yargs' own parse errors (a flag missing its value: `--policy-file` at the end) are usage errors too.
      if (error && error.name !== 'YError') throw error;
      throw new UsageError(message ?? error?.message ?? 'bad arguments');
    });
  // Only the command being run is loaded; the others are listed by name and description.
  const requested = argv[0];
  for (const entry of commandCatalogue) {
    if (commandName(entry) === requested) parser.command(strictCommand(await entry.load(), argv));
    else parser.command({ command: entry.command, describe: entry.describe, handler: () => {} });
  }
  try {
    await parser.parseAsync();
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    return report(error, argv);
  }
  return Number(process.exitCode ?? 0);
}

function usage(message: string): number {
  // yargs writes some messages over several lines ('Invalid values:\n  Argument: ...'): one line here.
  process.stderr.write(`baton: ${escapeControl(message.replace(/\s*\n\s*/g, ' '))}\nRun "baton --help" for usage.\n`);
  return exitCodes.badInput;
}

/** The command with unknown options refused and every option value checked before its handler runs. */
function strictCommand(module: CommandModule<any, any>, argv: readonly string[]): CommandModule<any, any> {
  const { builder } = module;
  return {
    ...module,
    builder: (y: Argv<any>) => {
      const built = (typeof builder === 'function' ? builder(y) : builder ? y.options(builder) : y) as Argv<any>;
      return built.strict().middleware((args) => {
        // Options that take a list, and flags (saying --json twice changes nothing), may repeat.
        const { array, boolean } = (built as unknown as { getOptions(): { array: string[]; boolean: string[] } }).getOptions();
        const problem = repeatedOption(argv, (name) => array.includes(name) || boolean.includes(name)) ?? checkArguments(args);
        if (problem !== null) throw new UsageError(problem);
      });
    },
  };
}

/** The command line that repeats this run, quoted for a POSIX shell. */
function reproduceLine(argv: readonly string[]): string {
  const quote = (arg: string) => (/^[A-Za-z0-9_./:=@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
  return `reproduce with: npx baton ${argv.map(quote).join(' ')}`;
}

function report(error: unknown, argv: readonly string[] = []): number {
  if (error instanceof InputError) {
    process.stderr.write(`${error.message}\n`);
    return exitCodes.badInput;
  }
  // A file system refusing a write Baton did not wrap itself: one line naming the file, exit 2.
  const path = (error as NodeJS.ErrnoException)?.path;
  if (isWriteFailure(error) && typeof path === 'string') return report(writeError(path, error), argv);
  if (error instanceof PolicyError || error instanceof RunTimedOut) {
    process.stderr.write(`baton: ${escapeControl(error.message)}\n${escapeControl(reproduceLine(argv))}\n`);
    return exitCodes.failure;
  }
  if (error instanceof InvariantError) {
    process.stderr.write(`${error.message}\n`);
    return exitCodes.failure;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`baton: internal error: ${escapeControl(message)}\n${escapeControl(reproduceLine(argv))}\n`);
  if (process.env.BATON_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return exitCodes.failure;
}

/** A reader that stops early (`baton list | head`) closes the pipe: end quietly, as Unix tools do. */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(exitCodes.ok);
    throw error;
  });
}

endQuietlyOnClosedPipe(process.stdout);
process.exitCode = await main(hideBin(process.argv));
