// Events: the one primitive everything else (timeouts, processes, resources, messages) is built on.
// An event is pending, then triggered (scheduled with its value), then processed (its waiters ran).
import { FIRE, Scheduled } from './event-queue.js';
import type { Simulation } from './simulation.js';

// `_flags` packs the state (low two bits) with the failed and defused bits, so an event carries
// three fields of its own besides `sim`: flags, value (or error) and waiters.
export const PENDING = 0;
export const TRIGGERED = 1;
export const PROCESSED = 2;
export const STATE_MASK = 3;
export const FAILED = 4;
/** Set when some waiter received the failure, so it is not reported as unhandled. */
export const DEFUSED = 8;

/**
 * Priorities at equal time (the scheduling contract): URGENT items (process starts, interrupts) run
 * first, then NORMAL ones (message deliveries, timeouts, most agent work), then LATE ones: the
 * end-of-instant work that must see everything else that happened at that time (metric samples,
 * invariant checks, idle checks, carrier pickups). FIFO by scheduling order within a priority.
 */
export const URGENT = 0;
export const NORMAL = 1;
export const LATE = 2;

/** Something that waits for an event: a process (resumed) or a plain callback. */
export interface Waiter {
  _onEvent(event: SimEvent<any>): void;
}
export type EventCallback = (event: SimEvent<any>) => void;

// How events are built, for speed (they are built by the million): every event class is a base
// class that assigns its fields in the constructor (`initEvent` for the common four), and
// SimEvent's subclasses link their prototype to SimEvent's with `extendsEvent` (plus an interface
// of the same name for the types) instead of using `extends`. Measured on Node 20: class-field
// initializers build objects about half as fast as constructor assignments, and a derived class
// that assigns in its constructor builds about ten times slower once its `name` is redefined,
// which tsx (how the project runs TypeScript) does to every class.

/** A one-shot occurrence with a value (or an error) that processes and callbacks can wait for. */
export class SimEvent<T = unknown> {
  declare readonly sim: Simulation;
  declare _flags: number;
  /** The success value, or the error when FAILED is set. */
  declare _value: unknown;
  declare _waiters: Waiter | EventCallback | Array<Waiter | EventCallback> | null;

  constructor(sim: Simulation) {
    initEvent(this, sim, PENDING, undefined);
  }

  /** True once succeed/fail was called. */
  get triggered(): boolean {
    return (this._flags & STATE_MASK) !== PENDING;
  }

  /** True once waiters were notified (or, for instant events, the value is available now). */
  get processed(): boolean {
    return (this._flags & STATE_MASK) === PROCESSED;
  }

  /** True when the event succeeded (meaningful once triggered). */
  get ok(): boolean {
    return (this._flags & FAILED) === 0;
  }

  /** The success value; throws when read before triggering or after a failure. */
  get value(): T {
    if ((this._flags & STATE_MASK) === PENDING) throw new Error('event value read before the event was triggered');
    if ((this._flags & FAILED) !== 0) throw this._value;
    return this._value as T;
  }

  /** The failure, or undefined. */
  get error(): unknown {
    return (this._flags & FAILED) !== 0 ? this._value : undefined;
  }

  /** Triggers success now; waiters run when the simulation processes it. */
  succeed(value?: T, priority: number = NORMAL): this {
    if ((this._flags & STATE_MASK) !== PENDING) throw new Error('event already triggered');
    this._value = value;
    this._flags |= TRIGGERED;
    this.sim._schedule(this.sim._now, priority, FIRE, this);
    return this;
  }

  /** Triggers failure now; a failure nobody waits for stops the simulation with the error. */
  fail(error: unknown, priority: number = NORMAL): this {
    if ((this._flags & STATE_MASK) !== PENDING) throw new Error('event already triggered');
    this._value = error;
    this._flags |= TRIGGERED | FAILED;
    this.sim._schedule(this.sim._now, priority, FIRE, this);
    return this;
  }

  /** Marks the failure as handled by someone other than a waiter. */
  defuse(): this {
    this._flags |= DEFUSED;
    return this;
  }

  /** Registers a callback run when the event is processed (immediately if it already was). */
  then(callback: EventCallback): this {
    if ((this._flags & STATE_MASK) === PROCESSED) {
      this._flags |= DEFUSED;
      callback(this);
    } else this._addWaiter(callback);
    return this;
  }

  /** @internal Makes the event processed with `value` at once, without queueing (instant grants). */
  _settle(value: unknown): void {
    this._value = value;
    this._flags = PROCESSED;
  }

  _addWaiter(waiter: Waiter | EventCallback): void {
    const current = this._waiters;
    if (current === null) this._waiters = waiter;
    else if (Array.isArray(current)) current.push(waiter);
    else this._waiters = [current, waiter];
  }

  _removeWaiter(waiter: Waiter | EventCallback): void {
    const current = this._waiters;
    if (current === waiter) this._waiters = null;
    else if (Array.isArray(current)) {
      const i = current.indexOf(waiter);
      if (i >= 0) current.splice(i, 1);
    }
  }
}

/** @internal Sets the fields every event has; each event class's constructor starts with it. */
export function initEvent(event: SimEvent<any>, sim: Simulation, flags: number, value: unknown): void {
  (event as { sim: Simulation }).sim = sim;
  event._flags = flags;
  event._value = value;
  event._waiters = null;
}

/** @internal Makes `eventClass` a subclass of SimEvent for `instanceof` and inherited methods. */
export function extendsEvent(eventClass: abstract new (...args: any[]) => SimEvent<any>): void {
  Object.setPrototypeOf(eventClass.prototype, SimEvent.prototype);
}

// The queue's entries used to share this base; kept in the chain so `instanceof Scheduled` holds.
Object.setPrototypeOf(SimEvent.prototype, Scheduled.prototype);

/** @internal Processes a triggered event: notifies its waiters; an unhandled failure throws. */
export function fireEvent(event: SimEvent<any>): void {
  const waiters = event._waiters;
  event._waiters = null;
  let flags = (event._flags & ~STATE_MASK) | PROCESSED;
  if (waiters !== null) flags |= DEFUSED;
  event._flags = flags;
  if (waiters !== null) {
    if (Array.isArray(waiters)) {
      for (let i = 0; i < waiters.length; i++) notify(waiters[i]!, event);
    } else notify(waiters, event);
  }
  if ((event._flags & (FAILED | DEFUSED)) === FAILED) throw event._value;
}

function notify(waiter: Waiter | EventCallback, event: SimEvent<any>): void {
  if (typeof waiter === 'function') waiter(event);
  else waiter._onEvent(event);
}

export interface Timeout<T = undefined> extends SimEvent<T> {}
/** An event that succeeds after a delay. */
export class Timeout<T = undefined> {
  constructor(sim: Simulation, delaySeconds: number, value?: T) {
    initEvent(this, sim, TRIGGERED, value);
    sim._schedule(sim._now + checkDelay(delaySeconds), NORMAL, FIRE, this);
  }
}
extendsEvent(Timeout);

/** Throws a clear error for a delay that is negative, NaN or infinite; returns it otherwise. */
export function checkDelay(delaySeconds: number): number {
  if (!(delaySeconds >= 0 && delaySeconds < Infinity)) {
    throw new RangeError(`cannot schedule with delay ${delaySeconds}: delays must be finite and >= 0 (no scheduling in the past)`);
  }
  return delaySeconds;
}

export interface Condition<T> extends SimEvent<T> {}
/**
 * An event over several events: allOf succeeds when all succeed (value: their values in order),
 * anyOf when the first does (value: { index, value }). Any failure fails the condition.
 */
export class Condition<T> {
  private declare remaining: number;
  private declare readonly events: SimEvent<any>[];
  private declare readonly mode: 'all' | 'any';

  constructor(sim: Simulation, events: SimEvent<any>[], mode: 'all' | 'any') {
    initEvent(this, sim, PENDING, undefined);
    this.events = events;
    this.mode = mode;
    this.remaining = events.length;
    if (events.length === 0) {
      this.succeed((mode === 'all' ? [] : undefined) as T);
      return;
    }
    for (let i = 0; i < events.length; i++) {
      const index = i;
      events[i]!.then((event) => this.onChild(event, index));
      if ((this._flags & STATE_MASK) !== PENDING) break;
    }
  }

  private onChild(event: SimEvent<any>, index: number): void {
    if ((this._flags & STATE_MASK) !== PENDING) return;
    if ((event._flags & FAILED) !== 0) {
      this.fail(event._value);
      return;
    }
    if (this.mode === 'any') {
      this.succeed({ index, value: event._value } as T);
      return;
    }
    this.remaining -= 1;
    if (this.remaining === 0) this.succeed(this.events.map((e) => e._value) as T);
  }
}
extendsEvent(Condition);
