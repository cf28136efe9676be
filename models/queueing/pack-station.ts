// The smallest Baton model: orders arrive at a pack station with `packers` identical packers
// (M/M/c). Used by `baton demo` and as a worked example of a process-based model.
import { Resource, Simulation, type ProcessGenerator, RandomStreams } from '../../sim/index.js';
import { Tally, TimeWeighted } from '../../sim/stats/index.js';
import { mmcWaitInQueue } from './erlang.js';

export interface PackStationOptions {
  packers: number;
  ordersPerHour: number;
  packsPerHourPerPacker: number;
  orders: number;
  seed: number;
}

const packStationDefaults: PackStationOptions = { packers: 4, ordersPerHour: 180, packsPerHourPerPacker: 50, orders: 100_000, seed: 1 };

export interface PackStationResult {
  orders: number;
  meanWaitSeconds: number;
  erlangWaitSeconds: number;
  meanInQueue: number;
  utilization: number;
  simulatedHours: number;
  events: number;
}

/** Runs the M/M/c pack station and returns measured and analytic waits. */
export function runPackStation(options: Partial<PackStationOptions> = {}): PackStationResult {
  const o = { ...packStationDefaults, ...options };
  const sim = new Simulation();
  const rng = new RandomStreams(o.seed);
  const arrivals = rng.stream('pack.arrivals');
  const service = rng.stream('pack.service');
  const packers = new Resource(sim, o.packers, 'packers');
  const lambda = o.ordersPerHour / 3600;
  const mu = o.packsPerHourPerPacker / 3600;
  const wait = new Tally();
  const queue = new TimeWeighted();
  let busySeconds = 0;

  function* order(): ProcessGenerator {
    const arrivedAt = sim.now;
    const req = packers.request();
    queue.update(packers.queueLength, sim.now);
    yield req;
    queue.update(packers.queueLength, sim.now);
    wait.add(sim.now - arrivedAt);
    const packSeconds = service.exponential(mu);
    busySeconds += packSeconds;
    yield packSeconds;
    packers.release(req);
    queue.update(packers.queueLength, sim.now);
  }
  function* source(): ProcessGenerator {
    for (let i = 0; i < o.orders; i++) {
      sim.process(order());
      yield arrivals.exponential(lambda);
    }
  }
  sim.process(source());
  sim.run();
  return {
    orders: o.orders,
    meanWaitSeconds: wait.mean,
    erlangWaitSeconds: mmcWaitInQueue(o.packers, lambda, mu),
    meanInQueue: queue.mean(sim.now),
    utilization: busySeconds / (o.packers * sim.now),
    simulatedHours: sim.now / 3600,
    events: sim.eventsProcessed,
  };
}
