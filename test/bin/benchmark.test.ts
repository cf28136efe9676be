// `baton benchmark` through the CLI: the example vendor policies, copied to an empty folder outside the
// repository, are benchmarked with one command and appear in the leaderboard; a rerun gives the same
// numbers and hashes; a policy that breaks a rule exits 1 with the guard's message; bad arguments exit
// 2 with one line and nothing written.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const outside = () => mkdtempSync(join(tmpdir(), 'baton-benchmark-'));
function baton(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/baton.js'), 'benchmark', ...args], { cwd, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The leaderboard without the measured times. */
function numbers(board: any): unknown {
  const untimed = (pick: any) => ({ ...pick, standings: pick.standings.map((s: any) => ({ ...s, microsPerRoute: 0 })) });
  return { ...board, elapsedSeconds: 0, pick: untimed(board.pick), pickMultiBlock: board.pickMultiBlock && untimed(board.pickMultiBlock) };
}

describe('baton benchmark', () => {
  it('benchmarks the example vendor policies from an empty folder outside the repository, the same twice', () => {
    const dir = outside();
    copyFileSync(join(root, 'scenarios/examples/half-depth.ts'), join(dir, 'half-depth.ts'));
    copyFileSync(join(root, 'scenarios/examples/cheapest-single-source.ts'), join(dir, 'cheapest-single-source.ts'));
    const first = baton(dir, '--policy-file', 'half-depth.ts', '--policy-file', 'cheapest-single-source.ts', '--out', 'board');
    expect(first.code, first.stderr).toBe(0);
    // the answer first, then the tables, the suite's identity and the files written
    const lines = first.stdout.split('\n');
    expect(lines[0]).toMatch(/^Pick routing, single-block layouts: \S+ is the best heuristic, \d+\.\d\d% above the optimum/);
    expect(lines[1]).toMatch(/^Pick routing, multi-block layouts: \S+ is the best heuristic/);
    expect(lines[2]).toMatch(/^OMS routing, multichannel: /);
    expect(first.stdout).toMatch(/suite default v2 \(suite hash [0-9a-f]{16}, instances hash [0-9a-f]{16}\), results hash [0-9a-f]{16}/);
    expect(first.stdout).toMatch(/half-depth \(vendor\)/);
    expect(first.stdout).toMatch(/cheapest-single-source \(vendor\)/);
    const board = JSON.parse(readFileSync(join(dir, 'board/leaderboard.json'), 'utf8'));
    expect(first.stdout).toContain(`results hash ${board.resultsHash}`);
    expect(board.suite).toMatchObject({ name: 'default', version: 2 });
    expect(board.pickMultiBlock.standings.map((s: any) => s.policy)).toContain('half-depth');
    expect(board.vendorPolicies).toEqual([
      { kind: 'pick', name: 'half-depth', file: 'half-depth.ts' },
      { kind: 'oms', name: 'cheapest-single-source', file: 'cheapest-single-source.ts' },
    ]);
    const vendor = board.pick.standings.find((s: any) => s.policy === 'half-depth');
    expect(vendor).toMatchObject({ file: 'half-depth.ts' });
    expect(vendor.gap.mean).toBeGreaterThan(0);
    expect(board.pick.standings.find((s: any) => s.policy === 'optimal').gap).toMatchObject({ mean: 0, low: 0, high: 0 });
    for (const scenario of board.oms.scenarios) expect(scenario.standings.map((s: any) => s.policy)).toContain('cheapest-single-source');
    expect(readdirSync(join(dir, 'board')).sort()).toEqual(['leaderboard.csv', 'leaderboard.html', 'leaderboard.json']);
    expect(readFileSync(join(dir, 'board/leaderboard.html'), 'utf8')).toContain('half-depth');

    const again = baton(dir, '--policy-file', 'half-depth.ts', '--policy-file', 'cheapest-single-source.ts', '--json');
    expect(again.code, again.stderr).toBe(0);
    expect(numbers(JSON.parse(again.stdout))).toEqual(numbers(board));
  }, 240_000);

  const broken: [string, string, RegExp][] = [
    ['nan-tour.mjs', "export default { kind: 'pick', name: 'nan-tour', route: (layout, picks) => ({ length: NaN, sequence: [...new Set(picks.map((p) => p.address))], path: [] }) };", /policy "nan-tour" \(nan-tour.mjs\) broke a rule: length must be a finite number >= 0, got NaN/],
    ['teleport.mjs', "export default { kind: 'pick', name: 'teleport', route: (layout, picks) => ({ length: 1, sequence: [...new Set(picks.map((p) => p.address))], path: [{ x: 0, y: 0 }] }) };", /policy "teleport" \(teleport.mjs\) broke a rule: on benchmark list [^:]+: path must (end at the depot|start at the depot)|never reaches pick|length is 1 m/],
    ['greedy.mjs', "export default { kind: 'oms', name: 'greedy', route: (r) => ({ units: r.warehouses.map(() => r.lines.map((l) => l.qty + 1)) }) };", /policy "greedy" \([^)]*greedy.mjs\) broke a rule: /],
  ];
  for (const [file, source, message] of broken) {
    it(`a policy that breaks a rule (${file}) exits 1 with the guard's message, the command to rerun it, and writes nothing`, () => {
      const dir = outside();
      writeFileSync(join(dir, file), source);
      const r = baton(dir, '--policy-file', file, '--out', 'board', '--workers', '1');
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain(`--policy-file ${file}`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(dir, 'board'))).toBe(false);
    }, 120_000);
  }

  it('a pick policy that never returns is stopped after --timeout seconds: exit 1, the reproduce line, nothing written', () => {
    const dir = outside();
    writeFileSync(join(dir, 'forever.mjs'), "export default { kind: 'pick', name: 'forever', route: () => { for (;;) {} } };");
    const r = baton(dir, '--policy-file', 'forever.mjs', '--timeout', '2', '--out', 'board');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/ran longer than the 2 s timeout/);
    expect(r.stderr).toContain('--policy-file forever.mjs --timeout 2');
    expect(existsSync(join(dir, 'board'))).toBe(false);
  }, 120_000);

  it('bad arguments exit 2 with one line and nothing written', () => {
    const dir = outside();
    writeFileSync(join(dir, 'a-file'), 'x');
    const cases: [string[], RegExp][] = [
      [['--suite', 'huge'], /--suite: unknown benchmark suite; suites: default, full \(got "huge"\)/],
      [['--workers', '0'], /--workers: must be a whole number of worker threads/],
      [['--timeout', '0'], /--timeout: must be a number of seconds/],
      [['--out', 'a-file'], /--out: is a file, not a folder/],
      [['--policy-file', 'missing.ts'], /missing\.ts/],
      [['--suite'], /--suite/],
      [['--out'], /--out/],
      [['--nonsense'], /Unknown argument/i],
    ];
    for (const [args, message] of cases) {
      const r = baton(dir, ...args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stdout).toBe('');
    }
    expect(readdirSync(dir)).toEqual(['a-file']);
  }, 120_000);
});
