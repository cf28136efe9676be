// Reading user JSON safely: size and depth limits, no prototype keys, clear errors with the file name.
import { readFileSync, statSync } from 'node:fs';
import { InputError } from './errors.js';

const defaults = { maxBytes: 64 * 1024 * 1024, maxDepth: 64 };
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Reads and parses a JSON file; bad paths, sizes, syntax, depth or prototype keys become InputErrors. */
export function readJsonFile(file: string): unknown {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw InputError.of({ file, path: '', message: 'cannot read the file (does it exist?)' });
  }
  if (size > defaults.maxBytes) throw InputError.of({ file, path: '', value: size, message: `file is larger than ${defaults.maxBytes} bytes` });
  return parseJsonText(readFileSync(file, 'utf8'), file);
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

export { formatPath, valueAt } from './json-path.js';
