// Vendor code cannot corrupt results: policies load from any folder in any of the four module
// forms, get copies of their inputs (a policy that edits them changes nothing), have every answer
// checked (a broken rule exits 1 naming the policy, its file and the rule, with the command that
// reproduces it), and may not take a name already in use (exit 2).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const outside = () => mkdtempSync(join(tmpdir(), 'baton-vendor-'));
function baton(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/baton.js'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** multichannel with the given OMS and pick policies, as a scenario file in `dir`. */
function scenarioWith(dir: string, oms: string, pick: string): string {
  const doc = JSON.parse(readFileSync(join(root, 'scenarios/builtin/multichannel.json'), 'utf8'));
  delete doc.$schema;
  doc.oms.routingPolicy = oms;
  for (const w of doc.warehouses) w.routingPolicy = pick;
  const file = join(dir, `${oms}-${pick}.json`);
  writeFileSync(file, JSON.stringify({ ...doc, name: 'vendor-check', horizonDays: 2 }));
  return file;
}

const hashOf = (stdout: string) => JSON.parse(stdout).hash as string;

describe('vendor policy files', () => {
  it('load from a folder outside the project as .ts, .mts, .js and .mjs, with no package.json', () => {
    const dir = outside();
    const example = readFileSync(join(root, 'scenarios/examples/cheapest-single-source.ts'), 'utf8');
    writeFileSync(join(dir, 'a.ts'), example.replace("name: 'cheapest-single-source'", "name: 'vendor-ts'"));
    writeFileSync(join(dir, 'b.mts'), example.replace("name: 'cheapest-single-source'", "name: 'vendor-mts'"));
    const js = "export default { kind: 'oms', name: 'NAME', route: (r) => ({ units: r.warehouses.map((_, w) => r.lines.map((l, i) => (w === 0 ? Math.min(l.qty, r.available[0][i]) : 0))) }) };\n";
    writeFileSync(join(dir, 'c.js'), js.replace('NAME', 'vendor-js'));
    writeFileSync(join(dir, 'd.mjs'), js.replace('NAME', 'vendor-mjs'));
    for (const [file, name] of [['a.ts', 'vendor-ts'], ['b.mts', 'vendor-mts'], ['c.js', 'vendor-js'], ['d.mjs', 'vendor-mjs']]) {
      const r = baton(dir, 'run', scenarioWith(dir, name!, 'largest-gap'), '--policy-file', file!, '--json');
      expect(r.code, `${file}: ${r.stderr}`).toBe(0);
      expect(JSON.parse(r.stdout).metrics.ordersShipped).toBeGreaterThan(0);
    }
  }, 120_000);

  it('baton validate knows a vendor policy only when its file is given (exit 0 with it, exit 2 naming the field without)', () => {
    const dir = outside();
    writeFileSync(join(dir, 'p.mjs'), "export default { kind: 'oms', name: 'vendor-validate', route: (r) => ({ units: r.warehouses.map(() => r.lines.map(() => 0)) }) };\n");
    const scenario = scenarioWith(dir, 'vendor-validate', 'largest-gap');
    const known = baton(dir, 'validate', scenario, '--policy-file', 'p.mjs');
    expect(known.code, known.stderr).toBe(0);
    expect(known.stdout).toMatch(/valid scenario "vendor-check"/);
    const unknown = baton(dir, 'validate', scenario);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/oms\.routingPolicy: unknown OMS routing policy.*\(got "vendor-validate"\)/);
  }, 120_000);

  it('a policy that edits its inputs gets copies: results equal the built-in it wraps, hash for hash', () => {
    const dir = outside();
    writeFileSync(
      join(dir, 'meddler.ts'),
      `import { nearest } from ${JSON.stringify(join(root, 'models/oms/routing/nearest.ts'))};
import { sShape } from ${JSON.stringify(join(root, 'models/wms/routing/s-shape.ts'))};
export const omsRoutingPolicies = [{ name: 'meddling-nearest', route(request: any) {
  const answer = nearest.route(request);
  for (const line of request.lines) line.qty = 999;
  for (const row of request.available) row.fill(999);
  return answer;
} }];
export const pickRoutingPolicies = [{ name: 'meddling-s-shape', route(layout: any, picks: any[]) {
  const route = sShape.route(layout, picks);
  for (const p of picks) { p.x = 1e6; p.address = 'Z-99-99'; }
  layout.aisleLength = 1;
  return route;
} }];
`,
    );
    const plain = baton(dir, 'run', scenarioWith(dir, 'nearest', 's-shape'), '--json');
    const meddling = baton(dir, 'run', scenarioWith(dir, 'meddling-nearest', 'meddling-s-shape'), '--policy-file', 'meddler.ts', '--json');
    expect(plain.code, plain.stderr).toBe(0);
    expect(meddling.code, meddling.stderr).toBe(0);
    expect(hashOf(meddling.stdout)).toBe(hashOf(plain.stdout));
  }, 120_000);

  const broken: [string, string, RegExp][] = [
    ['greedy', "export default { kind: 'oms', name: 'greedy', route: (r) => ({ units: r.warehouses.map(() => r.lines.map((l) => l.qty + 1)) }) };", /units\[\d+\]\[\d+\] = \d+ must be an integer in \[0, \d+\]|line \d+ gets \d+ units, more than the \d+ ordered/],
    ['thrower', "export default { kind: 'oms', name: 'thrower', route: () => { throw new Error('vendor bug'); } };", /it threw: vendor bug/],
    ['short-tour', "export default { kind: 'pick', name: 'short-tour', route: (layout, picks) => ({ length: 10, sequence: picks.slice(1).map((p) => p.address), path: [] }) };", /sequence must visit all \d+ pick addresses|sequence visits/],
    ['nan-tour', "export default { kind: 'pick', name: 'nan-tour', route: (layout, picks) => ({ length: NaN, sequence: [...new Set(picks.map((p) => p.address))], path: [] }) };", /length must be a finite number >= 0, got NaN/],
  ];
  for (const [name, source, rule] of broken) {
    it(`a broken rule (${name}) exits 1 naming the policy, its file and the rule, with the reproduce command`, () => {
      const dir = outside();
      writeFileSync(join(dir, `${name}.mjs`), `${source}\n`);
      const isPick = source.includes("kind: 'pick'");
      const scenario = scenarioWith(dir, isPick ? 'nearest' : name, isPick ? name : 'largest-gap');
      const r = baton(dir, 'run', scenario, '--policy-file', `${name}.mjs`, '--days', '1');
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`policy "${name}" (${name}.mjs) broke a rule`);
      expect(r.stderr).toMatch(rule);
      expect(r.stderr).toContain(`reproduce with: npx baton run ${scenario} --policy-file ${name}.mjs --days 1`);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    }, 60_000);
  }

  it('a policy named like a built-in or like another loaded policy is refused (exit 2)', () => {
    const dir = outside();
    writeFileSync(join(dir, 'impostor.mjs'), "export default { kind: 'oms', name: 'nearest', route: () => ({ units: [] }) };\n");
    const builtIn = baton(dir, 'run', 'seed-walkthrough', '--policy-file', 'impostor.mjs');
    expect(builtIn.code).toBe(2);
    expect(builtIn.stderr).toMatch(/impostor\.mjs.*already taken by a built-in policy/);
    writeFileSync(join(dir, 'one.mjs'), "export default { kind: 'pick', name: 'twin-name', route: () => ({ length: 0, sequence: [], path: [] }) };\n");
    copyFileSync(join(dir, 'one.mjs'), join(dir, 'two.mjs'));
    const twice = baton(dir, 'run', 'seed-walkthrough', '--policy-file', 'one.mjs', '--policy-file', 'two.mjs');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/two\.mjs.*already taken by the policy in one\.mjs/);
  }, 60_000);
});

describe('runs that do not end', () => {
  it('a policy that never returns: the sweep stops the run at --timeout, names it and exits 1', () => {
    const dir = outside();
    writeFileSync(join(dir, 'spinner.mjs'), "export default { kind: 'oms', name: 'spinner', route: () => { for (;;) {} } };\n");
    writeFileSync(join(dir, 'exp.json'), JSON.stringify({ name: 'spin', base: scenarioWith(dir, 'nearest', 'largest-gap'), replications: 1, seed: 1, days: 1, design: 'grid', vary: [{ path: 'oms.routingPolicy', values: ['spinner'] }], metrics: ['fillRate'] }));
    const started = process.hrtime.bigint();
    const r = baton(dir, 'sweep', 'exp.json', '--workers', '1', '--timeout', '3', '--policy-file', 'spinner.mjs', '--out', join(dir, 'out'));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ran longer than the 3 s timeout/);
    expect(r.stderr).toMatch(/reproduce with: npx baton run .*p0\.scenario\.json --seed 1 --policy-file \S*spinner\.mjs/);
    expect(seconds).toBeLessThan(100); // it ended at all: without the watchdog the sweep never returns
  }, 120_000);

  it('a policy that never returns: compare and optimize stop the run at --timeout and exit 1 with a reproduce line that loads the file', () => {
    const dir = outside();
    writeFileSync(join(dir, 'spinner.mjs'), "export default { kind: 'oms', name: 'spinner', route: () => { for (;;) {} } };\n");
    writeFileSync(join(dir, 'exp.json'), JSON.stringify({ name: 'spin', base: scenarioWith(dir, 'nearest', 'largest-gap'), replications: 2, seed: 1, days: 1, design: 'grid', vary: [{ path: 'oms.routingPolicy', values: ['nearest', 'spinner'] }], metrics: ['fillRate'] }));
    const compare = baton(dir, 'compare', scenarioWith(dir, 'nearest', 'largest-gap'), '-b', 'oms.routingPolicy=spinner', '--replications', '2', '--days', '1', '--workers', '1', '--timeout', '3', '--policy-file', 'spinner.mjs');
    const optimize = baton(dir, 'optimize', 'exp.json', '--minimize', 'fillRate', '--workers', '1', '--timeout', '3', '--policy-file', 'spinner.mjs');
    for (const r of [compare, optimize]) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/ran longer than the 3 s timeout/);
      expect(r.stderr).toMatch(/reproduce with: npx baton (compare|optimize) .*--policy-file spinner\.mjs/);
      expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
    }
  }, 120_000);

  it('a policy that never returns: a single run stops at --timeout, exits 1 with the reproduce line, and writes nothing', () => {
    const dir = outside();
    writeFileSync(join(dir, 'spinner.mjs'), "export default { kind: 'oms', name: 'spinner', route: () => { for (;;) {} } };\n");
    const scenario = scenarioWith(dir, 'spinner', 'largest-gap');
    const out = join(dir, 'out');
    const r = baton(dir, 'run', scenario, '--timeout', '3', '--policy-file', 'spinner.mjs', '--out', out, '--trace');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ran longer than the 3 s timeout/);
    expect(r.stderr).toContain(`reproduce with: npx baton run ${scenario} --timeout 3 --policy-file spinner.mjs`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
    // The same scenario with a policy that returns runs to the end on the worker thread, same hash as in-process.
    writeFileSync(join(dir, 'first.mjs'), "export default { kind: 'oms', name: 'spinner', route: (r) => ({ units: r.warehouses.map((_, w) => r.lines.map((l, i) => (w === 0 ? Math.min(l.qty, r.available[0][i]) : 0))) }) };\n");
    const watched = baton(dir, 'run', scenario, '--policy-file', 'first.mjs', '--json');
    expect(watched.code, watched.stderr).toBe(0);
    expect(hashOf(watched.stdout)).toMatch(/^[0-9a-f]{16}$/);
  }, 120_000);

  it('Ctrl-C ends a sweep promptly with exit 130 and a message', async () => {
    const dir = outside();
    writeFileSync(join(dir, 'exp.json'), JSON.stringify({ name: 'long', base: 'multichannel', replications: 20, seed: 1, days: 30, design: 'grid', vary: [{ path: 'oms.allowSplit', values: [true, false] }], metrics: ['fillRate'] }));
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [join(root, 'bin/baton.js'), 'sweep', 'exp.json', '--workers', '1', '--out', join(dir, 'out')], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    await new Promise((r) => setTimeout(r, 4_000));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted after \d+ of 40 runs/);
  }, 120_000);
});
