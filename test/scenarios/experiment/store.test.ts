// The runs folder of a sweep: what is not a run file Baton wrote, under a run file's name, is refused
// before anything is read or removed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../scenarios/errors.js';
import { RunStore } from '../../../scenarios/experiment/store.js';
import type { Task } from '../../../scenarios/experiment/tasks.js';

const task = { point: 0, replication: 0, seed: 1, key: 'k' } as Task;

describe('RunStore.prepare', () => {
  it('refuses a folder or a named pipe named like a run file (exit 2, naming it), removing nothing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'baton-store-'));
    mkdirSync(join(folder, 'p0-r0.json'));
    spawnSync('mkfifo', [join(folder, 'p0-r1.json')]);
    writeFileSync(join(folder, 'p1-r0.json'), '{}');
    let error: unknown;
    try {
      new RunStore(folder).prepare([task], true);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((p) => [p.file, p.message.split(',')[0]])).toEqual([
      [join(folder, 'p0-r0.json'), 'is a folder'],
      [join(folder, 'p0-r1.json'), 'is a named pipe'],
    ]);
    expect(readdirSync(folder).sort()).toEqual(['p0-r0.json', 'p0-r1.json', 'p1-r0.json']);
  });

  it('removes stale run files and leftovers as before when every entry is a plain file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'baton-store-'));
    writeFileSync(join(folder, 'p0-r0.json'), 'not json');
    writeFileSync(join(folder, '.12.3.tmp'), 'half');
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    expect(new RunStore(folder).prepare([task], true)).toEqual({ reused: new Map(), removed: 1 });
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });
});
