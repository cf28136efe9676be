// A time limit on a promise: a run on a worker thread that does not answer in time (a vendor policy that
// never returns) is abandoned here and its thread terminated by the caller.

/** Thrown when a run took longer than its limit: exit code 1, with the command that reproduces it. */
export class RunTimedOut extends Error {
  constructor(readonly seconds: number) {
    super(`ran longer than the ${seconds} s timeout (a policy that never returns?); raise it with --timeout`);
    this.name = 'RunTimedOut';
  }
}

/** The promise's value, or a RunTimedOut rejection once `seconds` have passed (no limit when undefined). */
export function withTimeout<T>(running: Promise<T>, seconds: number | undefined): Promise<T> {
  if (seconds === undefined || !Number.isFinite(seconds)) return running;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RunTimedOut(seconds)), seconds * 1000);
  });
  // The abandoned run rejects when its thread is terminated; nobody waits for it any more.
  running.catch(() => {});
  return Promise.race([running, timeout]).finally(() => clearTimeout(timer));
}
