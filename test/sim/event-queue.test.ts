import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../sim/event-queue.js';

// A seeded linear congruential generator, so the random schedules are the same on every run.
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

interface Entry {
  time: number;
  priority: number;
  seq: number;
  item: number;
}

// The brute-force reference: the minimum by (time, priority, seq) of everything queued.
function popReference(entries: Entry[]): Entry | undefined {
  let best = -1;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const b = entries[best];
    if (b === undefined || e.time < b.time || (e.time === b.time && (e.priority < b.priority || (e.priority === b.priority && e.seq < b.seq)))) best = i;
  }
  return best < 0 ? undefined : entries.splice(best, 1)[0];
}

describe('EventQueue', () => {
  it('pops in (time, priority, seq) order for random pushes at the current time and later, every priority', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = lcg(seed);
      const queue = new EventQueue();
      const reference: Entry[] = [];
      let now = 0;
      let item = 0;
      const priorities = [0, 1, 2, 0.5, 1.5, 3];
      for (let step = 0; step < 3000; step++) {
        if (random() < 0.55) {
          // Half the pushes land at the current instant (the lanes), the rest later (the heap).
          const r = random();
          const time = r < 0.5 ? now : r < 0.8 ? now + Math.floor(random() * 4) : now + random() * 10;
          const priority = priorities[Math.floor(random() * priorities.length)]!;
          const seq = queue.push(time, priority, 2, item);
          reference.push({ time, priority, seq, item });
          item++;
        } else {
          const expected = popReference(reference);
          const got = queue.pop();
          if (expected === undefined) {
            expect(got).toBeUndefined();
            continue;
          }
          expect([got, queue.poppedTime, queue.poppedSeq]).toEqual([expected.item, expected.time, expected.seq]);
          now = expected.time;
        }
        expect(queue.size).toBe(reference.length);
      }
    }
  });

  it('runs an end-of-instant (priority 2) entry after a normal one pushed later at the same time', () => {
    const queue = new EventQueue();
    queue.push(0, 2, 2, 'late');
    queue.push(0, 1, 2, 'normal');
    queue.push(0, 0, 2, 'urgent');
    expect([queue.pop(), queue.pop(), queue.pop(), queue.pop()]).toEqual(['urgent', 'normal', 'late', undefined]);
  });
});
