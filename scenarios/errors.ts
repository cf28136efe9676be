// User-input errors: one problem per bad field, each naming the file, the field path and the value.
// The CLI prints them and exits with code 2; nothing else in Baton turns them into stack traces.

/** One thing wrong with an input. */
export interface InputProblem {
  file?: string;
  path: string;
  value?: unknown;
  message: string;
}

/** A user's mistake (bad file, argument or value): exit code 2. */
export class InputError extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
  }

  /** A single-problem error. */
  static of(problem: InputProblem): InputError {
    return new InputError([problem]);
  }
}

/** A broken invariant in a run: exit code 1, with the command that reproduces it. */
export class InvariantError extends Error {
  constructor(readonly violations: string[], readonly reproduce: string) {
    super(`${violations.length} invariant violation(s):\n${violations.map((v) => `  - ${v}`).join('\n')}\nreproduce with: ${reproduce}`);
    this.name = 'InvariantError';
  }
}

/** A vendor policy broke its contract (or threw): exit code 1, naming the policy, its file and the rule. */
export class PolicyError extends Error {
  constructor(readonly policy: string, readonly file: string, readonly rule: string) {
    super(`policy "${policy}" (${file}) broke a rule: ${rule}`);
    this.name = 'PolicyError';
  }
}

/** "file: at path: message (got value)". */
function formatProblem(problem: InputProblem): string {
  const where = [problem.file, problem.path ? `at ${problem.path}` : ''].filter(Boolean).join(': ');
  const value = problem.value === undefined ? '' : ` (got ${showValue(problem.value)})`;
  return escapeControl(`${where ? `${where}: ` : ''}${problem.message}${value}`);
}

// C0 and C1 controls, DEL, and the bidirectional overrides that can reorder what a terminal shows.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const anyControlCharacter = new RegExp(controlCharacters.source);

/** True when `text` holds a control character (the scenario format refuses them in SKU codes and other text). */
export function hasControlCharacter(text: string): boolean {
  return anyControlCharacter.test(text);
}

/** `text` with every control character written as \u{XX}, so user input cannot drive a terminal. */
export function escapeControl(text: string): string {
  return text.replace(controlCharacters, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

function showValue(value: unknown): string {
  // JSON writes Infinity and NaN (a JSON 1e400, --days Infinity) as null: name them.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}
