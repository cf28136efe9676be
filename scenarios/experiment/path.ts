// Field paths into a raw scenario document ("channels[*].syncIntervalSeconds"): parsing, and setting a
// value at every place a path names. A path must name a field of the scenario format (checked against
// the zod schema) and the lists it indexes must exist in the document; absent object fields are created,
// so a field left to its default can still be varied.
import type { z } from 'zod';

/** One step of a path: an object key, a list index, or every element of a list. */
export type PathStep = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'all' };

/** A path problem, reported by callers as an InputError naming their own field. */
export class PathError extends Error {
  override name = 'PathError';
}

const defaults = { maxPathLength: 200, maxIndex: 1_000_000 };
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
const token = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[(\*)\])/;
const firstKey = /^([A-Za-z_$][\w$-]*)/;
// Wrappers that do not change what a field contains.
const transparent = new Set(['default', 'prefault', 'optional', 'nullable', 'readonly', 'catch', 'nonoptional']);

/** Parses "a.b[2].c[*].d"; throws a PathError naming the bad text. */
export function parsePath(text: string): PathStep[] {
  if (text.length === 0 || text.length > defaults.maxPathLength) throw new PathError(`a path must have 1 to ${defaults.maxPathLength} characters`);
  const head = firstKey.exec(text);
  if (!head) throw new PathError('a path must start with a field name (letters, digits, _ $ -)');
  const steps: PathStep[] = [{ kind: 'key', key: head[1]! }];
  let rest = text.slice(head[0].length);
  while (rest.length > 0) {
    const match = token.exec(rest);
    if (!match) throw new PathError(`cannot read the path from "${rest}" on: use .field, [index] or [*]`);
    if (match[1] !== undefined) steps.push({ kind: 'key', key: match[1] });
    else if (match[2] !== undefined) {
      const index = Number(match[2]);
      if (index > defaults.maxIndex) throw new PathError(`index ${match[2]} is too large`);
      steps.push({ kind: 'index', index });
    } else steps.push({ kind: 'all' });
    rest = rest.slice(match[0].length);
  }
  for (const step of steps) if (step.kind === 'key' && forbiddenKeys.has(step.key)) throw new PathError(`the key "${step.key}" is not allowed`);
  return steps;
}

/** Text of the steps taken so far ("channels[2].demand"), for messages. */
export function formatSteps(steps: readonly PathStep[]): string {
  return steps.reduce((text, s) => (s.kind === 'key' ? (text ? `${text}.${s.key}` : s.key) : `${text}[${s.kind === 'all' ? '*' : s.index}]`), '');
}

/**
 * Sets `value` (a fresh copy at each place) at every place `steps` names inside `doc`, checking each
 * key against `schema`; returns how many places were set. Throws a PathError when the path does not exist.
 */
export function setAtPath(doc: unknown, steps: readonly PathStep[], value: unknown, schema: z.ZodType | null): number {
  return setFrom(doc, steps, 0, value, schema);
}

function setFrom(node: unknown, steps: readonly PathStep[], at: number, value: unknown, schema: z.ZodType | null): number {
  const step = steps[at]!;
  const last = at === steps.length - 1;
  const where = formatSteps(steps.slice(0, at)) || 'the top level';
  const shape = unwrap(schema);
  if (step.kind === 'key') {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) throw new PathError(`${where} is not an object, so it has no field "${step.key}"`);
    const record = node as Record<string, unknown>;
    const present = Object.hasOwn(record, step.key);
    let child: z.ZodType | null = null;
    if (shape !== null) {
      if (typeOf(shape) !== 'object') throw new PathError(`${where} has no fields to address`);
      child = (shape.def as unknown as { shape: Record<string, z.ZodType> }).shape[step.key] ?? null;
      if (child === null) throw new PathError(`the scenario format has no field "${step.key}" at ${where}`);
    } else if (!present) throw new PathError(`${formatSteps(steps.slice(0, at + 1))} is not in the base scenario`);
    if (last) {
      record[step.key] = structuredClone(value);
      return 1;
    }
    if (!present) {
      const next = steps[at + 1]!;
      if (next.kind !== 'key' || typeOf(unwrap(child)) !== 'object') {
        throw new PathError(`${formatSteps(steps.slice(0, at + 1))} is not in the base scenario (only missing objects are created, never lists)`);
      }
      record[step.key] = {};
    }
    return setFrom(record[step.key], steps, at + 1, value, child);
  }
  if (!Array.isArray(node)) throw new PathError(`${where} is not a list, so ${step.kind === 'all' ? '[*]' : `[${step.index}]`} does not apply`);
  let element: z.ZodType | null = null;
  if (shape !== null) {
    if (typeOf(shape) !== 'array') throw new PathError(`${where} is not a list in the scenario format`);
    element = (shape.def as unknown as { element: z.ZodType }).element;
  }
  const indexes = step.kind === 'all' ? node.map((_, i) => i) : [step.index];
  if (indexes.length === 0) throw new PathError(`${where} is an empty list, so [*] matches nothing`);
  let count = 0;
  for (const i of indexes) {
    if (i >= node.length) throw new PathError(`${where}[${i}] does not exist (the list has ${node.length} element${node.length === 1 ? '' : 's'})`);
    if (last) {
      node[i] = structuredClone(value);
      count++;
    } else count += setFrom(node[i], steps, at + 1, value, element);
  }
  return count;
}

function typeOf(schema: z.ZodType | null): string | null {
  return schema === null ? null : (schema.def as { type: string }).type;
}

// Peels default/optional wrappers; unions and other shapes end the schema check (null = unknown).
function unwrap(schema: z.ZodType | null): z.ZodType | null {
  let current = schema;
  while (current !== null && transparent.has(typeOf(current)!)) current = (current.def as unknown as { innerType: z.ZodType }).innerType;
  if (current === null) return null;
  const type = typeOf(current);
  return type === 'object' || type === 'array' ? current : null;
}
