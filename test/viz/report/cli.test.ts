// `baton report` end to end through the real CLI entry: exit codes, the written file, no leftovers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturePath, smallRun } from '../support/fixtures.js';

const root = resolve(import.meta.dirname, '../../..');
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'baton-report-cli-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function baton(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin/baton.js'), ...args], { cwd: root, encoding: 'utf8' });
}

describe('baton report', () => {
  it('writes one HTML file from a run bundle and exits 0', () => {
    const out = join(folder, 'report.html');
    const run = baton('report', fixturePath('visuals-small.json'), '--out', out);
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Baton run: viz-small');
    expect(readdirSync(folder)).toEqual(['report.html']);
  });

  it('draws a run folder written by baton run --out, charts included', () => {
    const runFolder = join(folder, 'run');
    expect(baton('run', 'seed-walkthrough', '--out', runFolder).status).toBe(0);
    const out = join(folder, 'walkthrough.html');
    expect(baton('report', runFolder, '--out', out).status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Baton run: seed-walkthrough');
    expect(html).toContain('<td>cogs</td><td>$28.00</td>');
    expect(html).toContain('id="five-numbers-4471"');
  });

  it('exits 2 naming the bad file, and writes nothing', () => {
    const bad = join(folder, 'result.json');
    writeFileSync(bad, JSON.stringify({ ...smallRun().result, metrics: { cogs: 'lots' } }));
    const out = join(folder, 'report.html');
    const run = baton('report', bad, '--out', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${bad}: at metrics.cogs`);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 saying in words why --out cannot be written (a file where a folder should be)', () => {
    const blocker = join(folder, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const run = baton('report', fixturePath('visuals-small.json'), '--out', join(blocker, 'report.html'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('at --out: cannot write the report: a part of the path is not a folder');
    expect(run.stderr).not.toContain('ENOTDIR');
  });

  it('exits 2 when --out is not an HTML file name', () => {
    const run = baton('report', fixturePath('visuals-small.json'), '--out', join(folder, 'report.txt'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out');
  });
});
