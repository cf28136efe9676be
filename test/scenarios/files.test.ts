// Output folders: made one level at a time, so a place that can hold no folder fails at once with
// exit 2 instead of hanging (Node's recursive mkdir spins forever under /proc).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../scenarios/errors.js';
import { ensureFolder, makeFolders } from '../../scenarios/files.js';

const root = resolve(import.meta.dirname, '../..');

describe('output folders', () => {
  it('makeFolders makes every missing level and accepts a folder that exists', () => {
    const base = mkdtempSync(join(tmpdir(), 'baton-files-'));
    makeFolders(join(base, 'a', 'b', 'c'));
    expect(existsSync(join(base, 'a', 'b', 'c'))).toBe(true);
    makeFolders(join(base, 'a', 'b'));
    writeFileSync(join(base, 'file'), '');
    expect(() => ensureFolder(join(base, 'file', 'x'))).toThrow(InputError);
  });

  it.runIf(existsSync('/proc/self'))('--out under /proc exits 2 naming the folder, and does not hang', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin/baton.js'), 'run', 'seed-walkthrough', '--out', '/proc/baton-no-such-folder'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBeNull(); // without the fix the command spins until the timeout kills it
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/at --out: cannot create the output folder: .*\(got "\/proc\/baton-no-such-folder"\)/);
  }, 90_000);
});
