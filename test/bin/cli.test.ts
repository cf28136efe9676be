// The CLI contract: exit codes, --json purity, errors that name the file, field and value, and
// no partial outputs on bad input.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
function baton(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/baton.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'baton-cli-'));

describe('baton CLI', () => {
  it('--help lists the commands and exits 0', () => {
    const r = baton('--help');
    expect(r.code).toBe(0);
    for (const command of ['run', 'sweep', 'compare', 'validate', 'explain', 'list', 'route']) expect(r.stdout).toContain(command);
  });

  it('run seed-walkthrough --json prints only the result JSON with the article numbers', () => {
    const r = baton('run', 'seed-walkthrough', '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.metrics.cogs).toBe(2800);
    expect(result.metrics.inventoryValue).toBe(117600);
    expect(result.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(result).sort()).toEqual(['hash', 'horizonDays', 'invariants', 'metrics', 'perf', 'scenario', 'seed']);
  });

  it('a malformed scenario exits 2, names the file, field and value, and writes nothing', () => {
    const dir = tmp();
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ name: 5, horizonDays: -1 }));
    const v = baton('validate', file);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain(file);
    expect(v.stderr).toMatch(/horizonDays.*-1/);
    expect(v.stderr).not.toMatch(/\n\s+at /);
    const out = join(dir, 'out');
    const r = baton('run', file, '--out', out);
    expect(r.code).toBe(2);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('route answers for a bin list and refuses a bad bin with exit 2', () => {
    const dir = tmp();
    const layout = join(dir, 'layout.json');
    writeFileSync(layout, JSON.stringify({ aisles: 4, baysPerAisle: 10, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 } }));
    const ok = baton('route', '--layout', layout, '--policy', 'optimal', '--json', 'A-03-01', 'A-07-02');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ policy: 'optimal', length: 13, sequence: ['A-03-01', 'A-07-02'] });
    const bad = baton('route', '--layout', layout, '--policy', 'optimal', 'Z-99-99');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Z-99-99');
    const policy = baton('route', '--layout', layout, '--policy', 'teleport', 'A-01-01');
    expect(policy.code).toBe(2);
    expect(policy.stderr).toContain('teleport');
  });

  it('route reads a scenario layout object (defaults filled, did-you-mean on unknown keys) and the shipped example', () => {
    const dir = tmp();
    const typo = join(dir, 'typo.json');
    writeFileSync(typo, JSON.stringify({ aisles: 4, baysPerAisle: 10, aisleLenght: 10 }));
    const refused = baton('route', '--layout', typo, 'A-01-01');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('at aisleLenght: unknown key; did you mean "aisleLength"?');
    // D-05-01 alone on the example layout (12 aisles 3 m apart, 25 bays over 30 m): the bay's centre is
    // 4.5 x 1.2 = 5.4 m in, the aisle 3 x 3 = 9 m across, so out and back is 2 x (9 + 5.4) = 28.8 m.
    const example = join(root, 'scenarios/examples/layout.json');
    expect(JSON.parse(baton('route', '--layout', example, '--json', 'D-05-01').stdout).length).toBe(28.8);
    const minimal = join(dir, 'minimal.json');
    writeFileSync(minimal, JSON.stringify({ aisles: 12, baysPerAisle: 25 }));
    expect(baton('route', '--layout', minimal, 'D-05-01').code).toBe(0);
    // A single-block heuristic on a multi-block layout is a bad choice of policy: exit 2, naming it.
    const blocks = join(dir, 'blocks.json');
    writeFileSync(blocks, JSON.stringify({ aisles: 4, baysPerAisle: 10, crossAisles: 3 }));
    const refused2 = baton('route', '--layout', blocks, '--policy', 'return', 'A-01-01');
    expect(refused2.code).toBe(2);
    expect(refused2.stderr).toMatch(/--policy: routing policy "return" works on single-block layouts only/);
    expect(baton('route', '--layout', blocks, '--policy', 'optimal', 'A-01-01').code).toBe(0);
    // The block-aware heuristics route it; one pick is out and back, as the optimum walks it.
    const best = JSON.parse(baton('route', '--layout', blocks, '--policy', 'optimal', '--json', 'A-01-01').stdout).length;
    for (const policy of ['s-shape', 'largest-gap', 'combined', 'combined-plus']) {
      const routed = baton('route', '--layout', blocks, '--policy', policy, '--json', 'A-01-01');
      expect(routed.code, routed.stderr).toBe(0);
      expect(JSON.parse(routed.stdout).length).toBe(best);
    }
  });

  it('route --batch: one result per pick list, the same as routing each list alone; a bad line refuses the file', () => {
    const example = join(root, 'scenarios/examples/layout.json');
    const picks = join(root, 'scenarios/examples/picks.ndjson');
    for (const policy of ['s-shape', 'optimal']) {
      const batch = baton('route', '--layout', example, '--policy', policy, '--batch', picks);
      expect(batch.code, batch.stderr).toBe(0);
      const results = batch.stdout.trim().split('\n').map((line) => JSON.parse(line));
      const lists = readFileSync(picks, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as string[]);
      expect(results.map((r) => r.line)).toEqual([1, 2, 3, 4]);
      lists.forEach((bins, i) => {
        const single = JSON.parse(baton('route', '--layout', example, '--policy', policy, '--json', ...bins).stdout);
        expect(results[i]).toEqual({ line: i + 1, length: single.length, sequence: single.sequence });
      });
      const summary = JSON.parse(baton('route', '--layout', example, '--policy', policy, '--batch', picks, '--json').stdout);
      const lengths = results.map((r) => r.length as number);
      expect(summary).toMatchObject({ policy, lists: 4, minLength: Math.min(...lengths), maxLength: Math.max(...lengths) });
      expect(summary.meanLength).toBeCloseTo(lengths.reduce((a, b) => a + b, 0) / 4, 6);
    }
    const dir = tmp();
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(bad, '["A-01-01"]\n\n["A-01-01", "Z-99-99"]\nnot json\n');
    const refused = baton('route', '--layout', example, '--batch', bad);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/bad\.ndjson:3: at \[1\]: .*Z-99-99/);
    expect(refused.stderr).toMatch(/bad\.ndjson:4: .*not JSON/);
    expect(baton('route', '--layout', example).code).toBe(2); // neither bins nor --batch
  });

  it('unknown commands and bad arguments are usage errors (exit 2)', () => {
    expect(baton('fly').code).toBe(2);
    const r = baton('run', 'seed-walkthrough', '--days', '-3');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--days');
  });

  it('a flag given without its value is a usage error (exit 2), never an internal error or a silent default', () => {
    for (const args of [['run', 'seed-walkthrough', '--policy-file'], ['run', 'seed-walkthrough', '--seed'], ['run', 'seed-walkthrough', '--days', '--json'], ['compare', 'multichannel', '-a']]) {
      const r = baton(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stderr).toContain(args.at(-1) === '--json' ? '--days' : args.at(-1)!.replace(/^-+/, ''));
    }
  });

  it('explain --limit and demo --seed refuse values they used to clamp or take as they came (exit 2 naming the flag and value)', () => {
    for (const [args, flag] of [[['explain', 'seed-walkthrough', '--limit', '0'], '--limit'], [['explain', 'seed-walkthrough', '--limit', '1.5'], '--limit'], [['demo', 'queue', '--seed', '1.5'], '--seed'], [['demo', 'warehouse', '--seed', '-1'], '--seed']] as const) {
      const r = baton(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(`at ${flag}: must be a whole number`);
      expect(r.stderr).toContain(`(got ${args.at(-1)})`);
    }
  });

  it('swarm --from beyond the safe integers names the range it accepts', () => {
    const r = baton('swarm', '--from', '1e300', '--seeds', '1');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`at --from: must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER} (got 1e+300)`);
  });

  it('an option that takes one value, given twice, is a usage error instead of being added up or listed', () => {
    const r = baton('swarm', '--seeds', '1', '--seeds', '1', '--days', '0.1', '--json');
    expect(r.code, r.stdout).toBe(2);
    expect(r.stderr).toContain('--seeds is given more than once');
  });

  it('a usage message yargs writes over several lines is printed on one, without escaped line breaks', () => {
    const r = baton('demo', 'nosuch');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^baton: Invalid values: Argument: model, Given: "nosuch", Choices: "queue", "warehouse"\n/);
  });

  it('--policy-file takes one file, so bins after it stay bins (the documented route command)', () => {
    const r = baton('route', '--layout', 'scenarios/examples/layout.json', '--policy', 'half-depth', '--policy-file', 'scenarios/examples/half-depth.ts', 'A-03-01', 'C-12-02');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/half-depth: [\d.]+ m/);
    expect(r.stdout).toContain('A-03-01 -> C-12-02');
  });

  it('explain narrates the walkthrough with simulated times and each system\'s number', () => {
    const r = baton('explain', 'seed-walkthrough');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/day 0 10:00:00\s+channel:amazon\s+accepts order #1: 2 x SKU 4471/);
    expect(r.stdout).toMatch(/on-hand 86 -> 84/);
    expect(r.stdout).toMatch(/Dr COGS \$28\.00 \/ Cr Inventory \$28\.00/);
    expect(r.stdout).toMatch(/SKU 4471: shelf 84 \| WMS record 84 \| OMS ATS 84/);
  });

  it('explain --lesson walks the article: what to look for, the run, and the numbers that show it', () => {
    const first = baton('explain', '--lesson', '1');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Lesson 1 of 4: The clean handoff\nWhat to look for: /);
    // The article's walkthrough: 2 units at $14.00 leave 84 of 86 in stock (84 x $14.00 = $1,176.00).
    expect(first.stdout).toContain('The numbers that show it:\n  unitsShipped = 2\n  cogs = $28.00\n  inventoryValue = $1,176.00\n');
    expect(first.stdout.trimEnd().endsWith('Next: baton explain --lesson 2')).toBe(true);
    const oversell = JSON.parse(baton('explain', '--lesson', '2', '--json').stdout);
    expect(oversell.lesson).toBe(2);
    expect(oversell.evidence.slice(0, 2)).toEqual([{ metric: 'ordersAccepted', value: 12 }, { metric: 'oversoldOrders', value: 2 }]);
    const drift = JSON.parse(baton('explain', '--lesson', '3', '--json').stdout);
    expect(drift.evidence).toContainEqual({ metric: 'ordersRejected', value: 2 });
    expect(drift.evidence).toContainEqual({ metric: 'stockoutSkuDays', value: 3 });
    for (const bad of [['--lesson', '9'], ['--lesson', '1.5'], ['seed-drift', '--lesson', '1'], []]) {
      const r = baton('explain', ...bad);
      expect(r.code, bad.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/lesson|scenario/);
    }
  });

  it('explain --lesson 4 runs the OMS decision on the grid of channels x locations', () => {
    const r = baton('explain', '--lesson', '4', '--json');
    expect(r.code, r.stderr).toBe(0);
    const trigger = JSON.parse(r.stdout);
    expect(trigger.lesson).toBe(4);
    expect(trigger.grid).toHaveLength(15);
  }, 120_000);

  it('explain shows the moment the article\'s oversell happens: the 11th and 12th orders, accepted on stale views, cancelled', () => {
    // 10 units, Amazon and Shopify alternate one-unit orders a minute apart from 09:00; the warehouse
    // covers the first 10, so order #11 (Amazon, 09:50) and #12 (Shopify, 09:51) find nothing left.
    const r = baton('explain', 'seed-oversell');
    expect(r.code).toBe(0);
    const oversold = r.stdout.split('\n').filter((line) => line.includes('oversold, the seller cancels'));
    expect(oversold).toHaveLength(2);
    expect(oversold[0]).toMatch(/^day 0 09:50:00\s+wms:east\s+cannot cover order #11 from amazon: .* 1 unit\(s\) oversold/);
    expect(oversold[1]).toMatch(/^day 0 09:51:00\s+wms:east\s+cannot cover order #12 from shopify: .* 1 unit\(s\) oversold/);
  });
});
