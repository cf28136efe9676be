// Reading user JSON safely: only regular files, size and depth limits, no duplicate or prototype
// keys, clear errors with the file name. Never reads a device, FIFO or directory, never reads
// past the size cap.
import { accessSync, closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { visit } from 'jsonc-parser';
import { InputError } from './errors.js';
import { formatPath } from './json-path.js';

const defaults = { maxBytes: 64 * 1024 * 1024, maxDepth: 64 };
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads and parses a JSON file; bad paths, file types, sizes, syntax, depth, duplicate or prototype
 * keys become InputErrors. A leading UTF-8 byte order mark (Windows editors write one) is skipped,
 * as RFC 8259 allows.
 */
export function readJsonFile(file: string): unknown {
  const text = readTextFile(file, defaults.maxBytes);
  return parseJsonText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file);
}

/** Reads a regular file of at most `maxBytes` as UTF-8; anything else is an InputError naming the file. */
export function readTextFile(file: string, maxBytes: number): string {
  const fail = (message: string, value?: unknown): never => {
    throw InputError.of({ file, path: '', value, message });
  };
  assertRegularFile(file, maxBytes);
  let fd: number;
  try {
    // O_NONBLOCK: should the path be swapped for a FIFO after the stat, opening it cannot hang.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return fail(reasonOf(error));
  }
  try {
    checkRegular(fstatSync(fd), maxBytes, fail);
    let buffer = Buffer.alloc(Math.min(maxBytes + 1, fstatSync(fd).size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // The file grew since the stat (or reports no size): grow the buffer up to the cap.
        if (buffer.length > maxBytes) fail(`file is larger than ${maxBytes} bytes`);
        const grown = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2 + 4096));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    return fail(reasonOf(error));
  } finally {
    closeSync(fd);
  }
}

/**
 * Refuses (InputError naming the file) a path that is missing, unreadable, not a regular file (a
 * directory, device, FIFO, socket) or larger than `maxBytes`; for readers that stream a file.
 */
export function assertRegularFile(file: string, maxBytes: number): void {
  const fail = (message: string, value?: unknown): never => {
    throw InputError.of({ file, path: '', value, message });
  };
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    fail(reasonOf(error));
    return;
  }
  checkRegular(stats, maxBytes, fail);
  // A stream opened later on a file without read permission fails with EACCES, which reads like a
  // write failure where it is caught: refuse it here, as the reader's problem it is.
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    fail(reasonOf(error));
  }
}

function checkRegular(stats: Stats, maxBytes: number, fail: (message: string, value?: unknown) => never): void {
  if (stats.isDirectory()) fail('is a directory, not a file');
  if (!stats.isFile()) fail(`is not a regular file (${kindOf(stats)})`);
  if (stats.size > maxBytes) fail(`file is larger than ${maxBytes} bytes`, stats.size);
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a plain file';
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'cannot read the file: no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read the file: permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'ENOTDIR') return 'cannot read the file: a part of the path is not a folder';
  if (code === 'ELOOP') return 'cannot read the file: too many symbolic links';
  if (code === 'ENAMETOOLONG') return 'cannot read the file: the name is too long';
  return `cannot read the file (${code ?? 'error'})`;
}

/** Parses JSON text with the same checks as readJsonFile. */
export function parseJsonText(text: string, file: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof RangeError ? 'nesting too deep' : (error as Error).message;
    throw InputError.of({ file, path: '', message: `not valid JSON: ${reason}` });
  }
  checkShape(value, file);
  checkDuplicateKeys(text, file);
  return value;
}

/** Iterative walk (no recursion, so hostile nesting cannot overflow the stack). */
function checkShape(root: unknown, file: string): void {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: root, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > defaults.maxDepth) throw InputError.of({ file, path, message: `nesting deeper than ${defaults.maxDepth} levels` });
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, depth: depth + 1, path: `${path}[${i}]` }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (forbiddenKeys.has(key)) throw InputError.of({ file, path: childPath, message: `the key "${key}" is not allowed` });
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: childPath });
    }
  }
}

/**
 * Every key given twice in one object (JSON.parse silently keeps the last). Uses jsonc-parser's
 * scanner over the text, which JSON.parse has already accepted, so the depth is bounded too.
 */
function checkDuplicateKeys(text: string, file: string): void {
  const open: Array<Set<string>> = [];
  const problems: { path: string; key: string }[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        open.push(new Set());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (property, _offset, _length, _line, _character, pathSupplier) => {
        const keys = open[open.length - 1];
        if (keys === undefined) return;
        if (keys.has(property)) problems.push({ path: formatPath([...pathSupplier(), property]), key: property });
        keys.add(property);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  if (problems.length > 0) {
    throw new InputError(problems.slice(0, 20).map(({ path, key }) => ({ file, path, message: `the key ${JSON.stringify(key)} is given twice in one object (JSON keeps only the last)` })));
  }
}

export { formatPath, valueAt } from './json-path.js';
