// Option values yargs accepts but no command can use: empty strings (yargs reads `--seed ""` as 0),
// numbers that did not parse, and options that only make sense together.

/** The first empty value in the raw arguments (`--out ""`, `--out=`, `""`), as one line, or null. */
export function emptyArgument(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (/^--?[^=]+=$/.test(token)) return `${token.slice(0, -1)} must not be empty`;
    if (token !== '') continue;
    const previous = argv[i - 1];
    return previous !== undefined && previous.startsWith('-') && !previous.includes('=') ? `${previous} must not be empty` : `argument ${i + 1} is empty`;
  }
  return null;
}

/**
 * The first option given twice that takes one value, as one line, or null. yargs does not refuse it:
 * depending on the option it keeps both values or adds them up (`swarm --seeds 1 --seeds 1` ran 2
 * seeds, `twin --days 3 --days 1` 4 days). `repeatable` says which options may come more than once.
 */
export function repeatedOption(argv: readonly string[], repeatable: (name: string) => boolean): string | null {
  const seen = new Set<string>();
  for (const token of argv) {
    if (token === '--') break;
    const match = /^--?([^=\d][^=]*)/.exec(token);
    if (match === null) continue;
    const name = match[1]!;
    if (repeatable(name)) continue;
    if (seen.has(name)) return `--${name} is given more than once; give it once`;
    seen.add(name);
  }
  return null;
}

/** The first problem with the parsed options of a command, as one line, or null when they are usable. */
export function checkArguments(args: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(args)) {
    if (key === '_' || key === '$0') continue;
    // yargs keeps a number option given with no value (`--seed` at the end, `--days --json`) as undefined.
    if (value === undefined) return `--${key} needs a value`;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === '') return `--${key} must not be empty`;
      if (typeof item === 'number' && Number.isNaN(item)) return `--${key} must be a number`;
    }
  }
  if (args.trace === true && args.out === undefined) return '--trace needs --out (the folder to write trace.ndjson into)';
  return null;
}
