// Processes: generator functions driven by the simulation (SimPy's model). A process yields a
// number (wait that many seconds, the allocation-free fast path) or an event (wait for it).
// Its return value makes the process itself an event others can wait for.
import { FIRE, RESUME } from './event-queue.js';
import { DEFUSED, FAILED, NORMAL, PENDING, PROCESSED, SimEvent, STATE_MASK, TRIGGERED, URGENT, checkDelay, extendsEvent, initEvent } from './event.js';
import type { Waiter } from './event.js';
import type { Simulation } from './simulation.js';

/** What a process may yield: seconds to wait, or an event to wait for. */
export type Yieldable = number | SimEvent<any>;
export type ProcessGenerator<R = void> = Generator<Yieldable, R, any>;

/** Thrown into a process by `interrupt()`; `cause` says why. */
export class Interrupt extends Error {
  constructor(override readonly cause: unknown) {
    super(`process interrupted${cause === undefined ? '' : `: ${String(cause)}`}`);
    this.name = 'Interrupt';
  }
}

const RUNNING = 0;
const WAITING_TIME = 1;
const WAITING_EVENT = 2;
const DONE = 3;

export interface Process<R = unknown> extends SimEvent<R> {}
/** A running generator; as an event it succeeds with the generator's return value. */
export class Process<R = unknown> implements Waiter {
  /**
   * @internal Seq of the queue entry that may resume this process; any other RESUME entry for it
   * is stale (an interrupt cut its wait short) and the simulation skips it.
   */
  declare _wakeSeq: number;
  declare readonly name: string;
  private declare readonly generator: ProcessGenerator<R>;
  private declare phase: number;
  private declare target: SimEvent<any> | null;
  private declare pendingInterrupt: Interrupt | null;

  constructor(sim: Simulation, generator: ProcessGenerator<R>, name = 'process') {
    initEvent(this, sim, PENDING, undefined);
    this.name = name;
    this.generator = generator;
    this.phase = WAITING_TIME;
    this.target = null;
    this.pendingInterrupt = null;
    this._wakeSeq = sim._queue.push(sim._now, URGENT, RESUME, this);
  }

  /** True until the generator returns or throws. */
  get isAlive(): boolean {
    return this.phase !== DONE;
  }

  /** Throws an Interrupt(cause) into the process at the current time; a dead process cannot be interrupted. */
  interrupt(cause?: unknown): void {
    if (this.phase === DONE) throw new Error(`cannot interrupt ${this.name}: it has terminated`);
    if (this.pendingInterrupt !== null) return;
    this.pendingInterrupt = new Interrupt(cause);
    if (this.phase === WAITING_EVENT) {
      this.target!._removeWaiter(this);
      this.target = null;
    }
    // A new wake-up seq makes a pending timed wake-up stale. A process interrupting itself keeps
    // running and receives the interrupt at its next wait.
    if (this.phase !== RUNNING) this.phase = WAITING_TIME;
    this._wakeSeq = this.sim._schedule(this.sim._now, URGENT, RESUME, this);
  }

  /** @internal Called by the simulation for a live RESUME entry: a start, a timed wake-up or an interrupt. */
  _wake(): void {
    const interrupt = this.pendingInterrupt;
    if (interrupt !== null) {
      this.pendingInterrupt = null;
      this.resume(interrupt, true);
    } else this.resume(undefined, false);
  }

  _onEvent(event: SimEvent<any>): void {
    this.target = null;
    this.resume(event._value, (event._flags & FAILED) !== 0);
  }

  private resume(input: unknown, isError: boolean): void {
    const sim = this.sim;
    const generator = this.generator;
    const previous = sim._activeProcess;
    sim._activeProcess = this;
    this.phase = RUNNING;
    let value = input;
    let error = isError;
    for (;;) {
      let step: IteratorResult<Yieldable, R>;
      try {
        step = error ? generator.throw(value) : generator.next(value);
      } catch (thrown) {
        sim._activeProcess = previous;
        this.finish(thrown, false);
        return;
      }
      if (step.done === true) {
        sim._activeProcess = previous;
        this.finish(step.value, true);
        return;
      }
      const yielded = step.value;
      if (typeof yielded === 'number') {
        if (yielded >= 0 && yielded < Infinity) {
          const wakeAt = sim._now + yielded;
          if (this.pendingInterrupt === null) {
            const queue = sim._queue;
            if (wakeAt < sim._horizon && queue.skipIfNext(wakeAt, NORMAL)) {
              // This wake-up would be the very next entry popped: process it here, skipping the queue.
              sim._now = wakeAt;
              sim._processedCount++;
              value = undefined;
              error = false;
              continue;
            }
            this._wakeSeq = queue.push(wakeAt, NORMAL, RESUME, this);
          }
          // (With an interrupt pending, the process interrupted itself and its entry is already queued.)
          sim._activeProcess = previous;
          this.phase = WAITING_TIME;
          return;
        }
        value = delayError(yielded, this);
        error = true;
        continue;
      }
      // Every SimEvent has numeric flags; reading them is cheaper than `instanceof` on this path.
      const flags: unknown = typeof yielded === 'object' && yielded !== null ? (yielded as SimEvent<any>)._flags : undefined;
      if (typeof flags !== 'number') {
        value = new TypeError(`${this.name} yielded ${String(yielded)}: yield a number of seconds or an event`);
        error = true;
        continue;
      }
      if ((flags & STATE_MASK) === PROCESSED) {
        // Already happened: continue synchronously with its outcome.
        error = (flags & FAILED) !== 0;
        if (error) yielded._flags = flags | DEFUSED;
        value = yielded._value;
        continue;
      }
      sim._activeProcess = previous;
      if (this.pendingInterrupt !== null) {
        this.phase = WAITING_TIME;
        return;
      }
      this.phase = WAITING_EVENT;
      this.target = yielded;
      yielded._addWaiter(this);
      return;
    }
  }

  private finish(result: unknown, ok: boolean): void {
    this.phase = DONE;
    this._wakeSeq = -1;
    this._value = result;
    if (this._waiters === null) {
      // Nobody waits yet: the outcome is available at once; an unobserved failure stops the run.
      this._flags = (this._flags & DEFUSED) | (ok ? PROCESSED : PROCESSED | FAILED);
      if (!ok) throw result;
    } else {
      this._flags = (this._flags & DEFUSED) | (ok ? TRIGGERED : TRIGGERED | FAILED);
      this.sim._schedule(this.sim._now, URGENT, FIRE, this);
    }
  }
}

extendsEvent(Process);

function delayError(delaySeconds: number, process: Process<any>): RangeError {
  try {
    checkDelay(delaySeconds);
  } catch (error) {
    return new RangeError(`${process.name}: ${(error as Error).message}`);
  }
  return new RangeError(`${process.name}: invalid delay ${delaySeconds}`);
}
