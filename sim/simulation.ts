// The simulation: one clock and one event queue (which issues the sequence numbers). Nothing here
// knows about warehouses; models build on events, processes and resources.
import { CALL, EventQueue, FIRE, RESUME } from './event-queue.js';
import { Condition, SimEvent, Timeout, checkDelay, fireEvent } from './event.js';
import { Process, type ProcessGenerator } from './process.js';
import type { TraceSink } from './trace.js';

export interface RunOptions {
  /** Stop before processing anything at or after this time (seconds), or once this event is processed. */
  until?: number | SimEvent<any>;
}

/** A discrete-event simulation: schedule work, then `run`. */
export class Simulation {
  /** @internal */ _queue = new EventQueue();
  /** @internal */ _activeProcess: Process<any> | null = null;
  /** @internal The clock; read it through `now`. Initialised to a number so V8 keeps it an unboxed double field. */ _now = 0;
  /** @internal Queue entries processed so far (read it through `eventsProcessed`). */ _processedCount = 0;
  /**
   * @internal Processes may skip the queue for a timed wait that would be the very next entry
   * popped, but only for wake-ups before this time: `run` sets it to its stopping time, and to
   * -Infinity (no skipping) when it must stop after a given entry (`step`, `run({ until: event })`).
   */
  _horizon = -Infinity;
  /** Optional typed trace; null (the default) costs one comparison at each emit site. */
  tracer: TraceSink<any> | null = null;

  constructor(options: { startSeconds?: number; tracer?: TraceSink<any> | null } = {}) {
    this._now = options.startSeconds ?? 0;
    this.tracer = options.tracer ?? null;
  }

  /** Current simulated time in seconds. */
  get now(): number {
    return this._now;
  }

  /** Number of queue items processed so far. */
  get eventsProcessed(): number {
    return this._processedCount;
  }

  /** The process being resumed right now, or null in handler code. */
  get activeProcess(): Process<any> | null {
    return this._activeProcess;
  }

  /** Time of the next queued item, or Infinity. */
  peek(): number {
    this.dropStaleHead();
    return this._queue.peekTime();
  }

  /** @internal Queues an entry at an absolute time (>= now); returns its seq. */
  _schedule(time: number, priority: number, kind: number, item: unknown): number {
    if (!(time >= this._now)) {
      throw new RangeError(`cannot schedule at time ${time}: the clock is at ${this._now} (no scheduling in the past or at NaN)`);
    }
    return this._queue.push(time, priority, kind, item);
  }

  /** @internal Issues a seq for an entry queued later with `_scheduleReserved` (see EventQueue.reserveSeq). */
  _reserveSeq(): number {
    return this._queue.reserveSeq();
  }

  /** @internal Queues an entry at an absolute time (>= now) under a seq from `_reserveSeq`. */
  _scheduleReserved(time: number, priority: number, seq: number, kind: number, item: unknown): void {
    if (!(time >= this._now)) {
      throw new RangeError(`cannot schedule at time ${time}: the clock is at ${this._now} (no scheduling in the past or at NaN)`);
    }
    this._queue.pushReserved(time, priority, seq, kind, item);
  }

  /** Processes the next queued item; throws when the queue is empty. */
  step(): void {
    this._horizon = -Infinity;
    if (!this.processNext()) throw new Error('step() on an empty event queue');
  }

  /** Runs until the queue empties, `until` time is reached (the clock then reads `until`), or `until` event is processed. */
  run(options: RunOptions = {}): void {
    const until = options.until;
    const queue = this._queue;
    if (until === undefined) {
      this._horizon = Infinity;
      // The hot loop: `dispatch` written out in place (measurably faster than the call).
      for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
        const kind = queue.poppedKind;
        if (kind === RESUME) {
          const process = item as Process<any>;
          if (process._wakeSeq !== queue.poppedSeq) continue;
          this._now = queue.poppedTime;
          this._processedCount++;
          process._wake();
        } else {
          this._now = queue.poppedTime;
          this._processedCount++;
          if (kind === FIRE) fireEvent(item as SimEvent<any>);
          else (item as () => void)();
        }
      }
      return;
    }
    if (typeof until === 'number') {
      if (!(until >= this._now)) throw new RangeError(`run until ${until}: must be a time >= now (${this._now})`);
      this._horizon = until;
      while (queue.peekTime() < until) this.dispatch(queue.pop());
      this._now = until;
      return;
    }
    this._horizon = -Infinity;
    while (!until.processed) {
      if (!this.processNext()) throw new Error('run(until: event): the queue emptied before the event was processed');
    }
  }

  // Pops entries until one is processed; false when the queue ran out first.
  private processNext(): boolean {
    const queue = this._queue;
    for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
      if (this.dispatch(item)) return true;
    }
    return false;
  }

  // Processes one popped entry; false (and nothing happens) for a stale process wake-up.
  private dispatch(item: unknown): boolean {
    const queue = this._queue;
    const kind = queue.poppedKind;
    if (kind === RESUME) {
      const process = item as Process<any>;
      if (process._wakeSeq !== queue.poppedSeq) return false;
      this._now = queue.poppedTime;
      this._processedCount++;
      process._wake();
    } else {
      this._now = queue.poppedTime;
      this._processedCount++;
      if (kind === FIRE) fireEvent(item as SimEvent<any>);
      else (item as () => void)();
    }
    return true;
  }

  // Interrupted processes leave stale wake-ups in the queue; drop them from the head so peek is exact.
  private dropStaleHead(): void {
    const queue = this._queue;
    while (queue.size > 0 && queue.peekKind() === RESUME && (queue.peekItem() as Process<any>)._wakeSeq !== queue.peekSeq()) {
      queue.pop();
    }
  }

  /** Starts a process from a generator; it runs first at the current time. */
  process<R>(generator: ProcessGenerator<R>, name?: string): Process<R> {
    return new Process(this, generator, name);
  }

  /** An event that succeeds after `delaySeconds` with `value`. */
  timeout<T = undefined>(delaySeconds: number, value?: T): Timeout<T> {
    return new Timeout(this, delaySeconds, value);
  }

  /** A pending event to be triggered by hand with succeed/fail. */
  event<T = unknown>(): SimEvent<T> {
    return new SimEvent<T>(this);
  }

  /** An event that succeeds with all values once every event has succeeded. */
  allOf(events: SimEvent<any>[]): SimEvent<unknown[]> {
    return new Condition<unknown[]>(this, events, 'all');
  }

  /** An event that succeeds with { index, value } of the first event to succeed. */
  anyOf(events: SimEvent<any>[]): SimEvent<{ index: number; value: unknown }> {
    return new Condition<{ index: number; value: unknown }>(this, events, 'any');
  }

  /** Calls `fn` after `delaySeconds` (handler-style agents); priority orders same-time calls. */
  schedule(delaySeconds: number, fn: () => void, priority = 1): void {
    this._schedule(this._now + checkDelay(delaySeconds), priority, CALL, fn);
  }

  /** Calls `fn` at absolute time `timeSeconds` (>= now). */
  scheduleAt(timeSeconds: number, fn: () => void, priority = 1): void {
    this._schedule(timeSeconds, priority, CALL, fn);
  }
}
