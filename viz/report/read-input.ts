// Reading a report's input from disk: a run folder (result.json, visuals.json), a sweep folder
// (summary.json), or one JSON file of either kind. Every problem is an InputError naming the file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { InputError } from '../../scenarios/errors.js';
import { readJsonFile } from '../../scenarios/json-input.js';
import { zodProblems } from '../../scenarios/validate.js';
import type { ReportInput, RunReportInput, SweepReportInput } from './input.js';
import { pointCostsFromRuns } from './point-costs.js';
import { runResultSchema, runVisualsSchema, sweepSummarySchema } from './schemas.js';

// A sweep folder may hold one example run (written by `npm start`) in example-run/.
const names = { result: 'result.json', visuals: 'visuals.json', summary: 'summary.json', runs: 'runs.csv', exampleRun: 'example-run' } as const;

/** The report input found at `path` (folder or file). */
export function readReportInput(path: string): ReportInput {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw InputError.of({ file: path, path: '', message: 'no such file or folder' });
  }
  if (!isFolder) return fromFile(path);
  const summary = join(path, names.summary);
  if (existsSync(summary)) {
    const sweep: SweepReportInput = { kind: 'sweep', summary: checked(sweepSummarySchema, readJsonFile(summary), summary), source: path };
    const exampleResult = join(path, names.exampleRun, names.result);
    if (existsSync(exampleResult)) sweep.example = runFromFolder(join(path, names.exampleRun), exampleResult);
    const runs = join(path, names.runs);
    if (existsSync(runs)) {
      const costs = pointCostsFromRuns(readFileSync(runs, 'utf8'), sweep.summary, runs);
      if (costs !== null && costs.length > 0) sweep.costs = costs;
    }
    return sweep;
  }
  const result = join(path, names.result);
  if (existsSync(result)) return runFromFolder(path, result);
  // A sweep folder without its summary: the sweep stopped or some runs failed (it writes the summary last).
  const unfinished = existsSync(join(path, 'runs')) && existsSync(join(path, 'points'));
  const hint = unfinished ? `: it looks like a sweep that did not finish (runs/ and points/ but no ${names.summary}); rerun the sweep with --resume and the same --out to finish it` : '';
  throw InputError.of({ file: path, path: '', message: `the folder holds neither ${names.result} (a run) nor ${names.summary} (a sweep)${hint}` });
}

function fromFile(file: string): ReportInput {
  const raw = readJsonFile(file);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw InputError.of({ file, path: '(root)', message: 'expected a JSON object: a run result or a sweep summary' });
  const doc = raw as Record<string, unknown>;
  if ('points' in doc && 'experiment' in doc) return { kind: 'sweep', summary: checked(sweepSummarySchema, doc, file), source: file };
  if ('result' in doc) {
    // A bundle { result, visuals } as the web twin exports it.
    const result = checked(runResultSchema, doc.result, file, ['result']);
    const visuals = doc.visuals === undefined || doc.visuals === null ? null : checked(runVisualsSchema, doc.visuals, file, ['visuals']);
    return { kind: 'run', result, visuals, source: file };
  }
  if (!('metrics' in doc) && !('hash' in doc)) {
    throw InputError.of({ file, path: '(root)', message: 'neither a run result (scenario, seed, hash, metrics) nor a sweep summary (experiment, points)' });
  }
  if (basename(file) === names.result) return runFromFolder(dirname(file), file, raw);
  return { kind: 'run', result: checked(runResultSchema, doc, file), visuals: null, source: file };
}

function runFromFolder(folder: string, resultFile: string, raw: unknown = readJsonFile(resultFile)): RunReportInput {
  const result = checked(runResultSchema, raw, resultFile);
  const visualsFile = join(folder, names.visuals);
  const visuals = existsSync(visualsFile) ? checked(runVisualsSchema, readJsonFile(visualsFile), visualsFile) : null;
  if (visuals !== null && (visuals.scenario !== result.scenario || visuals.seed !== result.seed)) {
    throw InputError.of({ file: visualsFile, path: 'scenario', value: `${visuals.scenario} seed ${visuals.seed}`, message: `belongs to another run than ${resultFile} (${result.scenario} seed ${result.seed})` });
  }
  return { kind: 'run', result, visuals, source: folder };
}

function checked<S extends z.ZodType>(schema: S, raw: unknown, file: string, prefix: string[] = []): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const under = (path: string) => (prefix.length === 0 ? path : path === '(root)' ? prefix.join('.') : `${prefix.join('.')}.${path}`);
  throw new InputError(zodProblems(parsed.error, raw, file).map((p) => ({ ...p, path: under(p.path) })));
}
