// The future event list, keyed by (time, priority, seq). `seq` is issued here, once per push, so
// equal (time, priority) pops in scheduling order (FIFO) and every run of the same model pops in
// exactly the same order.
//
// Layout, for speed: entries at other times go to 4-ary heaps (sim/keyed-heap.ts). Two of them: the
// near heap holds what is due before a moving boundary, the far heap the rest, so the heap every
// event passes through stays small while deliveries scheduled days ahead wait apart (in `large`
// about 70 entries near against 300 far, which would otherwise add levels to every pop). Entries pushed at the current time with priority URGENT (0),
// NORMAL (1) or LATE (2), the common case for process starts, triggered events and end-of-instant
// checks, skip the heap and go to one of three FIFO lanes; a lane's entries all share the current
// time and have increasing seq, so its head is its minimum and `pop` compares the first non-empty
// lane's head with the heap's.

import { KeyedHeap } from './keyed-heap.js';

/** Base class of the queue's events (kept as the common ancestor of `SimEvent`). */
export abstract class Scheduled {}

/** What the simulation does with an entry when it pops: resume a process, fire an event, call a function. */
export const RESUME = 0;
export const FIRE = 1;
export const CALL = 2;

const defaults = {
  initialCapacity: 64,
  /** How far past the far heap's head the boundary moves when the near heap runs dry (a day, in seconds). */
  nearWindow: 86_400,
};

/** A ring buffer of same-time entries at one fixed priority. */
class Lane {
  items: unknown[];
  seqs: Float64Array;
  kinds: Uint8Array;
  head = 0;
  count = 0;
  mask: number;

  constructor(capacity: number) {
    this.items = new Array(capacity).fill(undefined);
    this.seqs = new Float64Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.mask = capacity - 1;
  }

  push(seq: number, kind: number, item: unknown): void {
    if (this.count > this.mask) this.grow();
    const at = (this.head + this.count) & this.mask;
    this.items[at] = item;
    this.seqs[at] = seq;
    this.kinds[at] = kind;
    this.count++;
  }

  // Doubles the capacity, unrolling the ring so the head is at 0.
  private grow(): void {
    const capacity = this.items.length;
    const items: unknown[] = new Array(capacity * 2).fill(undefined);
    const seqs = new Float64Array(capacity * 2);
    const kinds = new Uint8Array(capacity * 2);
    for (let i = 0; i < this.count; i++) {
      const from = (this.head + i) & this.mask;
      items[i] = this.items[from];
      seqs[i] = this.seqs[from]!;
      kinds[i] = this.kinds[from]!;
    }
    this.items = items;
    this.seqs = seqs;
    this.kinds = kinds;
    this.head = 0;
    this.mask = capacity * 2 - 1;
  }
}

/** Min-queue of (time, priority, seq) entries, each with a kind and an item; O(log n) push and pop. */
export class EventQueue {
  // Every near entry is due before `boundary`, every far one at or after it.
  private readonly near = new KeyedHeap();
  private readonly far = new KeyedHeap();
  private boundary = defaults.nearWindow;
  private readonly urgent = new Lane(defaults.initialCapacity);
  private readonly normal = new Lane(defaults.initialCapacity);
  private readonly late = new Lane(defaults.initialCapacity);
  private nextSeq = 0;
  // Time of the last pop. Nothing is ever pushed before it, so lane entries (all at this time) are
  // never later than a heap entry.
  private currentTime = -Infinity;

  /** Time, seq and kind of the entry the last `pop` returned. */
  poppedTime = 0;
  poppedSeq = 0;
  poppedKind = 0;

  /** Number of queued entries. */
  get size(): number {
    return this.near.size + this.far.size + this.urgent.count + this.normal.count + this.late.count;
  }

  /** Queues `item` at (time, priority); returns the entry's seq. Time must not precede the last pop. */
  push(time: number, priority: number, kind: number, item: unknown): number {
    const seq = this.nextSeq++;
    if (time === this.currentTime) {
      if (priority === 0) {
        this.urgent.push(seq, kind, item);
        return seq;
      }
      if (priority === 1) {
        this.normal.push(seq, kind, item);
        return seq;
      }
      if (priority === 2) {
        this.late.push(seq, kind, item);
        return seq;
      }
    }
    this.pushHeap(time, priority, seq, kind, item);
    return seq;
  }

  /**
   * Issues a seq without queuing anything: `pushReserved` queues the entry later under it, and it
   * pops exactly where an entry pushed now would have. This lets a FIFO source (a message link)
   * keep one entry in the queue instead of one per item in flight.
   */
  reserveSeq(): number {
    return this.nextSeq++;
  }

  /** Queues `item` at (time, priority) under a seq from `reserveSeq` (not yet used). Time must not precede the last pop. */
  pushReserved(time: number, priority: number, seq: number, kind: number, item: unknown): void {
    // Always the heap: a lane's entries must have increasing seqs, and this one is older than some.
    this.pushHeap(time, priority, seq, kind, item);
  }

  /**
   * When an entry pushed now at (time, priority) would be the very next one popped, acts as if it
   * had been pushed and popped (the queue's clock moves to `time`) and returns true; else false.
   */
  skipIfNext(time: number, priority: number): boolean {
    if (this.lanesBusy()) return false;
    const heap = this.heapHead();
    if (heap !== null) {
      const headTime = heap.times[0]!;
      if (headTime < time || (headTime === time && heap.priorities[0]! <= priority)) return false;
    }
    this.currentTime = time;
    return true;
  }

  /** Time of the earliest entry, or Infinity when empty. */
  peekTime(): number {
    if (this.lanesBusy()) return this.currentTime;
    const heap = this.heapHead();
    return heap !== null ? heap.times[0]! : Infinity;
  }

  /** The earliest entry's item without removing it (undefined when empty). */
  peekItem(): unknown {
    const lane = this.headLane();
    if (lane !== null) return lane.items[lane.head];
    const heap = this.heapHead();
    return heap !== null ? heap.items[0] : undefined;
  }

  /** Kind of the earliest entry (meaningful when not empty). */
  peekKind(): number {
    const lane = this.headLane();
    return lane !== null ? lane.kinds[lane.head]! : this.heapHead()!.kinds[0]!;
  }

  /** Seq of the earliest entry (meaningful when not empty). */
  peekSeq(): number {
    const lane = this.headLane();
    return lane !== null ? lane.seqs[lane.head]! : this.heapHead()!.seqs[0]!;
  }

  /** Removes the earliest entry and returns its item (its key in popped*); undefined when empty. */
  pop(): unknown {
    const lane = this.headLane();
    if (lane === null) return this.near.size > 0 || this.far.size > 0 ? this.popHeap() : undefined;
    const at = lane.head;
    const item = lane.items[at];
    lane.items[at] = undefined;
    lane.head = (at + 1) & lane.mask;
    lane.count--;
    this.poppedTime = this.currentTime;
    this.poppedSeq = lane.seqs[at]!;
    this.poppedKind = lane.kinds[at]!;
    return item;
  }

  // True when some lane holds an entry (at the current time).
  private lanesBusy(): boolean {
    return this.urgent.count > 0 || this.normal.count > 0 || this.late.count > 0;
  }

  // The lane whose head is the earliest entry, or null when the heap's head is (or all is empty).
  private headLane(): Lane | null {
    let lane: Lane;
    let priority: number;
    if (this.urgent.count > 0) {
      lane = this.urgent;
      priority = 0;
    } else if (this.normal.count > 0) {
      lane = this.normal;
      priority = 1;
    } else if (this.late.count > 0) {
      lane = this.late;
      priority = 2;
    } else return null;
    const heap = this.heapHead();
    if (heap === null) return lane;
    const time = heap.times[0]!;
    if (time > this.currentTime) return lane;
    const heapPriority = heap.priorities[0]!;
    if (heapPriority < priority || (heapPriority === priority && heap.seqs[0]! < lane.seqs[lane.head]!)) return null;
    return lane;
  }

  // Queues a heap entry: the near heap below the boundary, the far heap from it on.
  private pushHeap(time: number, priority: number, seq: number, kind: number, item: unknown): void {
    if (time < this.boundary) this.near.push(time, priority, seq, kind, item);
    else this.far.push(time, priority, seq, kind, item);
  }

  // The heap holding the least heap entry (the near one unless it is empty), or null when both are.
  private heapHead(): KeyedHeap | null {
    if (this.near.size > 0) return this.near;
    return this.far.size > 0 ? this.far : null;
  }

  // Pops the least heap entry (some heap must hold one). When the near heap has run dry, the
  // boundary moves to a window past the far heap's head and what is now near moves over.
  private popHeap(): unknown {
    const near = this.near;
    if (near.size === 0) {
      const far = this.far;
      this.boundary = far.times[0]! + defaults.nearWindow;
      while (far.size > 0 && far.times[0]! < this.boundary) {
        const moved = far.pop();
        near.push(far.poppedTime, far.poppedPriority, far.poppedSeq, far.poppedKind, moved);
      }
    }
    const item = near.pop();
    this.poppedTime = this.currentTime = near.poppedTime;
    this.poppedSeq = near.poppedSeq;
    this.poppedKind = near.poppedKind;
    return item;
  }
}
