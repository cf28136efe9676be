// The README's benchmark tables are the default suite's output: a fresh run (real OMS runs on worker
// threads) must give the same text, hashes included. Regenerate with `npm run benchmark:readme`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarkSuites, runBenchmark, suiteHash } from '../../../scenarios/benchmark/index.js';
import { leaderboardMarkdown } from '../../../viz/benchmark/index.js';

const root = resolve(import.meta.dirname, '../../..');

describe('README benchmark tables', () => {
  it('equal a fresh run of the default suite', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const block = /<!-- benchmark:default -->\n([\s\S]*?)<!-- \/benchmark:default -->/.exec(readme);
    expect(block, 'README lacks the benchmark:default block').not.toBeNull();
    expect(block![1]).toContain(`suite hash \`${suiteHash(benchmarkSuites.default!)}\``);
    const board = await runBenchmark({ suite: 'default', policyFiles: [], workers: 2 });
    expect(block![1]).toBe(leaderboardMarkdown(board));
  }, 180_000);
});
