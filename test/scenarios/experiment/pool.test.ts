// The real worker pool running the real pipeline on small scenarios.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runsHash } from '../../../scenarios/experiment/aggregate.js';
import { loadExperiment } from '../../../scenarios/experiment/load.js';
import { expandPoints } from '../../../scenarios/experiment/points.js';
import { RunFailed, SweepInterrupted } from '../../../scenarios/experiment/runner.js';
import { runSweep } from '../../../scenarios/experiment/sweep.js';
import { buildTasks } from '../../../scenarios/experiment/tasks.js';
import { runScenario, withOverrides } from '../../../scenarios/run.js';
import { tempFolder } from './support.js';

function experimentFile(experiment: Record<string, unknown>): string {
  const file = join(tempFolder(), 'exp.json');
  writeFileSync(file, JSON.stringify({ name: 'pool-test', replications: 2, seed: 11, ...experiment }));
  return file;
}

describe('sweeps on the worker pool', () => {
  it('give identical results with 1 and 2 workers, equal to running each task inline', async () => {
    const file = experimentFile({ base: 'multichannel', days: 0.25, vary: [{ path: 'channels[*].syncIntervalSeconds', values: [300, 3600] }] });
    const one = await runSweep(loadExperiment(file), { out: tempFolder(), workers: 1 });
    const two = await runSweep(loadExperiment(file), { out: tempFolder(), workers: 2 });
    expect(two.summary).toEqual(one.summary);

    const tasks = buildTasks(expandPoints(loadExperiment(file)).map((p) => p.config), { replications: 2, rootSeed: 11, policyFiles: [] });
    const inline = tasks.map((t) => runScenario(withOverrides(t.input.scenarioConfig, { seed: t.seed, days: t.input.days })));
    expect(inline.map((r) => r.seed)).toEqual([11, 12, 11, 12]);
    expect(runsHash(tasks, inline)).toBe(one.summary.hash);
  }, 120_000);

  it('an aborted sweep cancels its workers, and resuming it matches an uninterrupted sweep', async () => {
    const file = experimentFile({ base: 'seed-walkthrough', replications: 3, vary: [{ path: 'ownership', values: ['clean', 'erp-own-count'] }] });
    const whole = await runSweep(loadExperiment(file), { out: tempFolder(), workers: 2 });
    const out = tempFolder();
    const controller = new AbortController();
    const aborted = await runSweep(loadExperiment(file), {
      out,
      workers: 2,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 2) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(SweepInterrupted);
    const resumed = await runSweep(loadExperiment(file), { out, workers: 2, resume: true });
    expect(resumed.reused).toBe(2);
    expect(resumed.summary).toEqual(whole.summary);
  }, 120_000);

  it('workers load vendor routing policies from --policy-file', async () => {
    const folder = tempFolder();
    const policyFile = join(folder, 'vendor.mjs');
    // Allocates nothing, so every order the OMS routes is oversold.
    writeFileSync(
      policyFile,
      "export const omsRoutingPolicies = [{ name: 'vendor-ships-nothing', route: (request) => ({ units: request.warehouses.map(() => request.lines.map(() => 0)) }) }];\n",
    );
    const file = experimentFile({ base: 'seed-walkthrough', replications: 1, vary: [{ path: 'oms.routingPolicy', values: ['nearest', 'vendor-ships-nothing'] }], metrics: ['oversellRate', 'ordersAccepted'] });
    const outcome = await runSweep(loadExperiment(file), { out: tempFolder(), workers: 2, policyFiles: [policyFile] });
    const [nearest, vendor] = outcome.summary.points;
    expect(nearest!.metrics.ordersAccepted!.mean).toBe(1);
    expect(nearest!.metrics.oversellRate!.mean).toBe(0);
    expect(vendor!.metrics.oversellRate!.mean).toBe(1);
  }, 120_000);

  it('a run that fails in a worker is reported with its name and seed', async () => {
    const policyFile = join(tempFolder(), 'broken.mjs');
    writeFileSync(policyFile, "export default { kind: 'oms', name: 'vendor-broken', route: () => { throw new Error('vendor bug'); } };\n");
    const file = experimentFile({ base: 'seed-walkthrough', replications: 1, vary: [{ path: 'oms.routingPolicy', values: ['vendor-broken'] }] });
    const error = await runSweep(loadExperiment(file), { out: tempFolder(), workers: 1, policyFiles: [policyFile] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFailed);
    expect((error as Error).message).toMatch(/^run p0-r0 \(seed 11\) failed: .*vendor bug/);
  }, 120_000);
});
