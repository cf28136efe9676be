// What a zod schema allows at a path (its object keys), and the nearest spelling of a mistyped key:
// the "did you mean" of unknown-key messages.
import type { ZodType } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, ZodType>;
  innerType?: ZodType;
  in?: ZodType;
  element?: ZodType;
  options?: ZodType[];
}

const defOf = (schema: ZodType): Def => (schema as unknown as { def: Def }).def;

/** The keys of the object schema at `path` (array indices step into elements); empty when there is none. */
export function keysAt(schema: ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let nodes: ZodType[] = [schema];
  for (const key of path) nodes = nodes.flatMap((node) => childrenAt(node, key));
  return [...new Set(nodes.flatMap((node) => objectsOf(node).flatMap((o) => Object.keys(defOf(o).shape ?? {}))))];
}

function childrenAt(schema: ZodType, key: PropertyKey): ZodType[] {
  return objectsOrArraysOf(schema).flatMap((node) => {
    const def = defOf(node);
    if (def.type === 'array' && typeof key === 'number') return def.element ? [def.element] : [];
    if (def.type === 'object' && typeof key === 'string') return def.shape?.[key] ? [def.shape[key]!] : [];
    return [];
  });
}

/** The object and array schemas behind wrappers (default, optional, pipe...) and unions. */
function objectsOrArraysOf(schema: ZodType, depth = 0): ZodType[] {
  if (depth > 20) return [];
  const def = defOf(schema);
  if (def.type === 'object' || def.type === 'array') return [schema];
  if (def.type === 'union') return (def.options ?? []).flatMap((o) => objectsOrArraysOf(o, depth + 1));
  const inner = def.innerType ?? def.in;
  return inner ? objectsOrArraysOf(inner, depth + 1) : [];
}

function objectsOf(schema: ZodType): ZodType[] {
  return objectsOrArraysOf(schema).filter((node) => defOf(node).type === 'object');
}

/** The known name nearest to `name` (case-insensitive edit distance, at most a third of its length, at least 2), or null. */
export function closestName(name: string, known: readonly string[]): string | null {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions counted as one edit. */
export function editDistance(a: string, b: string): number {
  if (a.length > 200 || b.length > 200) return Math.abs(a.length - b.length) + 200;
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
