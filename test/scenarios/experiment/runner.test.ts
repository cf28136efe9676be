import { describe, expect, it } from 'vitest';
import { RunFailed, runTasks, SweepInterrupted, type Progress } from '../../../scenarios/experiment/runner.js';
import { buildTasks, taskName, type RunTask, type Task } from '../../../scenarios/experiment/tasks.js';
import { loadScenario } from '../../../scenarios/load.js';
import type { RunResult } from '../../../scenarios/result.js';
import { fakeResult, fakeRunner } from './support.js';

function someTasks(replications = 6): Task[] {
  const base = loadScenario('seed-oversell');
  const configs = [60, 900].map((s) => ({ ...base, channels: base.channels.map((c) => ({ ...c, syncIntervalSeconds: s })) }));
  return buildTasks(configs, { replications, rootSeed: 1, policyFiles: [] });
}

describe('runTasks', () => {
  it('returns results in task order whatever order they finish in', async () => {
    const tasks = someTasks();
    const { runTask } = fakeRunner();
    const finished: string[] = [];
    const results = await runTasks(tasks, { workers: 3, runTask, onResult: (task) => finished.push(taskName(task)) });
    expect(results.map((r) => r.hash)).toEqual(tasks.map((t) => fakeResult(t.input).hash));
    // The fake finishes later seeds first, so completion order differs from task order.
    expect(finished).not.toEqual(tasks.map(taskName));
    expect([...finished].sort()).toEqual(tasks.map(taskName).sort());
  });

  it('gives the same results with one worker as with several', async () => {
    const tasks = someTasks();
    const one = await runTasks(tasks, { workers: 1, runTask: fakeRunner().runTask });
    const four = await runTasks(tasks, { workers: 4, runTask: fakeRunner().runTask });
    expect(four.map((r) => r.hash)).toEqual(one.map((r) => r.hash));
  });

  it('keeps at most two tasks in flight per worker', async () => {
    let inFlight = 0;
    let most = 0;
    const runTask: RunTask = async (input) => {
      most = Math.max(most, ++inFlight);
      await new Promise((done) => setTimeout(done, 2));
      inFlight--;
      return fakeResult(input);
    };
    await runTasks(someTasks(), { workers: 2, runTask });
    expect(most).toBe(4);
  });

  it('does not rerun reused tasks and counts them in the progress', async () => {
    const tasks = someTasks(2);
    const reused = new Map<number, RunResult>([[1, fakeResult(tasks[1]!.input)], [3, fakeResult(tasks[3]!.input)]]);
    const { runTask, calls } = fakeRunner();
    const progress: Progress[] = [];
    const results = await runTasks(tasks, { workers: 2, runTask, reused, onProgress: (p) => progress.push(p) });
    expect(calls.map((c) => c.seed)).toEqual([1, 1]);
    expect(results.map((r) => r.hash)).toEqual(tasks.map((t) => fakeResult(t.input).hash));
    expect(progress.map((p) => p.done)).toEqual([2, 3, 4]);
    expect(progress.every((p) => p.total === 4 && p.reused === 2)).toBe(true);
  });

  it('a failing run stops the rest and names the run and its seed', async () => {
    const tasks = someTasks();
    let started = 0;
    const runTask: RunTask = async (input) => {
      started++;
      if (input.seed === 2) throw new Error('boom');
      return fakeResult(input);
    };
    const error = await runTasks(tasks, { workers: 1, runTask }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFailed);
    expect((error as Error).message).toBe('run p0-r1 (seed 2) failed: boom');
    expect(started).toBeLessThan(tasks.length);
  });

  it('an abort stops it like a kill: no result is reported after the abort', async () => {
    const tasks = someTasks();
    const controller = new AbortController();
    const reported: string[] = [];
    const error = await runTasks(tasks, {
      workers: 2,
      runTask: fakeRunner().runTask,
      signal: controller.signal,
      onResult: (task) => reported.push(taskName(task)),
      onProgress: (p) => {
        if (p.done === 3) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SweepInterrupted);
    expect((error as SweepInterrupted).done).toBe(3);
    expect(reported).toHaveLength(3);
  });

  it('rejects a worker count below one', async () => {
    await expect(runTasks(someTasks(1), { workers: 0, runTask: fakeRunner().runTask })).rejects.toThrow(/workers must be a positive integer, got 0/);
  });
});
