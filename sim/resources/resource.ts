// Resource: `capacity` identical servers, a queue ordered by (priority, request order), and
// optional preemption. Built from events only: a request is an event that succeeds when granted.
import { PENDING, SimEvent, extendsEvent, initEvent } from '../event.js';
import type { Process } from '../process.js';
import type { Simulation } from '../simulation.js';

export interface RequestOptions {
  /** Lower numbers are served first; default 0. */
  priority?: number;
  /** When true and no server is free, evict the worst-priority user that is strictly worse. */
  preempt?: boolean;
}

const defaults = {
  // The waiting list is compacted once this many slots at its front are spent and they are at
  // least half of it; emptying the queue resets it for free.
  compactAfterGrants: 1024,
};

/** Why a user lost its server: delivered as the cause of the Interrupt thrown into its process. */
export interface Preempted {
  by: Request;
  usageSinceSeconds: number;
  resource: Resource;
}

export interface Request extends SimEvent<Request> {}
/** A claim on one server; succeeds (with itself) when granted. Release it with `resource.release`. */
export class Request {
  // Built the way event.ts explains (declared fields, no `extends`), for speed.
  declare readonly resource: Resource;
  declare readonly priority: number;
  declare readonly preempt: boolean;
  declare readonly order: number;
  declare readonly owner: Process<any> | null;
  declare usageSinceSeconds: number;

  constructor(sim: Simulation, resource: Resource, priority: number, preempt: boolean, order: number, owner: Process<any> | null) {
    initEvent(this, sim, PENDING, undefined);
    this.resource = resource;
    this.priority = priority;
    this.preempt = preempt;
    this.order = order;
    this.owner = owner;
    this.usageSinceSeconds = NaN;
  }
}
extendsEvent(Request);

/** A pool of identical servers with a priority queue (FIFO at equal priority). */
export class Resource {
  readonly users: Request[] = [];
  // Waiting requests in service order occupy waiting[head..tail); slots outside hold undefined.
  // Indices instead of shift/splice, so a steady flow of requests allocates nothing.
  private waiting: Array<Request | undefined> = [];
  private head = 0;
  private tail = 0;
  private orderCounter = 0;

  constructor(readonly sim: Simulation, readonly capacity = 1, readonly name = 'resource') {
    if (!(Number.isInteger(capacity) && capacity >= 1)) {
      throw new RangeError(`resource ${name}: capacity must be an integer >= 1, got ${capacity}`);
    }
  }

  /** Servers in use. */
  get count(): number {
    return this.users.length;
  }

  /** Requests waiting. */
  get queueLength(): number {
    return this.tail - this.head;
  }

  /** Asks for a server; the returned event is already processed when one is free. */
  request(options?: RequestOptions): Request {
    const priority = options?.priority ?? 0;
    const preempt = options?.preempt ?? false;
    const req = new Request(this.sim, this, priority, preempt, this.orderCounter++, this.sim._activeProcess);
    if (this.users.length < this.capacity) {
      this.users.push(req);
      req.usageSinceSeconds = this.sim._now;
      req._settle(req);
      return req;
    }
    if (preempt && this.tryPreempt(req)) return req;
    this.enqueue(req);
    return req;
  }

  /** Gives a server back (or withdraws a waiting request); wakes the next waiter. */
  release(req: Request): void {
    const users = this.users;
    const i = users.indexOf(req);
    if (i >= 0) {
      // Shift instead of splice: splice allocates the removed-items array on every release.
      const last = users.length - 1;
      for (let k = i; k < last; k++) users[k] = users[k + 1]!;
      users.pop();
      this.grantWaiting();
      return;
    }
    const waiting = this.waiting;
    const j = waiting.indexOf(req, this.head);
    if (j < 0 || j >= this.tail) return;
    const last = --this.tail;
    for (let k = j; k < last; k++) waiting[k] = waiting[k + 1];
    waiting[last] = undefined;
  }

  private grantWaiting(): void {
    const waiting = this.waiting;
    const users = this.users;
    while (users.length < this.capacity && this.head < this.tail) {
      const next = waiting[this.head]!;
      waiting[this.head++] = undefined;
      users.push(next);
      next.usageSinceSeconds = this.sim._now;
      next.succeed(next);
    }
    if (this.head === this.tail) {
      this.head = 0;
      this.tail = 0;
    } else if (this.head >= defaults.compactAfterGrants && this.head * 2 >= this.tail) {
      // Mostly consumed: move the waiting block to the front.
      const count = this.tail - this.head;
      for (let k = 0; k < count; k++) waiting[k] = waiting[this.head + k];
      for (let k = count; k < this.tail; k++) waiting[k] = undefined;
      this.head = 0;
      this.tail = count;
    }
  }

  private enqueue(req: Request): void {
    const waiting = this.waiting;
    const tail = this.tail;
    if (tail === this.head || waiting[tail - 1]!.priority <= req.priority) {
      waiting[tail] = req;
      this.tail = tail + 1;
      return;
    }
    // Binary search for the first waiter with a strictly greater priority number.
    let lo = this.head;
    let hi = tail;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (waiting[mid]!.priority <= req.priority) lo = mid + 1;
      else hi = mid;
    }
    for (let k = tail; k > lo; k--) waiting[k] = waiting[k - 1];
    waiting[lo] = req;
    this.tail = tail + 1;
  }

  private tryPreempt(req: Request): boolean {
    let victimIndex = -1;
    for (let i = 0; i < this.users.length; i++) {
      const user = this.users[i]!;
      if (user.priority <= req.priority) continue;
      const victim = victimIndex < 0 ? undefined : this.users[victimIndex]!;
      if (victim === undefined || user.priority > victim.priority || (user.priority === victim.priority && user.order > victim.order)) {
        victimIndex = i;
      }
    }
    if (victimIndex < 0) return false;
    const victim = this.users[victimIndex]!;
    this.users.splice(victimIndex, 1);
    const cause: Preempted = { by: req, usageSinceSeconds: victim.usageSinceSeconds, resource: this };
    if (victim.owner !== null && victim.owner.isAlive) victim.owner.interrupt(cause);
    this.users.push(req);
    req.usageSinceSeconds = this.sim.now;
    req._settle(req);
    return true;
  }
}
