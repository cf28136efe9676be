// The compiled CLI: the esbuild bundle runs every command without a TypeScript loader and gives the
// same results as the sources, in worker threads too; the command catalogue lists every command with
// its module's own command string and description, so `baton --help` needs to load none of them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandCatalogue, commandName } from '../../bin/commands/index.js';

const root = resolve(import.meta.dirname, '../..');
const outdir = `test-output/bundle-${process.pid}`;

function node(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const hashOf = (stdout: string) => JSON.parse(stdout).hash as string;

describe('the compiled CLI', () => {
  beforeAll(() => {
    const built = node(['scripts/build.mjs', '--outdir', outdir]);
    expect(built.code, built.stderr).toBe(0);
  }, 60_000);

  it('lists every command and runs one without tsx, with the same hash as the sources', () => {
    const help = node([join(outdir, 'cli.mjs'), '--help']);
    expect(help.code).toBe(0);
    for (const entry of commandCatalogue) expect(help.stdout).toContain(`baton ${entry.command}`);
    const bundled = node([join(outdir, 'cli.mjs'), 'run', 'seed-walkthrough', '--json']);
    const source = node(['bin/baton.js', 'run', 'seed-walkthrough', '--json'], { BATON_FROM_SOURCE: '1' });
    expect(bundled.code, bundled.stderr).toBe(0);
    expect(hashOf(bundled.stdout)).toBe(hashOf(source.stdout));
  }, 60_000);

  it('a sweep on the bundled worker threads gives the sources\' summary hash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-bundle-'));
    const experiment = join(dir, 'small.json');
    // A vendor policy in TypeScript loads in the bundle's worker threads too (no global TS loader there).
    writeFileSync(experiment, JSON.stringify({ name: 'small', base: 'multichannel', replications: 2, seed: 3, days: 1, design: 'grid', vary: [{ path: 'oms.routingPolicy', values: ['nearest', 'cheapest-single-source'] }], metrics: ['fillRate'] }));
    const policy = ['--policy-file', join(root, 'scenarios/examples/cheapest-single-source.ts')];
    const bundled = node([join(outdir, 'cli.mjs'), 'sweep', experiment, '--workers', '2', '--out', join(dir, 'bundled'), '--json', ...policy]);
    const source = node(['bin/baton.js', 'sweep', experiment, '--workers', '2', '--out', join(dir, 'source'), '--json', ...policy], { BATON_FROM_SOURCE: '1' });
    expect(bundled.code, bundled.stderr).toBe(0);
    expect(hashOf(bundled.stdout)).toBe(hashOf(source.stdout));
  }, 120_000);
});

describe('the command catalogue', () => {
  it("each entry's command and description are its module's own", async () => {
    for (const entry of commandCatalogue) {
      const module = await entry.load();
      expect({ command: module.command, describe: module.describe }).toEqual({ command: entry.command, describe: entry.describe });
    }
  });

  it('every command module in bin/commands is in the catalogue', async () => {
    const listed = new Set(commandCatalogue.map(commandName));
    const files = readdirSync(join(root, 'bin/commands')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    const found: string[] = [];
    for (const file of files) {
      const module = (await import(join(root, 'bin/commands', file))) as Record<string, unknown>;
      for (const value of Object.values(module)) {
        if (value !== null && typeof value === 'object' && 'command' in value && 'handler' in value) found.push(commandName(value as { command: string }));
      }
    }
    expect(found.filter((name) => !listed.has(name))).toEqual([]);
    expect(found.length).toBeGreaterThanOrEqual(commandCatalogue.length);
  });
});
