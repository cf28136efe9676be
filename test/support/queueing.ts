// Analytic results for textbook queues, used as independent expectations by the validation tests
// and the kernel benchmark. Rates are per second, times in seconds.

/** Erlang B blocking probability for c servers at offered load a = lambda / mu (stable recursion). */
export function erlangB(servers: number, offeredLoad: number): number {
  requireServers(servers);
  if (!(offeredLoad >= 0 && offeredLoad < Infinity)) throw new RangeError(`erlangB: offeredLoad must be finite and >= 0, got ${offeredLoad}`);
  let blocking = 1;
  for (let k = 1; k <= servers; k++) blocking = (offeredLoad * blocking) / (k + offeredLoad * blocking);
  return blocking;
}

/** Erlang C: probability that an arrival to a stable M/M/c queue has to wait. */
export function erlangC(servers: number, arrivalRate: number, serviceRate: number): number {
  const offeredLoad = requireStable(servers, arrivalRate, serviceRate);
  const blocking = erlangB(servers, offeredLoad);
  return (servers * blocking) / (servers - offeredLoad * (1 - blocking));
}

/** Mean wait in queue (before service) of a stable M/M/c queue. */
export function mmcWaitSeconds(servers: number, arrivalRate: number, serviceRate: number): number {
  return erlangC(servers, arrivalRate, serviceRate) / (servers * serviceRate - arrivalRate);
}

/** Mean time in system (wait plus service) of a stable M/M/c queue. */
export function mmcSojournSeconds(servers: number, arrivalRate: number, serviceRate: number): number {
  return mmcWaitSeconds(servers, arrivalRate, serviceRate) + 1 / serviceRate;
}

/** Mean time in system of a stable M/M/1 queue: 1 / (mu - lambda). */
export function mm1SojournSeconds(arrivalRate: number, serviceRate: number): number {
  requireStable(1, arrivalRate, serviceRate);
  return 1 / (serviceRate - arrivalRate);
}

/**
 * Pollaczek-Khinchine mean wait in queue of a stable M/G/1 queue:
 * lambda E[S^2] / (2 (1 - rho)), from the first two moments of the service time.
 */
export function mg1WaitSeconds(arrivalRate: number, serviceMeanSeconds: number, serviceSecondMoment: number): number {
  if (!(serviceMeanSeconds > 0 && serviceMeanSeconds < Infinity)) {
    throw new RangeError(`mg1WaitSeconds: serviceMeanSeconds must be finite and > 0, got ${serviceMeanSeconds}`);
  }
  if (!(serviceSecondMoment >= serviceMeanSeconds * serviceMeanSeconds && serviceSecondMoment < Infinity)) {
    throw new RangeError(`mg1WaitSeconds: serviceSecondMoment must be finite and >= mean^2, got ${serviceSecondMoment}`);
  }
  const utilization = requireStable(1, arrivalRate, 1 / serviceMeanSeconds);
  return (arrivalRate * serviceSecondMoment) / (2 * (1 - utilization));
}

/** M/D/1 mean wait in queue (deterministic service 1 / mu): rho / (2 mu (1 - rho)). */
export function md1WaitSeconds(arrivalRate: number, serviceRate: number): number {
  const serviceSeconds = 1 / serviceRate;
  return mg1WaitSeconds(arrivalRate, serviceSeconds, serviceSeconds * serviceSeconds);
}

function requireServers(servers: number): void {
  if (!(Number.isInteger(servers) && servers >= 1)) throw new RangeError(`servers must be an integer >= 1, got ${servers}`);
}

// Returns the offered load lambda / mu after checking rates and stability (lambda < c mu).
function requireStable(servers: number, arrivalRate: number, serviceRate: number): number {
  requireServers(servers);
  if (!(arrivalRate > 0 && arrivalRate < Infinity)) throw new RangeError(`arrivalRate must be finite and > 0, got ${arrivalRate}`);
  if (!(serviceRate > 0 && serviceRate < Infinity)) throw new RangeError(`serviceRate must be finite and > 0, got ${serviceRate}`);
  const offeredLoad = arrivalRate / serviceRate;
  if (!(offeredLoad < servers)) {
    throw new RangeError(`queue is unstable: arrivalRate ${arrivalRate} >= servers ${servers} x serviceRate ${serviceRate}`);
  }
  return offeredLoad;
}
