// Where a distributed sweep's queue lives: a `redis://HOST:PORT[/DB]` URL, checked before anything
// connects, and the connection options BullMQ needs (no per-request retry limit, so a Redis restart
// is waited out instead of failing every command).
import { InputError } from '../../errors.js';

/** The start of every queue's name: each engine build has its own (engine.ts); in one, tasks are keyed by their content, so sweeps never collide. */
export const queueName = 'baton-runs';

/** Connection options for BullMQ's Queue, Worker and QueueEvents. */
export interface QueueConnection {
  url: string;
  maxRetriesPerRequest: null;
  /** Reconnect after a dropped connection, backing off to at most 2 s. */
  retryStrategy: (times: number) => number;
}

/** Validates a queue URL (`--queue`) and returns connection options; an InputError names the value. */
export function queueConnection(url: string, option = '--queue'): QueueConnection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw InputError.of({ path: option, value: url, message: 'not a URL; expected redis://HOST:PORT' });
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw InputError.of({ path: option, value: url, message: 'expected a redis:// or rediss:// URL' });
  }
  if (parsed.hostname === '') throw InputError.of({ path: option, value: url, message: 'the URL names no host' });
  if (parsed.port !== '' && !(Number(parsed.port) >= 1 && Number(parsed.port) <= 65535)) {
    throw InputError.of({ path: option, value: url, message: 'the port must be 1-65535' });
  }
  return { url, maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(50 * times, 2000) };
}
