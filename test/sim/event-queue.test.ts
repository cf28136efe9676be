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

  it('matches the reference over days, with seqs reserved and used later, skips, peeks and entries days ahead', () => {
    // Delays from zero to four days (some exactly whole days) keep hundreds of entries queued at once
    // across many heap levels, as purchase receipts days ahead do in a run.
    const day = 86_400;
    for (let seed = 1; seed <= 30; seed++) {
      const random = lcg(seed * 7919);
      const queue = new EventQueue();
      const reference: Entry[] = [];
      const reserved: number[] = [];
      let now = 0;
      let item = 0;
      let farPushes = 0;
      let skips = 0;
      const priorities = [0, 1, 2, 0.5, 3];
      const delay = (): number => {
        const r = random();
        if (r < 0.3) return 0;
        if (r < 0.6) return Math.floor(random() * 600);
        if (r < 0.7) return day * Math.ceil(random() * 3);
        return random() * 4 * day;
      };
      for (let step = 0; step < 4000; step++) {
        const r = random();
        const queued = (time: number, priority: number, seq: number) => {
          reference.push({ time, priority, seq, item });
          if (time - now >= day) farPushes++;
          item++;
        };
        if (r < 0.4) {
          const time = now + delay();
          const priority = priorities[Math.floor(random() * priorities.length)]!;
          queued(time, priority, queue.push(time, priority, 2, item));
        } else if (r < 0.5) {
          reserved.push(queue.reserveSeq());
        } else if (r < 0.6 && reserved.length > 0) {
          // A reserved seq is used later, at a time not before now (a link's next delivery).
          const seq = reserved.splice(Math.floor(random() * reserved.length), 1)[0]!;
          const time = now + delay();
          queue.pushReserved(time, 1, seq, 2, item);
          queued(time, 1, seq);
        } else if (r < 0.65) {
          // skipIfNext may say true only when nothing queued comes first (it may decline while
          // entries of the current instant wait).
          const time = now + delay();
          const first = reference.reduce<Entry | undefined>((b, e) => (b === undefined || e.time < b.time || (e.time === b.time && (e.priority < b.priority || (e.priority === b.priority && e.seq < b.seq))) ? e : b), undefined);
          const clear = first === undefined || first.time > time || (first.time === time && first.priority > 1);
          if (queue.skipIfNext(time, 1)) {
            expect(clear).toBe(true);
            skips++;
            now = time;
          }
        } else {
          const expected = popReference(reference);
          if (expected !== undefined) {
            expect([queue.peekTime(), queue.peekSeq(), queue.peekItem()]).toEqual([expected.time, expected.seq, expected.item]);
          }
          const got = queue.pop();
          if (expected === undefined) {
            expect(got).toBeUndefined();
            expect(queue.peekTime()).toBe(Infinity);
            continue;
          }
          expect([got, queue.poppedTime, queue.poppedSeq]).toEqual([expected.item, expected.time, expected.seq]);
          now = expected.time;
        }
        expect(queue.size).toBe(reference.length);
      }
      // The clock moved past a day while entries were still coming in.
      expect(now).toBeGreaterThan(day);
      // Drain: everything left comes out in order.
      for (let expected = popReference(reference); expected !== undefined; expected = popReference(reference)) {
        expect([queue.pop(), queue.poppedTime, queue.poppedSeq]).toEqual([expected.item, expected.time, expected.seq]);
      }
      expect(queue.size).toBe(0);
      expect(farPushes).toBeGreaterThan(100);
      expect(skips).toBeGreaterThan(10);
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
