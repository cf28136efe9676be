// M/D/1 (Poisson arrivals, constant service 1/mu) against the Pollaczek-Khinchine mean wait
// rho / (2 mu (1 - rho)). Same method as queueing.test.ts: 20 replications from one root seed,
// warm-up discarded, Student-t interval at validationLevel, bias allowance 1% of the analytic
// value for what remains of the empty-start bias.
import { describe, expect, it } from 'vitest';
import type { ConfidenceInterval } from '../../../sim/stats/index.js';
import { md1WaitSeconds, mmcWaitSeconds } from '../../support/queueing.js';
import { runStation } from '../../support/queue-models.js';
import { coversWithin, describeInterval, replicate, validationLevel } from '../../support/replications.js';

const defaults = {
  replications: 20,
  biasAllowanceFraction: 0.01,
  serviceRate: 1,
  lightLoad: { warmupCustomers: 1_000, customers: 10_000 },
  heavyLoad: { warmupCustomers: 2_000, customers: 20_000 },
  heavyUtilization: 0.75,
};

const intervals = new Map<number, ConfidenceInterval>();

// Simulates M/D/1 at the utilization (once) and returns the interval of the mean wait in queue.
function simulateWait(utilization: number): ConfidenceInterval {
  let ci = intervals.get(utilization);
  if (ci === undefined) {
    ci = simulateWaitOnce(utilization);
    intervals.set(utilization, ci);
  }
  return ci;
}

function simulateWaitOnce(utilization: number): ConfidenceInterval {
  const size = utilization > defaults.heavyUtilization ? defaults.heavyLoad : defaults.lightLoad;
  const serviceSeconds = 1 / defaults.serviceRate;
  return replicate(defaults.replications, `validation/md1/${utilization}`, validationLevel, (rep) =>
    runStation({
      servers: 1,
      arrivalRate: utilization * defaults.serviceRate,
      serviceSeconds: () => serviceSeconds,
      arrivals: rep.stream('arrivals'),
      ...size,
    }).waitMeanSeconds,
  );
}

describe('M/D/1 against Pollaczek-Khinchine', () => {
  it.each([0.5, 0.8])('mean wait in queue at utilization %s', (utilization) => {
    const ci = simulateWait(utilization);
    const exact = md1WaitSeconds(utilization * defaults.serviceRate, defaults.serviceRate);
    const allowance = defaults.biasAllowanceFraction * exact;
    expect(coversWithin(ci, exact, allowance), `analytic ${exact.toFixed(4)} outside ${describeInterval(ci)}`).toBe(true);
  });

  it('tells constant service from exponential: the M/M/1 wait (twice as long) is excluded', () => {
    const ci = simulateWait(0.5);
    const exponentialWait = mmcWaitSeconds(1, 0.5 * defaults.serviceRate, defaults.serviceRate);
    expect(coversWithin(ci, exponentialWait, defaults.biasAllowanceFraction * exponentialWait), describeInterval(ci)).toBe(false);
  });
});
