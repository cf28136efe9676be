// Little's law L = lambda W on two single-server exponential stations in tandem (a Jackson
// network, so the analytic L is lambda (1 / (mu1 - lambda) + 1 / (mu2 - lambda))). Per replication,
// L is the time-average number in the network over a window after the warm-up and W the mean
// time in the network of the customers who arrived in that window. Intervals as in
// queueing.test.ts (20 replications, validationLevel). Allowances: 1% of L against the analytic
// value, for what the warm-up leaves of the empty-start bias; 0.2% of L for L - lambda W, whose
// expectation in steady state is zero (the work carried into the window at its start and out past
// its end cancel), so only the small non-stationarity at the window's start can bias it.
import { beforeAll, describe, expect, it } from 'vitest';
import { meanConfidenceInterval, type ConfidenceInterval } from '../../../sim/stats/index.js';
import { runTandem, type TandemResult } from '../../support/queue-models.js';
import { coversWithin, describeInterval, replicate, validationLevel } from '../../support/replications.js';

const defaults = {
  replications: 20,
  biasAllowanceFraction: 0.01,
  littleGapAllowanceFraction: 0.002,
  arrivalRate: 0.6,
  serviceRates: [1, 0.9] as const,
  warmupSeconds: 2_000,
  windowSeconds: 16_000,
};

const analyticInSystem =
  defaults.arrivalRate * (1 / (defaults.serviceRates[0] - defaults.arrivalRate) + 1 / (defaults.serviceRates[1] - defaults.arrivalRate));

describe("Little's law on a two-station tandem", () => {
  const results: TandemResult[] = [];
  let inSystem: ConfidenceInterval;
  const allowance = defaults.biasAllowanceFraction * analyticInSystem;

  beforeAll(() => {
    inSystem = replicate(defaults.replications, 'validation/tandem', validationLevel, (rep) => {
      const result = runTandem({
        arrivalRate: defaults.arrivalRate,
        serviceRates: defaults.serviceRates,
        arrivals: rep.stream('arrivals'),
        services: [rep.stream('service-1'), rep.stream('service-2')],
        warmupSeconds: defaults.warmupSeconds,
        windowSeconds: defaults.windowSeconds,
      });
      results.push(result);
      return result.inSystemMean;
    });
  });

  it('the time-average number in system matches the Jackson network value', () => {
    expect(coversWithin(inSystem, analyticInSystem, allowance), `L = ${analyticInSystem} outside ${describeInterval(inSystem)}`).toBe(true);
  });

  it('L - lambda W over the same window is zero', () => {
    const gaps = results.map((r) => r.inSystemMean - r.arrivalRateObserved * r.sojournMeanSeconds);
    const ci = meanConfidenceInterval(gaps, validationLevel);
    expect(coversWithin(ci, 0, defaults.littleGapAllowanceFraction * analyticInSystem), describeInterval(ci)).toBe(true);
  });

  it('a wrong L (20% high) is excluded', () => {
    const wrong = 1.2 * analyticInSystem;
    expect(coversWithin(inSystem, wrong, allowance), describeInterval(inSystem)).toBe(false);
  });
});
