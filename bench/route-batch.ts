// `baton route --batch`: pick lists evaluated per second, reading and resolving an NDJSON file of
// 5,000 seeded lists (5 to 30 picks each) on the example layout and routing every one, in-process,
// and end to end through the CLI (process start included).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import seedrandom from 'seedrandom';
import { formatBin } from '../models/wms/layout.js';
import { getPickPolicy } from '../models/wms/routing/index.js';
import { readPickLists, readRouteLayout } from '../scenarios/route-input.js';

const defaults = { lists: 5_000, minPicks: 5, maxPicks: 30, seed: 'bench-route-batch', policies: ['s-shape', 'largest-gap', 'optimal'] };
const root = resolve(import.meta.dirname, '..');

/** Lists per second for each policy, in-process and through the CLI. */
export function benchRouteBatch(): Record<string, { lists: number; listsPerSecond: number; cliListsPerSecond: number }> {
  const layoutFile = join(root, 'scenarios/examples/layout.json');
  const layout = readRouteLayout(layoutFile);
  const rng = seedrandom(defaults.seed);
  const int = (max: number) => 1 + Math.floor(rng() * max);
  const lines: string[] = [];
  for (let l = 0; l < defaults.lists; l++) {
    const n = defaults.minPicks + Math.floor(rng() * (defaults.maxPicks - defaults.minPicks + 1));
    lines.push(JSON.stringify(Array.from({ length: n }, () => formatBin(int(layout.aisles) - 1, int(layout.baysPerAisle), int(layout.levels ?? 1)))));
  }
  const dir = mkdtempSync(join(tmpdir(), 'baton-bench-route-'));
  const file = join(dir, 'picks.ndjson');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const results: Record<string, { lists: number; listsPerSecond: number; cliListsPerSecond: number }> = {};
  try {
    for (const name of defaults.policies) {
      const policy = getPickPolicy(name);
      const start = performance.now();
      let sink = 0;
      for (const list of readPickLists(file, layout)) sink += policy.route(layout, list.picks).length;
      const seconds = (performance.now() - start) / 1000;
      if (sink < 0) console.log(sink);
      const cliStart = performance.now();
      const cli = spawnSync(process.execPath, [join(root, 'bin/baton.js'), 'route', '--layout', layoutFile, '--policy', name, '--batch', file, '--json'], { encoding: 'utf8' });
      if (cli.status !== 0) throw new Error(`baton route --batch failed: ${cli.stderr}`);
      const cliSeconds = (performance.now() - cliStart) / 1000;
      results[name] = { lists: defaults.lists, listsPerSecond: Math.round(defaults.lists / seconds), cliListsPerSecond: Math.round(defaults.lists / cliSeconds) };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
