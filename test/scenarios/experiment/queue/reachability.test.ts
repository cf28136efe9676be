// The outage messages of a distributed sweep's clients: one line when Redis stops answering (not one
// per retry), one when it answers, and never a password.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { shownUrl, watchReachability } from '../../../../scenarios/experiment/queue/reachability.js';

function watched(url = 'redis://127.0.0.1:6379') {
  const lines: string[] = [];
  const probe = new EventEmitter();
  const queue = new EventEmitter();
  watchReachability(url, probe, [queue], (line) => lines.push(line));
  return { lines, probe, queue };
}

describe('watchReachability', () => {
  it('a healthy start says nothing', () => {
    const { lines, probe } = watched();
    probe.emit('ready');
    expect(lines).toEqual([]);
  });

  it('says once that Redis does not answer, however many clients fail and retry, then that it answers', () => {
    const { lines, probe, queue } = watched();
    const refused = new Error('connect ECONNREFUSED 127.0.0.1:6379');
    probe.emit('error', refused);
    queue.emit('error', refused);
    probe.emit('error', refused);
    expect(lines).toEqual(['baton: Redis at redis://127.0.0.1:6379 does not answer (connect ECONNREFUSED 127.0.0.1:6379); retrying until it does (Ctrl-C stops)']);
    probe.emit('ready');
    expect(lines[1]).toBe('baton: Redis at redis://127.0.0.1:6379 answers');
  });

  it('a later outage is reported again, and its end as "again"', () => {
    const { lines, probe, queue } = watched();
    probe.emit('ready');
    queue.emit('error', new Error('Connection is closed.'));
    probe.emit('ready');
    probe.emit('ready');
    expect(lines).toEqual([
      'baton: Redis at redis://127.0.0.1:6379 does not answer (Connection is closed.); retrying until it does (Ctrl-C stops)',
      'baton: Redis at redis://127.0.0.1:6379 answers again',
    ]);
  });

  it('masks a password in the URL it shows', () => {
    expect(shownUrl('redis://user:s3cret@host:6379/2')).toBe('redis://user:***@host:6379/2');
    expect(shownUrl('redis://host:6379')).toBe('redis://host:6379');
    const { lines, probe } = watched('rediss://:s3cret@queue.example:6380');
    probe.emit('error', new Error('getaddrinfo ENOTFOUND queue.example'));
    expect(lines[0]).toContain('rediss://:***@queue.example:6380');
    expect(lines[0]).not.toContain('s3cret');
  });
});
