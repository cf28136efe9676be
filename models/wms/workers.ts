// The pickers of one warehouse: a pool of identical workers with daily shifts and absence, and a
// FIFO queue of pick tasks. A worker on shift takes the oldest task, is busy for its duration,
// then takes the next. A shift may cross midnight (22 to 6); 0 to 24 is round the clock.
// Workers are a hand-rolled pool rather than a kernel Resource because their capacity changes
// with shifts and absence, and a handler per task is cheaper than a process per task.
// Labour is booked when it is committed: a task's seconds when it starts, a shift's seconds when
// it begins (plus any overtime when a task ends after the worker's shift).
import { LATE, type RandomStream, type Simulation } from '../../sim/index.js';
import type { WorkerConfig } from '../config.js';
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from '../config.js';
import type { PickTask } from './pick-task.js';

const defaults = {
  /** Same-time priority of the idle check: after every message delivered at that instant. */
  idleCheckPriority: LATE,
};

/** What the pool asks of its owner. */
export interface PickerCrewHooks {
  /** A worker starts `task`: returns its duration in seconds. */
  begin(task: PickTask): number;
  /** The worker finished `task`. */
  complete(task: PickTask): void;
  /** Workers are idle and no task is queued (checked once per instant): may enqueue work. Omit when work only arrives through `enqueue`. */
  idle?: () => void;
  /**
   * With `idle`: whether work is waiting outside the queue now (an open batch). When it says false
   * the pool skips the idle check, which would find nothing; new work then pokes the pool.
   */
  waiting?: () => boolean;
}

/** What a crew is built from. */
export interface PickerCrewOptions {
  sim: Simulation;
  config: WorkerConfig;
  hooks: PickerCrewHooks;
  /** Each worker misses a shift with `probability`, drawn from `random` (null when 0). */
  absence: { probability: number; random: RandomStream | null };
  /** Names the crew in error messages. */
  label?: string;
}

/** Labour seconds elapsed so far: spent on tasks, and on shift (overtime included). */
export interface LaborSeconds {
  busySeconds: number;
  availableSeconds: number;
}

/** A warehouse's pickers: workers with shifts serving a FIFO queue of pick tasks. */
export class PickerCrew {
  // Booked when a task or a shift starts (whole durations); laborUntil() takes off what is still ahead.
  private busyBooked = 0;
  private availableBooked = 0;
  private queue: PickTask[] = [];
  private head = 0;
  private readonly onShift: Uint8Array;
  private readonly busy: Uint8Array;
  private readonly shiftEndsAt: Float64Array;
  private readonly taskStartedAt: Float64Array;
  private readonly taskEndsAt: Float64Array;
  private readonly idleStack: Int32Array;
  // Per worker: the task in hand and a completion callback made once, so a task allocates no closure.
  private readonly tasks: (PickTask | null)[];
  private readonly finishers: (() => void)[];
  private readonly idleCheck = () => {
    this.idleCheckPending = false;
    if (this.idleCount > 0 && this.head === this.queue.length) this.hooks.idle!();
  };
  private idleCount = 0;
  private busyCount = 0;
  private idleCheckPending = false;
  private readonly shiftStartSeconds: number;
  private readonly shiftLengthSeconds: number;
  private readonly sim: Simulation;
  private readonly config: WorkerConfig;
  private readonly hooks: PickerCrewHooks;
  private readonly absence: PickerCrewOptions['absence'];

  constructor(options: PickerCrewOptions) {
    const { sim, config, hooks, absence, label = 'workers' } = options;
    this.sim = sim;
    this.config = config;
    this.hooks = hooks;
    this.absence = absence;
    checkWorkers(config, absence.probability, label);
    const n = config.count;
    this.onShift = new Uint8Array(n);
    this.busy = new Uint8Array(n);
    this.shiftEndsAt = new Float64Array(n);
    this.taskStartedAt = new Float64Array(n);
    this.taskEndsAt = new Float64Array(n);
    this.idleStack = new Int32Array(n);
    this.tasks = new Array<PickTask | null>(n).fill(null);
    this.finishers = Array.from({ length: n }, (_, w) => () => this.finishTask(w));
    this.shiftStartSeconds = config.shiftStartHour * SECONDS_PER_HOUR;
    const hours = (((config.shiftEndHour - config.shiftStartHour) % 24) + 24) % 24;
    this.shiftLengthSeconds = (hours === 0 ? 24 : hours) * SECONDS_PER_HOUR;
  }

  /** Starts the shift in progress now, or schedules the next one. */
  start(): void {
    const now = this.sim.now;
    const k = Math.floor((now - this.shiftStartSeconds) / SECONDS_PER_DAY);
    if (now < this.shiftStartAt(k) + this.shiftLengthSeconds) this.beginShift(k);
    else this.sim.scheduleAt(this.shiftStartAt(k + 1), () => this.beginShift(k + 1));
  }

  /** Queues a task; a free worker starts it at once. */
  enqueue(task: PickTask): void {
    this.queue.push(task);
    this.dispatch();
  }

  /** Tells the pool that work may be waiting outside its queue (an open batch): checks for idle workers at the end of this instant. */
  poke(): void {
    if (this.idleCount > 0 && this.head === this.queue.length && this.workWaiting()) this.scheduleIdleCheck();
  }

  /** Tasks queued, not yet started. */
  get queued(): number {
    return this.queue.length - this.head;
  }

  /** Tasks in progress. */
  get inProgress(): number {
    return this.busyCount;
  }

  /** Labour up to `now`: task and shift time elapsed, so a sample between any two times is exact. */
  laborUntil(now: number): LaborSeconds {
    let busySeconds = this.busyBooked;
    let availableSeconds = this.availableBooked;
    for (let w = 0; w < this.config.count; w++) {
      const shiftEndsAt = this.shiftEndsAt[w]!;
      if (this.onShift[w] === 1 && shiftEndsAt > now) availableSeconds -= shiftEndsAt - now;
      if (this.busy[w] === 1) {
        const taskEndsAt = this.taskEndsAt[w]!;
        if (taskEndsAt > now) busySeconds -= taskEndsAt - now;
        // Overtime on a task past the shift's end is booked when the task ends; count what has elapsed.
        if (now > shiftEndsAt) availableSeconds += now - Math.max(shiftEndsAt, this.taskStartedAt[w]!);
      }
    }
    return { busySeconds, availableSeconds };
  }

  /** Workers on shift now. */
  get workersOnShift(): number {
    let n = 0;
    for (let w = 0; w < this.config.count; w++) n += this.onShift[w]!;
    return n;
  }

  private dispatch(): void {
    while (this.idleCount > 0 && this.head < this.queue.length) {
      const task = this.queue[this.head]!;
      this.queue[this.head++] = undefined as unknown as PickTask;
      this.startTask(this.idleStack[--this.idleCount]!, task);
    }
    if (this.head > 64 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    if (this.idleCount > 0 && this.workWaiting()) this.scheduleIdleCheck();
  }

  // True when an idle check could find work outside the queue.
  private workWaiting(): boolean {
    const hooks = this.hooks;
    return hooks.idle !== undefined && (hooks.waiting === undefined || hooks.waiting());
  }

  private scheduleIdleCheck(): void {
    if (this.idleCheckPending) return;
    this.idleCheckPending = true;
    this.sim.schedule(0, this.idleCheck, defaults.idleCheckPriority);
  }

  private startTask(worker: number, task: PickTask): void {
    const seconds = this.hooks.begin(task);
    this.busy[worker] = 1;
    this.busyCount++;
    this.taskStartedAt[worker] = this.sim.now;
    this.taskEndsAt[worker] = this.sim.now + seconds;
    this.busyBooked += seconds;
    this.tasks[worker] = task;
    this.sim.schedule(seconds, this.finishers[worker]!);
  }

  private finishTask(worker: number): void {
    const task = this.tasks[worker]!;
    this.tasks[worker] = null;
    this.busy[worker] = 0;
    this.busyCount--;
    const now = this.sim.now;
    if (now > this.shiftEndsAt[worker]!) {
      const overtime = now - Math.max(this.shiftEndsAt[worker]!, this.taskStartedAt[worker]!);
      this.availableBooked += overtime;
    }
    this.hooks.complete(task);
    if (this.onShift[worker] === 1) {
      this.idleStack[this.idleCount++] = worker;
      this.dispatch();
    }
  }

  private shiftStartAt(k: number): number {
    return k * SECONDS_PER_DAY + this.shiftStartSeconds;
  }

  private beginShift(k: number): void {
    const now = this.sim.now;
    const endAt = this.shiftStartAt(k) + this.shiftLengthSeconds;
    const { probability, random } = this.absence;
    let present = 0;
    for (let w = 0; w < this.config.count; w++) {
      if (probability > 0 && random!.random() < probability) continue;
      present++;
      this.onShift[w] = 1;
      this.shiftEndsAt[w] = endAt;
      if (this.busy[w] === 0) this.idleStack[this.idleCount++] = w;
    }
    const seconds = present * (endAt - now);
    this.availableBooked += seconds;
    // The end is scheduled before the next start so that, round the clock, it runs first at the same instant.
    this.sim.scheduleAt(endAt, () => this.endShift());
    this.sim.scheduleAt(this.shiftStartAt(k + 1), () => this.beginShift(k + 1));
    this.dispatch();
  }

  private endShift(): void {
    this.onShift.fill(0);
    this.idleCount = 0;
  }
}

function checkWorkers(config: WorkerConfig, absenceProbability: number, label: string): void {
  const fail = (field: string, rule: string, value: unknown) => {
    throw new RangeError(`${label}: workers.${field} must be ${rule}, got ${String(value)}`);
  };
  if (!(Number.isInteger(config.count) && config.count >= 1)) fail('count', 'an integer >= 1', config.count);
  if (!(config.walkingSpeedMetersPerSecond > 0 && config.walkingSpeedMetersPerSecond < Infinity)) fail('walkingSpeedMetersPerSecond', '> 0 and finite', config.walkingSpeedMetersPerSecond);
  if (!(config.pickSecondsPerLine >= 0 && config.pickSecondsPerLine < Infinity)) fail('pickSecondsPerLine', '>= 0 and finite', config.pickSecondsPerLine);
  if (!(config.packSecondsPerOrder >= 0 && config.packSecondsPerOrder < Infinity)) fail('packSecondsPerOrder', '>= 0 and finite', config.packSecondsPerOrder);
  if (!(config.shiftStartHour >= 0 && config.shiftStartHour < 24)) fail('shiftStartHour', 'in [0, 24)', config.shiftStartHour);
  if (!(config.shiftEndHour > 0 && config.shiftEndHour <= 24)) fail('shiftEndHour', 'in (0, 24]', config.shiftEndHour);
  if (!(absenceProbability >= 0 && absenceProbability <= 1)) {
    throw new RangeError(`${label}: faults.workerAbsenceProbability must be in [0, 1], got ${absenceProbability}`);
  }
}
