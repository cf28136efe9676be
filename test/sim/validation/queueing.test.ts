// M/M/1 and M/M/c simulated with one process per customer on a `Resource`, checked against the
// analytic means. Each check: 20 replications (streams rep-i of one root seed) that start empty,
// discard a warm-up of at least 20 relaxation times and measure the next customers; a Student-t
// interval of the replication means must cover the analytic value up to a bias allowance of 1% of
// it. The allowance covers what is left of the empty-start bias (early customers wait less)
// after the warm-up, well under 1% here. Interval level: see validationLevel (family-wise 95%).
import { describe, expect, it } from 'vitest';
import type { ConfidenceInterval } from '../../../sim/stats/index.js';
import { mm1SojournSeconds, mmcWaitSeconds } from '../../support/queueing.js';
import { runStation } from '../../support/queue-models.js';
import { coversWithin, describeInterval, replicate, validationLevel } from '../../support/replications.js';

const defaults = {
  replications: 20,
  biasAllowanceFraction: 0.01,
  // Customers per replication by utilization: heavier traffic has longer relaxation and
  // more variable means, so it gets a longer warm-up and run.
  lightLoad: { warmupCustomers: 1_000, customers: 10_000 },
  heavyLoad: { warmupCustomers: 2_000, customers: 20_000 },
  heavyUtilization: 0.75,
  // Multi-server waits vary more relative to their mean: more customers, so that the power check
  // below (a 10% bias must fall outside the interval) holds.
  multiServerFactor: 4,
  biasToDetect: 0.1,
};

interface QueueCase {
  servers: number;
  utilization: number;
  measure: 'wait' | 'sojourn';
}

const intervals = new Map<string, ConfidenceInterval>();

// Simulates the case (service rate 1) and returns the interval of the chosen mean (once per case).
function simulate(queueCase: QueueCase): ConfidenceInterval {
  const key = JSON.stringify(queueCase);
  let ci = intervals.get(key);
  if (ci === undefined) {
    ci = simulateOnce(queueCase);
    intervals.set(key, ci);
  }
  return ci;
}

function simulateOnce({ servers, utilization, measure }: QueueCase): ConfidenceInterval {
  const arrivalRate = utilization * servers;
  const base = utilization > defaults.heavyUtilization ? defaults.heavyLoad : defaults.lightLoad;
  const factor = servers > 1 ? defaults.multiServerFactor : 1;
  const size = { warmupCustomers: base.warmupCustomers, customers: base.customers * factor };
  return replicate(defaults.replications, `validation/mmc/${servers}/${utilization}`, validationLevel, (rep) => {
    const service = rep.stream('service');
    const result = runStation({
      servers,
      arrivalRate,
      serviceSeconds: () => service.exponential(1),
      arrivals: rep.stream('arrivals'),
      ...size,
    });
    return measure === 'wait' ? result.waitMeanSeconds : result.sojournMeanSeconds;
  });
}

function expectCovers(ci: ConfidenceInterval, exact: number): void {
  const allowance = defaults.biasAllowanceFraction * exact;
  expect(coversWithin(ci, exact, allowance), `analytic ${exact.toFixed(4)} outside ${describeInterval(ci)} (+- ${allowance.toFixed(4)})`).toBe(true);
}

describe('M/M/1 against W = 1 / (mu - lambda)', () => {
  it.each([0.5, 0.8])('mean time in system at utilization %s', (utilization) => {
    expectCovers(simulate({ servers: 1, utilization, measure: 'sojourn' }), mm1SojournSeconds(utilization, 1));
  });

  it('excludes a value 20% off the analytic one (the check can fail)', () => {
    const ci = simulate({ servers: 1, utilization: 0.8, measure: 'sojourn' });
    const wrong = 1.2 * mm1SojournSeconds(0.8, 1);
    expect(coversWithin(ci, wrong, defaults.biasAllowanceFraction * wrong), `${wrong} inside ${describeInterval(ci)}`).toBe(false);
  });
});

describe('M/M/c against Erlang C', () => {
  it.each([
    [1, 0.7],
    [2, 0.5],
    [2, 0.8],
    [4, 0.6],
    [4, 0.8],
    [8, 0.7],
  ])('mean wait in queue with %i servers at utilization %s', (servers, utilization) => {
    expectCovers(simulate({ servers, utilization, measure: 'wait' }), mmcWaitSeconds(servers, utilization * servers, 1));
  });

  it.each([
    [2, 0.5],
    [2, 0.8],
    [4, 0.6],
    [4, 0.8],
    [8, 0.7],
  ])('power: with %i servers at utilization %s, a wait 10%% above or below Erlang C falls outside the interval', (servers, utilization) => {
    const ci = simulate({ servers, utilization, measure: 'wait' });
    const exact = mmcWaitSeconds(servers, utilization * servers, 1);
    for (const wrong of [(1 + defaults.biasToDetect) * exact, (1 - defaults.biasToDetect) * exact]) {
      expect(coversWithin(ci, wrong, defaults.biasAllowanceFraction * wrong), `${wrong.toFixed(4)} inside ${describeInterval(ci)}`).toBe(false);
    }
  });
});
