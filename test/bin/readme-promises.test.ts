// README promises checked through the spawned CLI: run --out files (metrics.csv, trace.ndjson with
// --trace), `baton list`, `baton demo`, --policy-file on run and compare, exit 1 on a broken policy.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../../scenarios/builtin/index.js';

const root = resolve(import.meta.dirname, '../..');
function baton(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/baton.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'baton-promises-'));
const examplePolicy = join(root, 'scenarios/examples/cheapest-single-source.ts');

/** The walkthrough as a file whose OMS uses `policy`. */
function walkthroughWith(dir: string, policy: string): string {
  const document: Record<string, unknown> = { ...(structuredClone(builtinScenarios['seed-walkthrough']) as Record<string, unknown>), oms: { routingPolicy: policy } };
  delete document.$schema;
  const file = join(dir, `walkthrough-${policy}.json`);
  writeFileSync(file, JSON.stringify(document));
  return file;
}

describe('README promises', () => {
  it('run --out writes result.json, metrics.csv and visuals.json; --trace adds trace.ndjson', () => {
    const plain = join(tmp(), 'plain');
    expect(baton('run', 'seed-walkthrough', '--out', plain).code).toBe(0);
    expect(readdirSync(plain).sort()).toEqual(['metrics.csv', 'result.json', 'visuals.json']);
    const result = JSON.parse(readFileSync(join(plain, 'result.json'), 'utf8'));
    const csv = readFileSync(join(plain, 'metrics.csv'), 'utf8');
    // Every metric of the result is in the CSV with its value: 2 units accepted, COGS 2800 cents.
    for (const [name, value] of Object.entries(result.metrics)) expect(csv, name).toMatch(new RegExp(`\\b${name}\\b[^\\n]*${String(value).replace('.', '\\.')}`));
    expect(result.metrics.cogs).toBe(2_800);

    const traced = join(tmp(), 'traced');
    expect(baton('run', 'seed-walkthrough', '--out', traced, '--trace').code).toBe(0);
    expect(readdirSync(traced).sort()).toEqual(['metrics.csv', 'result.json', 'trace.ndjson', 'visuals.json']);
    const records = readFileSync(join(traced, 'trace.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(records.length).toBeGreaterThan(10);
    for (const record of records) expect(typeof record.time === 'number' && typeof record.kind === 'string', JSON.stringify(record)).toBe(true);
    // The article's shipment is in the trace, and the hash does not depend on tracing.
    expect(records.some((r) => r.kind === 'bus.message.sent' && r.type === 'wms.order.shipped')).toBe(true);
    expect(JSON.parse(readFileSync(join(traced, 'result.json'), 'utf8')).hash).toBe(result.hash);
  });

  it('baton list names every built-in', () => {
    const r = baton('list');
    expect(r.code).toBe(0);
    for (const name of Object.keys(builtinScenarios)) expect(r.stdout).toContain(name);
  });

  it('baton demo queue compares the M/M/c station with Erlang C; demo warehouse reports pick travel', () => {
    const queue = baton('demo', 'queue');
    expect(queue.code).toBe(0);
    expect(queue.stdout).toMatch(/Erlang C/);
    const warehouse = baton('demo', 'warehouse');
    expect(warehouse.code).toBe(0);
    expect(warehouse.stdout.toLowerCase()).toMatch(/travel/);
  });

  it('run --policy-file loads a vendor OMS policy: the same walkthrough result; without the file the name is refused (exit 2)', () => {
    const dir = tmp();
    const scenario = walkthroughWith(dir, 'cheapest-single-source');
    const withFile = baton('run', scenario, '--policy-file', examplePolicy, '--json');
    expect(withFile.code, withFile.stderr).toBe(0);
    const result = JSON.parse(withFile.stdout);
    expect(result.metrics).toMatchObject({ unitsShipped: 2, cogs: 2_800, revenue: 4_998 });
    const without = baton('run', scenario);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('cheapest-single-source');
  });

  it('compare --policy-file runs a built-in against a vendor policy', () => {
    const r = baton('compare', 'seed-walkthrough', '-a', 'oms.routingPolicy=nearest', '-b', 'oms.routingPolicy=cheapest-single-source', '--policy-file', examplePolicy, '--replications', '2', '--json');
    expect(r.code, r.stderr).toBe(0);
    const comparison = JSON.parse(r.stdout);
    expect(comparison.b).toEqual({ 'oms.routingPolicy': 'cheapest-single-source' });
    // One warehouse: both policies ship the same order, so every paired difference is exactly 0.
    expect(Object.keys(comparison.metrics).length).toBeGreaterThan(0);
    for (const [name, metric] of Object.entries<{ difference: { mean: number } }>(comparison.metrics)) expect(metric.difference.mean, name).toBe(0);
  });

  it('a vendor policy that breaks the rules fails the run with exit 1, naming the policy', () => {
    const dir = tmp();
    const policy = join(dir, 'greedy.mjs');
    writeFileSync(policy, "export default { kind: 'oms', name: 'greedy', route: (request) => ({ units: request.warehouses.map(() => request.lines.map((line) => line.qty + 1)) }) };\n");
    const out = join(dir, 'out');
    const r = baton('run', walkthroughWith(dir, 'greedy'), '--policy-file', policy, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('greedy');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(out, 'result.json'))).toBe(false);
  });

  it('sweep: a run failing on a rule-breaking policy exits 1 with the command that reproduces it', () => {
    const dir = tmp();
    const policy = join(dir, 'greedy.mjs');
    writeFileSync(policy, "export default { kind: 'oms', name: 'greedy', route: (request) => ({ units: request.warehouses.map(() => request.lines.map((line) => line.qty + 1)) }) };\n");
    const experiment = join(dir, 'experiment.json');
    writeFileSync(experiment, JSON.stringify({ name: 'greedy-sweep', base: walkthroughWith(dir, 'greedy'), replications: 1, seed: 1, vary: [{ path: 'seed', values: [1] }] }));
    const r = baton('sweep', experiment, '--policy-file', policy, '--workers', '1', '--out', join(dir, 'out'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('greedy');
    const reproduce = /reproduce with: npx baton run (\S+) --seed 1/.exec(r.stderr);
    expect(reproduce, r.stderr).not.toBeNull();
    expect(existsSync(reproduce![1]!)).toBe(true);
  });
  it('route --policy-file answers with a vendor pick-path policy loaded from another folder', () => {
    const dir = tmp();
    const layout = join(dir, 'layout.json');
    writeFileSync(layout, JSON.stringify({ aisles: 4, baysPerAisle: 10, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 } }));
    const policy = join(dir, 'given-order.mjs');
    // Visits the picks in the order given, and claims a fixed length the built-ins never produce.
    writeFileSync(policy, "export default { kind: 'pick', name: 'given-order', route: (layout, picks) => ({ length: 99, sequence: [...new Set(picks.map((p) => p.address))], path: [] }) };\n");
    const r = baton('route', '--layout', layout, '--policy', 'given-order', '--policy-file', policy, '--json', 'A-07-02', 'A-03-01');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ policy: 'given-order', length: 99, sequence: ['A-07-02', 'A-03-01'] });
    // Without the file the name is unknown: a usage error naming it.
    const unknown = baton('route', '--layout', layout, '--policy', 'given-order', 'A-01-01');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('given-order');
  });

  it('a reader that closes the pipe early (baton list | head) ends the command quietly with exit 0', async () => {
    const child = spawn(process.execPath, [join(root, 'bin/baton.js'), 'list'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // closed before the command writes its first line
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
