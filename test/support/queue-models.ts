// Queueing models built on the kernel (one process per customer, servers as a `Resource`), for
// checking simulated results against analytic ones. Each run starts empty and idle, discards a
// warm-up, and reports plain means so that replications can be combined into a confidence interval.
import { Resource, Simulation } from '../../sim/index.js';
import type { RandomStream } from '../../sim/random.js';
import { Tally, TimeWeighted } from '../../sim/stats/index.js';

/** A multi-server FIFO queue fed by Poisson arrivals. */
export interface StationRun {
  servers: number;
  arrivalRate: number;
  /** Draws one service time in seconds. */
  serviceSeconds: () => number;
  arrivals: RandomStream;
  /** Customers whose statistics are discarded (the system starts empty). */
  warmupCustomers: number;
  /** Customers measured after the warm-up. */
  customers: number;
}

export interface StationResult {
  /** Mean wait before service of the measured customers, seconds. */
  waitMeanSeconds: number;
  /** Mean time in system (wait plus service) of the measured customers, seconds. */
  sojournMeanSeconds: number;
}

/**
 * Simulates one station. Arrivals stop after the last measured customer: in a FIFO queue a
 * customer's wait depends only on those who came before, so the measured waits are unaffected.
 */
export function runStation(run: StationRun): StationResult {
  const sim = new Simulation();
  const servers = new Resource(sim, run.servers, 'servers');
  const waits = new Tally();
  const sojourns = new Tally();
  const firstMeasured = run.warmupCustomers;
  const total = run.warmupCustomers + run.customers;

  function* customer(index: number) {
    const arrivedAt = sim.now;
    const request = servers.request();
    yield request;
    const waited = sim.now - arrivedAt;
    yield run.serviceSeconds();
    servers.release(request);
    if (index >= firstMeasured) {
      waits.add(waited);
      sojourns.add(sim.now - arrivedAt);
    }
  }

  function* source() {
    for (let i = 0; i < total; i++) {
      sim.process(customer(i));
      yield run.arrivals.exponential(run.arrivalRate);
    }
  }

  sim.process(source());
  sim.run();
  return { waitMeanSeconds: waits.mean, sojournMeanSeconds: sojourns.mean };
}

/** Two single-server FIFO stations in series with exponential service (a Jackson tandem). */
export interface TandemRun {
  arrivalRate: number;
  serviceRates: readonly [number, number];
  arrivals: RandomStream;
  services: readonly [RandomStream, RandomStream];
  warmupSeconds: number;
  /** Length of the observation window that follows the warm-up. */
  windowSeconds: number;
}

export interface TandemResult {
  /** Time-average number in the network over the window. */
  inSystemMean: number;
  /** Arrivals in the window divided by its length. */
  arrivalRateObserved: number;
  /** Mean time in the network of the customers who arrived in the window. */
  sojournMeanSeconds: number;
}

/**
 * Simulates the tandem over [warmup, warmup + window]: L is the time-average of the number in the
 * network over the window; W is measured on the customers who arrived in the window, each
 * followed to its departure (later arrivals cannot delay them in FIFO stations).
 */
export function runTandem(run: TandemRun): TandemResult {
  const sim = new Simulation();
  const stations = [new Resource(sim, 1, 'first'), new Resource(sim, 1, 'second')] as const;
  const windowStart = run.warmupSeconds;
  const windowEnd = run.warmupSeconds + run.windowSeconds;
  let inSystem = 0;
  let inSystemAverage: TimeWeighted | null = null;
  const sojourns = new Tally();

  const change = (delta: number) => {
    inSystem += delta;
    if (inSystemAverage !== null) inSystemAverage.update(inSystem, sim.now);
  };

  function* customer(measured: boolean) {
    const arrivedAt = sim.now;
    change(+1);
    for (let s = 0; s < 2; s++) {
      const request = stations[s]!.request();
      yield request;
      yield run.services[s]!.exponential(run.serviceRates[s]!);
      stations[s]!.release(request);
    }
    change(-1);
    if (measured) sojourns.add(sim.now - arrivedAt);
  }

  function* source() {
    for (;;) {
      const measured = sim.now >= windowStart;
      sim.process(customer(measured));
      const gap = run.arrivals.exponential(run.arrivalRate);
      if (sim.now + gap >= windowEnd) return;
      yield gap;
    }
  }

  sim.process(source());
  sim.run({ until: windowStart });
  inSystemAverage = new TimeWeighted({ initialValue: inSystem, startTime: windowStart });
  sim.run({ until: windowEnd });
  const inSystemMean = inSystemAverage.mean(windowEnd);
  inSystemAverage = null;
  sim.run();
  return {
    inSystemMean,
    arrivalRateObserved: sojourns.count / run.windowSeconds,
    sojournMeanSeconds: sojourns.mean,
  };
}
