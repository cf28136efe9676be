// What `baton route` reads: a layout file with the same fields and defaults as a scenario's
// warehouse layout (unknown keys get "did you mean"), and pick lists, one JSON array of bin codes
// per line of an NDJSON file. Every problem names the file, the line or field, and the value.
import { parseBin, validateLayout, type PickLocation, type RoutingLayout } from '../models/wms/layout.js';
import { InputError, type InputProblem } from './errors.js';
import { readJsonFile, readTextFile } from './json-input.js';
import { layoutSchema } from './schema.js';
import { zodProblems } from './validate.js';

const defaults = { batchBytesMax: 256 * 1024 * 1024, problemsMax: 100 };

/** The routing layout of a layout file: a scenario's `warehouses[].layout` object, its defaults filled in. */
export function readRouteLayout(file: string): RoutingLayout {
  const raw = readJsonFile(file);
  const parsed = layoutSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, raw, file, layoutSchema));
  const layout: RoutingLayout = { ...parsed.data, depot: { aisle: parsed.data.depot.aisle } };
  const problems = validateLayout(layout);
  if (problems.length > 0) throw new InputError(problems.map((p) => ({ file, path: p.path || '(root)', value: p.value, message: p.message })));
  return layout;
}

/** Bin codes resolved against the layout; every bad one is a problem at `where(i)`, its message naming the value. */
export function resolveBins(bins: readonly unknown[], layout: RoutingLayout, where: (i: number) => Omit<InputProblem, 'message' | 'value'>): { picks: PickLocation[]; problems: InputProblem[] } {
  const picks: PickLocation[] = [];
  const problems: InputProblem[] = [];
  bins.forEach((bin, i) => {
    try {
      picks.push(parseBin(bin as string, layout));
    } catch (error) {
      // parseBin's message already names the bin (`got 1`, `bin "Z-01-01"`): not repeated as the value.
      problems.push({ ...where(i), message: (error as Error).message });
    }
  });
  return { picks, problems };
}

/** One pick list of a batch file: its (1-based) line and its resolved picks. */
export interface PickList {
  line: number;
  picks: PickLocation[];
}

/** The pick lists of an NDJSON batch file (blank lines skipped); any bad line refuses the whole file. */
export function readPickLists(file: string, layout: RoutingLayout): PickList[] {
  const text = readTextFile(file, defaults.batchBytesMax);
  const lists: PickList[] = [];
  const problems: InputProblem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && problems.length < defaults.problemsMax; i++) {
    const source = lines[i]!.trim();
    if (source === '') continue;
    const at = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch {
      problems.push({ file: at, path: '', value: source.length > 60 ? `${source.slice(0, 57)}...` : source, message: 'not JSON: expected an array of bin codes like ["A-01-01", "C-12-02"]' });
      continue;
    }
    if (!Array.isArray(value) || value.length === 0) {
      problems.push({ file: at, path: '', value, message: 'expected a non-empty array of bin codes like ["A-01-01", "C-12-02"]' });
      continue;
    }
    const { picks, problems: bad } = resolveBins(value, layout, (j) => ({ file: at, path: `[${j}]` }));
    problems.push(...bad);
    lists.push({ line: i + 1, picks });
  }
  if (problems.length > 0) throw new InputError(problems.slice(0, defaults.problemsMax));
  if (lists.length === 0) throw InputError.of({ file, path: '', message: 'no pick list: expected one JSON array of bin codes per line' });
  return lists;
}
