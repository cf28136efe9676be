// `baton sweep` and `baton compare` end to end: exit codes, --json output, argument errors.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './support.js';

const root = resolve(import.meta.dirname, '../../..');

function baton(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'baton.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('baton sweep', () => {
  it('--json prints only the summary JSON and writes the output folder', () => {
    const folder = tempFolder();
    const file = join(folder, 'exp.json');
    writeFileSync(file, JSON.stringify({ name: 'cli', base: 'seed-oversell', replications: 2, vary: [{ path: 'ownership', values: ['clean', 'no-oms'] }] }));
    const out = join(folder, 'out');
    const run = baton('sweep', file, '--json', '--workers', '2', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.points).toHaveLength(2);
    expect(summary.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(existsSync(join(out, 'summary.csv'))).toBe(true);

    const again = baton('sweep', file, '--json', '--workers', '1', '--out', out, '--resume');
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/resuming in .*: 4 of 4 runs already done/);
    expect(JSON.parse(again.stdout)).toEqual(summary);
  }, 120_000);

  it('the terminal summary opens with the answer in words', () => {
    const folder = tempFolder();
    const file = join(folder, 'exp.json');
    writeFileSync(file, JSON.stringify({ name: 'answer', base: 'seed-drift', replications: 2, vary: [{ path: 'ownership', values: ['clean', 'erp-own-count'] }], metrics: ['driftRate'] }));
    const run = baton('sweep', file, '--workers', '1', '--out', join(folder, 'out'));
    expect(run.status).toBe(0);
    // seed-drift is scripted: both replications see the ERP off on its one SKU at every close (100%)
    // with its own count and never without it (0%), so the paired difference has no spread.
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      'What changed, clearly (paired 95% intervals over 2 replications on common random numbers):',
      '- Changing ownership from clean to erp-own-count raises driftRate from 0.00% to 100.00% (+100.00 pp ± 0.0000 pp, 95% CI).',
    ]);
  }, 120_000);

  it('bad arguments and bad experiment files exit with code 2 and name the problem', () => {
    const workers = baton('sweep', 'default', '--workers', '0');
    expect(workers.status).toBe(2);
    expect(workers.stderr).toContain('at --workers: must be a whole number of worker threads from 1 to 256 (got 0)');

    const file = join(tempFolder(), 'bad.json');
    writeFileSync(file, JSON.stringify({ name: 'bad', base: 'seed-oversell', replications: 2, vary: [{ path: 'channels[*].syncIntervalSecs', values: [60] }] }));
    const bad = baton('sweep', file);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${file}: at vary[0].path: no such place in the scenario`);
    expect(bad.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 120_000);
});

describe('baton compare', () => {
  it('--json prints the paired comparison', () => {
    const run = baton('compare', 'seed-oversell', '--a', 'ownership=clean', '--b', 'ownership=no-oms', '--replications', '2', '--workers', '1', '--metrics', 'oversellRate,fillRate', '--json');
    expect(run.status).toBe(0);
    const c = JSON.parse(run.stdout);
    expect(Object.keys(c.metrics)).toEqual(['oversellRate', 'fillRate']);
    expect(c.a).toEqual({ ownership: 'clean' });
    expect(c.b).toEqual({ ownership: 'no-oms' });
  }, 120_000);

  it('a malformed --a or a bad --replications exits with code 2 naming the argument and value', () => {
    const malformed = baton('compare', 'seed-oversell', '--a', 'ownership', '--b', 'ownership=no-oms');
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain('at --a: expected PATH=VALUE');
    expect(malformed.stderr).toContain('(got "ownership")');
    const replications = baton('compare', 'seed-oversell', '--b', 'ownership=no-oms', '--replications', '-1');
    expect(replications.status).toBe(2);
    expect(replications.stderr).toContain('at --replications: must be a whole number of replications from 1 to 10000 (got -1)');
  }, 120_000);
});
