// The files of one run: result.json, metrics.csv, visuals.json and (optionally) trace.ndjson, written
// all or nothing: each goes to a temporary file in the output folder, and only when every one is
// complete are they renamed into place. A failed run or a failed write (disk full, read-only) removes
// the temporaries, and the output folder too when this run created it.
import type { PolicyRegistries } from '../models/policies.js';
import type { ScenarioConfig } from '../models/config.js';
import { CallbackTrace } from '../sim/index.js';
import { rmSync } from 'node:fs';
import { AtomicLineWriter, commitAll, ensureFolderUndoable, insideFolder, toCsv, writeTemp } from './files.js';
import type { RunResult } from './result.js';
import { runScenarioWithVisuals } from './run.js';

/** Runs the scenario and writes its outputs; returns the result and the files written. */
export async function writeRunOutputs(config: ScenarioConfig, folder: string, options: { trace: boolean; policies?: PolicyRegistries }): Promise<{ result: RunResult; files: string[] }> {
  const { base, undo } = ensureFolderUndoable(folder);
  const staged: Array<{ temp: string; target: string }> = [];
  let traceWriter: AtomicLineWriter | null = null;
  try {
    let tracer: CallbackTrace | undefined;
    if (options.trace) {
      const writer = new AtomicLineWriter(insideFolder(base, 'trace.ndjson'));
      traceWriter = writer;
      tracer = new CallbackTrace((record) => writer.line(JSON.stringify(record)));
    }
    const { result, visuals } = runScenarioWithVisuals(config, { tracer, visuals: true, policies: options.policies });
    const stage = (name: string, content: string) => {
      const target = insideFolder(base, name);
      staged.push({ temp: writeTemp(target, content), target });
    };
    stage('result.json', `${JSON.stringify(result, null, 2)}\n`);
    stage('metrics.csv', toCsv([['metric', 'value'], ...Object.entries(result.metrics)]));
    if (visuals) stage('visuals.json', `${JSON.stringify(visuals)}\n`);
    if (traceWriter) {
      staged.push(traceWriter.finish());
      traceWriter = null;
    }
    commitAll(staged);
    return { result, files: staged.map((s) => s.target) };
  } catch (error) {
    traceWriter?.abort();
    for (const { temp } of staged) rmSync(temp, { force: true });
    undo();
    throw error;
  }
}
