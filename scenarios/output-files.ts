// The files of one run: result.json, metrics.csv and (optionally) trace.ndjson, all written
// atomically into the output folder, so a failed run leaves nothing half-written.
import type { ScenarioConfig } from '../models/config.js';
import { CallbackTrace } from '../sim/index.js';
import { AtomicLineWriter, ensureFolder, insideFolder, toCsv, writeFileAtomic } from './files.js';
import type { RunResult } from './result.js';
import { runScenarioWithVisuals } from './run.js';
import type { RunVisuals } from '../models/visuals.js';

/** Runs the scenario and writes its outputs; returns the result and the files written. */
export async function writeRunOutputs(config: ScenarioConfig, folder: string, options: { trace: boolean }): Promise<{ result: RunResult; files: string[] }> {
  const base = ensureFolder(folder);
  const files: string[] = [];
  let traceWriter: AtomicLineWriter | null = null;
  let result: RunResult;
  let visuals: RunVisuals | undefined;
  try {
    let tracer: CallbackTrace | undefined;
    if (options.trace) {
      const writer = new AtomicLineWriter(insideFolder(base, 'trace.ndjson'));
      traceWriter = writer;
      tracer = new CallbackTrace((record) => writer.line(JSON.stringify(record)));
    }
    ({ result, visuals } = runScenarioWithVisuals(config, { tracer, visuals: true }));
  } catch (error) {
    traceWriter?.abort();
    throw error;
  }
  writeFileAtomic(insideFolder(base, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
  files.push('result.json');
  writeFileAtomic(insideFolder(base, 'metrics.csv'), toCsv([['metric', 'value'], ...Object.entries(result.metrics)]));
  files.push('metrics.csv');
  if (visuals) {
    writeFileAtomic(insideFolder(base, 'visuals.json'), `${JSON.stringify(visuals)}\n`);
    files.push('visuals.json');
  }
  if (traceWriter) {
    traceWriter.commit();
    files.push('trace.ndjson');
  }
  return { result, files: files.map((f) => insideFolder(base, f)) };
}
