// Writing outputs without ever leaving half a file: write to a temporary name beside the target,
// then rename (atomic on one filesystem). Output names are checked to stay inside their folder.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { InputError } from './errors.js';

let tempCounter = 0;

function tempPathFor(target: string): string {
  tempCounter++;
  return join(dirname(target), `.${process.pid}.${tempCounter}.tmp`);
}

/** Writes a whole file atomically. */
export function writeFileAtomic(target: string, content: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  writeFileSync(temp, content);
  renameSync(temp, target);
}

/** A path inside `folder`; throws an InputError when `name` would escape it. */
export function insideFolder(folder: string, name: string): string {
  const base = resolve(folder);
  const target = resolve(base, name);
  const rel = relative(base, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw InputError.of({ path: 'output', value: name, message: `output name escapes the output folder ${folder}` });
  }
  return target;
}

/** Creates the output folder, naming it in the error when that fails. */
export function ensureFolder(folder: string): string {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw InputError.of({ path: '--out', value: folder, message: `cannot create the output folder (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
  }
  return resolve(folder);
}

/** CSV per RFC 4180 with text cells starting with = + - @ tab or CR neutralised against formula injection. */
export function toCsv(rows: unknown[][]): string {
  return stringify(rows, { escape_formulas: true });
}

/** Streams lines to a temporary file and renames it into place on `commit` (or removes it on `abort`). */
export class AtomicLineWriter {
  private readonly temp: string;
  private fd: number;
  private buffer: string[] = [];
  private bufferedChars = 0;

  constructor(private readonly target: string) {
    mkdirSync(dirname(target), { recursive: true });
    this.temp = tempPathFor(target);
    this.fd = openSync(this.temp, 'w');
  }

  /** Appends one line (a newline is added). */
  line(text: string): void {
    this.buffer.push(text);
    this.bufferedChars += text.length + 1;
    if (this.bufferedChars > 1 << 20) this.flush();
  }

  /** Finishes the file and moves it to its final name. */
  commit(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.temp, this.target);
  }

  /** Discards the partial file. */
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.temp, { force: true });
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, `${this.buffer.join('\n')}\n`);
    this.buffer = [];
    this.bufferedChars = 0;
  }
}
