// The future event list, keyed by (time, priority, seq). `seq` is issued here, once per push, so
// equal (time, priority) pops in scheduling order (FIFO) and every run of the same model pops in
// exactly the same order.
//
// Layout, for speed: keys live in typed arrays beside the items, so every comparison reads plain
// doubles whatever the item's class. Entries pushed at the current time with priority URGENT (0),
// NORMAL (1) or LATE (2), the common case for process starts, triggered events and end-of-instant
// checks, skip the heap and go to one of three FIFO lanes; a lane's entries all share the current
// time and have increasing seq, so its head is its minimum and `pop` compares the first non-empty
// lane's head with the heap's.

/** Base class of the queue's events (kept as the common ancestor of `SimEvent`). */
export abstract class Scheduled {}

/** What the simulation does with an entry when it pops: resume a process, fire an event, call a function. */
export const RESUME = 0;
export const FIRE = 1;
export const CALL = 2;

const defaults = {
  initialCapacity: 64,
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

/** Min-queue of (time, priority, seq) entries, each with a kind and an item; O(log n) push and pop (a 4-ary heap: half the levels of a binary one, fewer moves per pop). */
export class EventQueue {
  private times = new Float64Array(defaults.initialCapacity);
  private priorities = new Float64Array(defaults.initialCapacity);
  private seqs = new Float64Array(defaults.initialCapacity);
  private kinds = new Uint8Array(defaults.initialCapacity);
  private items: unknown[] = new Array(defaults.initialCapacity).fill(undefined);
  private heapSize = 0;
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
    return this.heapSize + this.urgent.count + this.normal.count + this.late.count;
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
    if (this.heapSize > 0) {
      const headTime = this.times[0]!;
      if (headTime < time || (headTime === time && this.priorities[0]! <= priority)) return false;
    }
    this.currentTime = time;
    return true;
  }

  /** Time of the earliest entry, or Infinity when empty. */
  peekTime(): number {
    if (this.lanesBusy()) return this.currentTime;
    return this.heapSize > 0 ? this.times[0]! : Infinity;
  }

  /** The earliest entry's item without removing it (undefined when empty). */
  peekItem(): unknown {
    const lane = this.headLane();
    if (lane !== null) return lane.items[lane.head];
    return this.heapSize > 0 ? this.items[0] : undefined;
  }

  /** Kind of the earliest entry (meaningful when not empty). */
  peekKind(): number {
    const lane = this.headLane();
    return lane !== null ? lane.kinds[lane.head]! : this.kinds[0]!;
  }

  /** Seq of the earliest entry (meaningful when not empty). */
  peekSeq(): number {
    const lane = this.headLane();
    return lane !== null ? lane.seqs[lane.head]! : this.seqs[0]!;
  }

  /** Removes the earliest entry and returns its item (its key in popped*); undefined when empty. */
  pop(): unknown {
    const lane = this.headLane();
    if (lane === null) return this.heapSize > 0 ? this.popHeap() : undefined;
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
    if (this.heapSize === 0) return lane;
    const time = this.times[0]!;
    if (time > this.currentTime) return lane;
    const heapPriority = this.priorities[0]!;
    if (heapPriority < priority || (heapPriority === priority && this.seqs[0]! < lane.seqs[lane.head]!)) return null;
    return lane;
  }

  private pushHeap(time: number, priority: number, seq: number, kind: number, item: unknown): void {
    if (this.heapSize === this.times.length) this.growHeap();
    const times = this.times;
    const priorities = this.priorities;
    const seqs = this.seqs;
    const kinds = this.kinds;
    const items = this.items;
    let i = this.heapSize++;
    // Sift up. A reserved seq may be older than queued ones, so equal (time, priority) compares seqs.
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const parentTime = times[parent]!;
      if (parentTime < time || (parentTime === time && !before(priority, seq, priorities[parent]!, seqs[parent]!))) break;
      times[i] = parentTime;
      priorities[i] = priorities[parent]!;
      seqs[i] = seqs[parent]!;
      kinds[i] = kinds[parent]!;
      items[i] = items[parent];
      i = parent;
    }
    times[i] = time;
    priorities[i] = priority;
    seqs[i] = seq;
    kinds[i] = kind;
    items[i] = item;
  }

  private popHeap(): unknown {
    const times = this.times;
    const priorities = this.priorities;
    const seqs = this.seqs;
    const kinds = this.kinds;
    const items = this.items;
    const top = items[0];
    this.poppedTime = this.currentTime = times[0]!;
    this.poppedSeq = seqs[0]!;
    this.poppedKind = kinds[0]!;
    const n = --this.heapSize;
    if (n === 0) {
      items[0] = undefined;
      return top;
    }
    // Sift the last entry down from the root: at each level, the least of up to four children.
    const time = times[n]!;
    const priority = priorities[n]!;
    const seq = seqs[n]!;
    const kind = kinds[n]!;
    const item = items[n];
    items[n] = undefined;
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= n) break;
      let child = first;
      let childTime = times[first]!;
      const last = first + 4 < n ? first + 4 : n;
      for (let c = first + 1; c < last; c++) {
        const t = times[c]!;
        if (t < childTime || (t === childTime && before(priorities[c]!, seqs[c]!, priorities[child]!, seqs[child]!))) {
          child = c;
          childTime = t;
        }
      }
      if (childTime > time) break;
      if (childTime === time) {
        const childPriority = priorities[child]!;
        if (childPriority > priority || (childPriority === priority && seqs[child]! > seq)) break;
      }
      times[i] = childTime;
      priorities[i] = priorities[child]!;
      seqs[i] = seqs[child]!;
      kinds[i] = kinds[child]!;
      items[i] = items[child];
      i = child;
    }
    times[i] = time;
    priorities[i] = priority;
    seqs[i] = seq;
    kinds[i] = kind;
    items[i] = item;
    return top;
  }

  private growHeap(): void {
    const capacity = this.times.length * 2;
    const times = new Float64Array(capacity);
    times.set(this.times);
    const priorities = new Float64Array(capacity);
    priorities.set(this.priorities);
    const seqs = new Float64Array(capacity);
    seqs.set(this.seqs);
    const kinds = new Uint8Array(capacity);
    kinds.set(this.kinds);
    this.times = times;
    this.priorities = priorities;
    this.seqs = seqs;
    this.kinds = kinds;
    for (let i = this.items.length; i < capacity; i++) this.items.push(undefined);
  }
}

// Tie-break of two entries at equal time: priority, then seq.
function before(priorityA: number, seqA: number, priorityB: number, seqB: number): boolean {
  return priorityA < priorityB || (priorityA === priorityB && seqA < seqB);
}
