// `npm run build` (also run by `npm ci` through `prepare`): bundles the CLI and the sweep worker into
// dist/ with esbuild so `baton` and every worker thread start without a TypeScript loader. Packages stay
// external (imported from node_modules at run time); JSON imports are inlined. dist/build-stamp.json
// records the newest source file time, so bin/baton.js can tell a stale bundle and fall back to tsx.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestSourceMs } from '../bin/source-stamp.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir DIR` builds elsewhere (tests build into test-output/ so they never race a run of dist/);
// it must sit inside the project so the bundle's package imports resolve from node_modules.
const outdirFlag = process.argv.indexOf('--outdir');
const dist = outdirFlag > 0 ? join(root, process.argv[outdirFlag + 1]) : join(root, 'dist');
const sourceMs = newestSourceMs(root);

// Chunk names carry content hashes: drop the previous build's files (dist/web, vite's, stays).
mkdirSync(dist, { recursive: true });
for (const name of readdirSync(dist)) if (/^(chunk-.*|cli|worker-shim)\.mjs(\.map)?$/.test(name)) rmSync(join(dist, name));

await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'bin/cli.ts',
    // The pool resolves './worker-shim.mjs' next to itself: in the bundle that is this file.
    'worker-shim': 'scenarios/experiment/worker-task.ts',
  },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  // Chunks sit beside the entries: the pool's './worker-shim.mjs' must resolve from whichever file holds it.
  chunkNames: 'chunk-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});

const stamp = join(dist, 'build-stamp.json');
writeFileSync(`${stamp}.tmp`, `${JSON.stringify({ sourceMs })}\n`);
renameSync(`${stamp}.tmp`, stamp);
