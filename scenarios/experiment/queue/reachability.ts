// Telling the user when Redis stops answering and when it answers again. The queue's clients retry
// forever on their own (a Redis restart is waited out), which without a word looks like a hang: a
// coordinator or worker started before Redis, or pointed at the wrong port, would sit silent.
import type { EventEmitter } from 'node:events';

/** Writes one line for the user (stderr in the CLI). */
export type ReachabilityReport = (line: string) => void;

/** The queue URL as shown to the user: a password in it is masked. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password === '') return url;
    parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/**
 * Reports once per outage that Redis at `url` does not answer (the first error of `probe` or any of
 * `clients`) and, when `probe` (a plain client) is ready after one, that it answers; errors go nowhere else.
 */
export function watchReachability(url: string, probe: EventEmitter, clients: readonly EventEmitter[], report: ReachabilityReport): void {
  const where = shownUrl(url);
  let down = false;
  let answered = false;
  const onError = (error: unknown): void => {
    if (down) return;
    down = true;
    const reason = error instanceof Error ? error.message : String(error);
    report(`baton: Redis at ${where} does not answer (${reason}); retrying until it does (Ctrl-C stops)`);
  };
  for (const client of [probe, ...clients]) client.on('error', onError);
  probe.on('ready', () => {
    if (down) report(`baton: Redis at ${where} answers${answered ? ' again' : ''}`);
    down = false;
    answered = true;
  });
}
