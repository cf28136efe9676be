import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExperiment, type LoadedExperiment } from '../../../scenarios/experiment/load.js';
import { SweepInterrupted } from '../../../scenarios/experiment/runner.js';
import { runSweep, type SweepSummary } from '../../../scenarios/experiment/sweep.js';
import { loadScenario } from '../../../scenarios/load.js';
import { fakeRunner, tempFolder } from './support.js';

function experiment(vary: unknown[] = [{ path: 'channels[*].syncIntervalSeconds', values: [60, 900] }, { path: 'ownership', values: ['clean', 'erp-own-count'] }]): LoadedExperiment {
  const folder = tempFolder();
  const file = join(folder, 'exp.json');
  writeFileSync(file, JSON.stringify({ name: 'resume-test', base: 'seed-oversell', replications: 3, seed: 7, days: 2, vary }));
  return loadExperiment(file);
}

/** Every output file's text, run files without their wall-time perf. */
function snapshot(folder: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of ['summary.json', 'summary.csv', 'runs.csv']) files[name] = readFileSync(join(folder, name), 'utf8');
  for (const name of readdirSync(join(folder, 'runs')).sort()) {
    const { perf: _perf, ...run } = JSON.parse(readFileSync(join(folder, 'runs', name), 'utf8'));
    files[`runs/${name}`] = run;
  }
  for (const name of readdirSync(join(folder, 'points')).sort()) files[`points/${name}`] = readFileSync(join(folder, 'points', name), 'utf8');
  return files;
}

describe('runSweep', () => {
  it('writes one run file per (point, replication), the points and the summaries', async () => {
    const out = tempFolder();
    const outcome = await runSweep(experiment(), { out, workers: 2, runTask: fakeRunner().runTask });
    expect(readdirSync(join(out, 'runs')).sort()).toEqual(
      ['p0-r0', 'p0-r1', 'p0-r2', 'p1-r0', 'p1-r1', 'p1-r2', 'p2-r0', 'p2-r1', 'p2-r2', 'p3-r0', 'p3-r1', 'p3-r2'].map((n) => `${n}.json`),
    );
    const run = JSON.parse(readFileSync(join(out, 'runs', 'p2-r1.json'), 'utf8'));
    expect(run).toMatchObject({ point: 2, replication: 1, seed: 8, horizonDays: 2, parameters: { 'channels[*].syncIntervalSeconds': 900, ownership: 'clean' } });
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as SweepSummary;
    expect(summary).toEqual(outcome.summary);
    expect(summary.points).toHaveLength(4);
    expect(summary.runs).toBe(12);
    // Fake drift is (seed mod 3) / 10 + 1 with the ERP's own count; seeds 7, 8, 9 give 0.1, 0.2, 0.
    expect(summary.points[1]!.metrics.driftRate!.mean).toBeCloseTo(1.1, 12);
    // A point file is a runnable scenario with the sweep's horizon.
    const point = loadScenario(join(out, 'points', 'p3.scenario.json'));
    expect(point.horizonDays).toBe(2);
    expect(point.ownership.erpOwnCount).toBe(true);
    expect(point.channels.every((c) => c.syncIntervalSeconds === 900)).toBe(true);
  });

  it('resuming after an interruption ends with the same files and hash as an uninterrupted sweep', async () => {
    const whole = tempFolder();
    const reference = await runSweep(experiment(), { out: whole, workers: 2, runTask: fakeRunner().runTask });

    const out = tempFolder();
    const controller = new AbortController();
    const first = fakeRunner();
    const interrupted = await runSweep(experiment(), {
      out,
      workers: 2,
      runTask: first.runTask,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 5) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(interrupted).toBeInstanceOf(SweepInterrupted);
    expect(readdirSync(join(out, 'runs'))).toHaveLength(5);
    expect(existsSync(join(out, 'summary.json'))).toBe(false);

    const second = fakeRunner();
    const resumed = await runSweep(experiment(), { out, workers: 2, runTask: second.runTask, resume: true });
    expect(resumed.reused).toBe(5);
    expect(second.calls).toHaveLength(7);
    expect(resumed.summary.hash).toBe(reference.summary.hash);
    expect(snapshot(out)).toEqual(snapshot(whole));
  });

  it('resume redoes only missing, corrupt or mismatching runs and drops leftovers', async () => {
    const out = tempFolder();
    const reference = await runSweep(experiment(), { out, workers: 2, runTask: fakeRunner().runTask });
    const before = snapshot(out);
    rmSync(join(out, 'runs', 'p0-r1.json'));
    writeFileSync(join(out, 'runs', 'p1-r2.json'), '{ "point": 1, "replic');
    const tampered = JSON.parse(readFileSync(join(out, 'runs', 'p3-r0.json'), 'utf8'));
    writeFileSync(join(out, 'runs', 'p3-r0.json'), JSON.stringify({ ...tampered, metrics: { ...tampered.metrics, oversellRate: 0.5 } }));
    writeFileSync(join(out, 'runs', 'p9-r0.json'), '{}');
    writeFileSync(join(out, 'runs', '.123.4.tmp'), 'half a file');

    const again = fakeRunner();
    const resumed = await runSweep(experiment(), { out, workers: 2, runTask: again.runTask, resume: true });
    expect(again.calls.map((c) => `${c.scenarioConfig.channels[0]!.syncIntervalSeconds}/${c.scenarioConfig.ownership.erpOwnCount}/${c.seed}`).sort()).toEqual(
      ['60/false/8', '60/true/9', '900/true/7'].sort(),
    );
    expect(resumed.removed).toBe(3); // the corrupt, the tampered and the stale p9 file
    expect(resumed.summary.hash).toBe(reference.summary.hash);
    expect(snapshot(out)).toEqual(before);
  });

  it('resume after changing the design reruns exactly the points whose scenario changed', async () => {
    const out = tempFolder();
    await runSweep(experiment(), { out, workers: 2, runTask: fakeRunner().runTask });
    const changed = experiment([{ path: 'channels[*].syncIntervalSeconds', values: [60, 3600] }, { path: 'ownership', values: ['clean', 'erp-own-count'] }]);
    const again = fakeRunner();
    const resumed = await runSweep(changed, { out, workers: 2, runTask: again.runTask, resume: true });
    expect(resumed.reused).toBe(6);
    expect(new Set(again.calls.map((c) => c.scenarioConfig.channels[0]!.syncIntervalSeconds))).toEqual(new Set([3600]));
    const fresh = await runSweep(changed, { out: tempFolder(), workers: 2, runTask: fakeRunner().runTask });
    expect(resumed.summary.hash).toBe(fresh.summary.hash);
  });

  it('without resume, the runs already in the folder are replaced and counted', async () => {
    const out = tempFolder();
    await runSweep(experiment(), { out, workers: 2, runTask: fakeRunner().runTask });
    const again = fakeRunner();
    let removed = -1;
    const outcome = await runSweep(experiment(), { out, workers: 2, runTask: again.runTask, onPrepared: (p) => (removed = p.removed) });
    expect(removed).toBe(12);
    expect(outcome.reused).toBe(0);
    expect(again.calls).toHaveLength(12);
  });

  it('reports invariant violations with the point file and seed that reproduce them', async () => {
    const { runTask } = fakeRunner();
    const out = tempFolder();
    const outcome = await runSweep(experiment(), {
      out,
      workers: 1,
      runTask: async (input) => {
        const result = await runTask(input);
        return input.seed === 8 && input.scenarioConfig.ownership.erpOwnCount ? { ...result, invariants: { checked: 1, violations: ['units not conserved'] } } : result;
      },
    });
    expect(outcome.summary.invariantViolations).toBe(2);
    expect(outcome.violating.map((v) => [v.run, v.seed, v.scenarioFile])).toEqual([
      ['p1-r1', 8, join(out, 'points', 'p1.scenario.json')],
      ['p3-r1', 8, join(out, 'points', 'p3.scenario.json')],
    ]);
  });
});
