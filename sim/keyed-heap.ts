// A 4-ary min-heap of (time, priority, seq) keys, each with a kind and an item. Keys live in typed
// arrays beside the items, so every comparison reads plain doubles whatever the item's class; four
// children a node halve the levels of a binary heap and the moves of a pop.

const defaults = {
  initialCapacity: 64,
};

/** The heap; the least key is at index 0 of the key arrays (read them directly on hot paths). */
export class KeyedHeap {
  times = new Float64Array(defaults.initialCapacity);
  priorities = new Float64Array(defaults.initialCapacity);
  seqs = new Float64Array(defaults.initialCapacity);
  kinds = new Uint8Array(defaults.initialCapacity);
  items: unknown[] = new Array(defaults.initialCapacity).fill(undefined);
  size = 0;

  /** Key and kind of the entry the last `pop` returned. */
  poppedTime = 0;
  poppedPriority = 0;
  poppedSeq = 0;
  poppedKind = 0;

  /** Adds an entry. */
  push(time: number, priority: number, seq: number, kind: number, item: unknown): void {
    if (this.size === this.times.length) this.grow();
    const times = this.times;
    const priorities = this.priorities;
    const seqs = this.seqs;
    const kinds = this.kinds;
    const items = this.items;
    let i = this.size++;
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

  /** Removes the least entry and returns its item, its key in popped*; the heap must not be empty. */
  pop(): unknown {
    const times = this.times;
    const priorities = this.priorities;
    const seqs = this.seqs;
    const kinds = this.kinds;
    const items = this.items;
    const top = items[0];
    this.poppedTime = times[0]!;
    this.poppedPriority = priorities[0]!;
    this.poppedSeq = seqs[0]!;
    this.poppedKind = kinds[0]!;
    const n = --this.size;
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

  private grow(): void {
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
