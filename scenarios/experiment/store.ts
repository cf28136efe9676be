// The runs folder of a sweep: one file per finished run (`p<point>-r<rep>.json`), written atomically,
// so a killed sweep leaves only whole runs. A stored run is reused on resume only when its task key
// matches and its result hash verifies.
import { lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type InputProblem } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import { resultHash, type RunResult } from '../result.js';
import { taskName, type Task } from './tasks.js';

/** A run file: the run's result JSON plus where it sits in the design. */
export interface StoredRun extends RunResult {
  point: number;
  replication: number;
  key: string;
  parameters: Record<string, unknown>;
}

/** What preparing the folder found. */
export interface PreparedRuns {
  /** Results that can be reused, by task index (only with resume). */
  reused: Map<number, RunResult>;
  /** Run files deleted: stale, mismatching, or all of them without resume. */
  removed: number;
}

const runFilePattern = /^p\d+-r\d+\.json$/;
// Left by writeFileAtomic when a process dies between writing and renaming.
const tempFilePattern = /^\.\d+\.\d+\.tmp$/;

/** The run files of one sweep, in `<out>/runs`. */
export class RunStore {
  constructor(readonly folder: string) {}

  /** The file of one task. */
  fileOf(task: Pick<Task, 'point' | 'replication'>): string {
    return join(this.folder, `${taskName(task)}.json`);
  }

  /** Removes leftovers and runs that will not be reused; with `resume`, returns the runs that will. */
  prepare(tasks: readonly Task[], resume: boolean): PreparedRuns {
    this.refuseOddEntries();
    const reused = new Map<number, RunResult>();
    const keep = new Set<string>();
    if (resume) {
      tasks.forEach((task, i) => {
        const result = this.read(task);
        if (result !== null) {
          reused.set(i, result);
          keep.add(`${taskName(task)}.json`);
        }
      });
    }
    let removed = 0;
    for (const name of listFolder(this.folder)) {
      if (tempFilePattern.test(name)) rmSync(join(this.folder, name), { force: true });
      else if (runFilePattern.test(name) && !keep.has(name)) {
        rmSync(join(this.folder, name), { force: true });
        removed++;
      }
    }
    return { reused, removed };
  }

  /**
   * A folder, pipe or link under a run file's name is not Baton's: reading a pipe would block and
   * removing a folder fails. Refused (exit 2, naming it) before anything is read or removed.
   */
  private refuseOddEntries(): void {
    const problems: InputProblem[] = [];
    for (const name of listFolder(this.folder)) {
      if (!runFilePattern.test(name) && !tempFilePattern.test(name)) continue;
      const path = join(this.folder, name);
      let stats;
      try {
        stats = lstatSync(path);
      } catch {
        continue; // gone meanwhile
      }
      if (stats.isFile()) continue;
      const kind = stats.isDirectory() ? 'a folder' : stats.isSymbolicLink() ? 'a symbolic link' : stats.isFIFO() ? 'a named pipe' : 'not a plain file';
      problems.push({ file: path, path: '', message: `is ${kind}, not a run file Baton wrote; move it out of the sweep's folder (nothing was run or removed)` });
    }
    if (problems.length > 0) throw new InputError(problems);
  }

  /** Writes one finished run atomically. */
  write(task: Task, result: RunResult, parameters: Record<string, unknown>): void {
    const stored: StoredRun = { ...result, point: task.point, replication: task.replication, key: task.key, parameters };
    writeFileAtomic(this.fileOf(task), `${JSON.stringify(stored, null, 2)}\n`);
  }

  /** The stored result of a task when it exists, belongs to this task and is intact; else null. */
  read(task: Task): RunResult | null {
    let stored: StoredRun;
    try {
      stored = JSON.parse(readFileSync(this.fileOf(task), 'utf8')) as StoredRun;
    } catch {
      return null;
    }
    if (stored === null || typeof stored !== 'object') return null;
    if (stored.key !== task.key || stored.point !== task.point || stored.replication !== task.replication || stored.seed !== task.seed) return null;
    const { scenario, seed, horizonDays, hash, metrics, invariants, perf } = stored;
    if (metrics === null || typeof metrics !== 'object' || !Array.isArray(invariants?.violations)) return null;
    if (!Object.values(metrics).every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
    if (resultHash({ scenario, seed, horizonDays, metrics, invariants }) !== hash) return null;
    return { scenario, seed, horizonDays, hash, metrics, invariants, perf };
  }
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
