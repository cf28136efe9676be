// The swarm in CI: a few hundred seeds, each its own operation and fault mix, must pass the
// invariants and the auditor; and the auditor must catch what it claims to check.
import { describe, expect, it } from 'vitest';
import { auditRun, PostingTotals, runSwarm, swarmScenario } from '../../../scenarios/swarm/index.js';
import { runPipeline } from '../../../models/pipeline.js';
import { CallbackTrace } from '../../../sim/index.js';
import type { BatonTrace } from '../../../models/trace.js';
import { validateScenario } from '../../../scenarios/validate.js';

describe('baton swarm', () => {
  it('200 seeds of 2 days pass the invariants and the auditor', () => {
    expect(runSwarm(1, 200, 2)).toEqual([]);
  }, 300_000);

  it('a seed always draws the same scenario, and seeds draw different mixes', () => {
    expect(swarmScenario(17, 2)).toEqual(swarmScenario(17, 2));
    const modes = new Set(Array.from({ length: 30 }, (_, i) => JSON.stringify([swarmScenario(i, 2).ownership, swarmScenario(i, 2).oms.routingPolicy])));
    expect(modes.size).toBeGreaterThan(5);
  });

  it('the auditor catches a unit lost, a COGS that does not match its postings, and an order in no state', () => {
    const config = validateScenario(swarmScenario(4, 2), 'swarm seed 4');
    const postings = new PostingTotals();
    const { metrics, agents } = runPipeline(config, { tracer: new CallbackTrace<BatonTrace>((r) => postings.add(r)) });
    const states = agents.oms!.orderStates();
    expect(auditRun(metrics, postings, states)).toEqual([]);
    expect(metrics.cogs).toBeGreaterThan(0);
    expect(auditRun({ ...metrics, closingUnits: metrics.closingUnits! - 1 }, postings, states)[0]).toMatch(/^units: /);
    expect(auditRun({ ...metrics, closingRecordUnits: metrics.closingRecordUnits! + 2 }, postings, states)[0]).toMatch(/^record units: /);
    expect(auditRun({ ...metrics, cogs: metrics.cogs! + 1 }, postings, states)[0]).toMatch(/^COGS from the postings/);
    expect(auditRun(metrics, postings, { ...states, open: states.open + 1 })[0]).toMatch(/^orders: /);
  });

  it('draws customer cancellations and returns for half the seeds, and the auditor holds refunds to their postings', () => {
    const seeds = Array.from({ length: 40 }, (_, i) => i + 1).filter((seed) => swarmScenario(seed, 2).scripted !== undefined);
    expect(seeds.length).toBeGreaterThan(10);
    const seed = seeds.find((s) => {
      const config = validateScenario(swarmScenario(s, 2), `swarm seed ${s}`);
      return config.ownership.oms && runPipeline(config).metrics.refunds! > 0;
    })!;
    const postings = new PostingTotals();
    const { metrics, agents } = runPipeline(validateScenario(swarmScenario(seed, 2), 'swarm'), { tracer: new CallbackTrace<BatonTrace>((r) => postings.add(r)) });
    const states = agents.oms!.orderStates();
    expect(metrics.unitsReturned).toBeGreaterThan(0);
    expect(metrics.cancelRequests).toBeGreaterThan(0);
    expect(auditRun(metrics, postings, states)).toEqual([]);
    expect(auditRun({ ...metrics, refunds: metrics.refunds! - 1 }, postings, states)[0]).toMatch(/^refunds from the postings/);
    expect(auditRun({ ...metrics, unitsReturned: metrics.unitsReturned! - 1 }, postings, states)[0]).toMatch(/^units: /);
  });
});
