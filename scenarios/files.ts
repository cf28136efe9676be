// Writing outputs without ever leaving half a file: write to a temporary name beside the target,
// then rename (atomic on one filesystem). Output names are checked to stay inside their folder.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { InputError } from './errors.js';

let tempCounter = 0;

/** A new temporary file name beside `target` (dot-prefixed, unique in this process). */
export function tempPathFor(target: string): string {
  tempCounter++;
  return join(dirname(target), `.${process.pid}.${tempCounter}.tmp`);
}

/** A file that cannot be written (disk full, read-only, no permission): exit code 2 with one line naming the file. */
export function writeError(target: string, error: unknown): InputError {
  return InputError.of({ file: target, path: '', message: `cannot write the file: ${writeFailureReason(error)}; nothing was written` });
}

/** Why a file system call failed, in words (its error code when it has no words here). */
export function writeFailureReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return (code && writeReasons[code]) ?? code ?? String(error);
}

const writeReasons: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'a folder is in the way',
  EIO: 'input/output error',
  EFBIG: 'the file is too large for the file system',
  EEXIST: 'a file of that name is in the way',
};

/** True for an error that `writeError` explains (a write failing for a reason outside Baton). */
export function isWriteFailure(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code;
  return typeof code === 'string' && code in writeReasons;
}

/** Writes `content` to a temporary file beside `target` and returns its path; removes it and throws a clear error on failure. */
export function writeTemp(target: string, content: string): string {
  const temp = tempPathFor(target);
  try {
    makeFolders(dirname(target));
    writeFileSync(temp, content);
  } catch (error) {
    rmSync(temp, { force: true });
    throw isWriteFailure(error) ? writeError(target, error) : error;
  }
  return temp;
}

/** Writes a whole file atomically (a temporary file renamed into place; nothing left on failure). */
export function writeFileAtomic(target: string, content: string): void {
  const temp = writeTemp(target, content);
  try {
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw isWriteFailure(error) ? writeError(target, error) : error;
  }
}

/** Renames every temporary file to its target; on any failure removes the temporaries left and throws. */
export function commitAll(staged: ReadonlyArray<{ temp: string; target: string }>): void {
  let done = 0;
  try {
    for (const { temp, target } of staged) {
      renameSync(temp, target);
      done++;
    }
  } catch (error) {
    for (const { temp } of staged.slice(done)) rmSync(temp, { force: true });
    throw isWriteFailure(error) ? writeError(staged[done]!.target, error) : error;
  }
}

/** Writes each (name, content) into `folder`, all of them or none (a folder it created is removed again); returns the paths. */
export function writeFilesAtomic(folder: string, files: ReadonlyArray<readonly [string, string]>): string[] {
  const { base, undo } = ensureFolderUndoable(folder);
  const staged: Array<{ temp: string; target: string }> = [];
  try {
    for (const [name, content] of files) {
      const target = insideFolder(base, name);
      staged.push({ temp: writeTemp(target, content), target });
    }
    commitAll(staged);
    return staged.map((s) => s.target);
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    undo();
    throw error;
  }
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
    makeFolders(folder);
  } catch (error) {
    // A recursive mkdir can report ENOENT for a read-only parent; a plain one names the real cause.
    let cause = error;
    try {
      mkdirSync(folder);
    } catch (plain) {
      cause = plain;
    }
    const code = (cause as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT' && existsSync(dirname(resolve(folder))) ? 'the file system there holds no new folders' : 'a parent folder is missing';
    throw InputError.of({ path: '--out', value: folder, message: `cannot create the output folder: ${(code && writeReasons[code]) ?? (code === 'ENOENT' ? missing : code ?? 'error')}` });
  }
  return resolve(folder);
}

/**
 * `mkdir -p`, one level at a time. Node's recursive mkdir never returns under /proc (the kernel
 * answers ENOENT for the new folder while its parent exists, and Node retries the parent forever),
 * so `--out /proc/x` hung every command; a plain mkdir there fails at once.
 */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let at = resolve(folder); !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (error) {
      // Another process made it meanwhile: fine as long as it is a folder.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw error;
    }
  }
}

/** Creates the output folder and returns an undo that removes it again if this call created it and it is still empty. */
export function ensureFolderUndoable(folder: string): { base: string; undo: () => void } {
  const existed = existsSync(folder);
  const base = ensureFolder(folder);
  return {
    base,
    undo: () => {
      if (existed) return;
      try {
        if (readdirSync(base).length === 0) rmdirSync(base);
      } catch {
        // best effort: the folder is empty or already gone
      }
    },
  };
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

  /** `temp`: the temporary file's path when the caller chose it (else a new one beside `target`). */
  constructor(private readonly target: string, temp?: string) {
    this.temp = temp ?? tempPathFor(target);
    try {
      makeFolders(dirname(target));
      this.fd = openSync(this.temp, 'w');
    } catch (error) {
      throw isWriteFailure(error) ? writeError(target, error) : error;
    }
  }

  /** Appends one line (a newline is added). */
  line(text: string): void {
    this.write(text);
    this.write('\n');
  }

  /** Appends text as it is (a piece of a larger document). */
  write(text: string): void {
    this.buffer.push(text);
    this.bufferedChars += text.length;
    if (this.bufferedChars > 1 << 20) this.flush();
  }

  /** Finishes the file and moves it to its final name. */
  commit(): void {
    this.finish();
    renameSync(this.temp, this.target);
  }

  /** Finishes the file under its temporary name (for `commitAll`); the caller renames it. */
  finish(): { temp: string; target: string } {
    this.flush();
    closeSync(this.fd);
    this.fd = -1;
    return { temp: this.temp, target: this.target };
  }

  /** Discards the partial file. */
  abort(): void {
    try {
      if (this.fd >= 0) closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.temp, { force: true });
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    try {
      // writeSync may write part of the data (a filling disk reports ENOSPC only on the next call).
      const bytes = Buffer.from(this.buffer.join(''), 'utf8');
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      throw isWriteFailure(error) ? writeError(this.target, error) : error;
    }
    this.buffer = [];
    this.bufferedChars = 0;
  }
}
