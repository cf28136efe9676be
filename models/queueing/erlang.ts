// Closed-form results for M/M/c queues (Erlang C): the yardstick the kernel is validated against.

/** Probability that an arrival waits in an M/M/c queue with offered load a = lambda/mu (requires a < c). */
export function erlangC(servers: number, arrivalRate: number, serviceRate: number): number {
  const a = arrivalRate / serviceRate;
  const rho = a / servers;
  if (!(rho < 1)) throw new RangeError(`erlangC: unstable queue, utilisation ${rho} >= 1`);
  // Erlang B by its stable recurrence, then C from B.
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (a * b) / (k + a * b);
  return b / (1 - rho + rho * b);
}

/** Mean wait in queue Wq of an M/M/c queue. */
export function mmcWaitInQueue(servers: number, arrivalRate: number, serviceRate: number): number {
  return erlangC(servers, arrivalRate, serviceRate) / (servers * serviceRate - arrivalRate);
}
