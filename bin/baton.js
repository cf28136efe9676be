#!/usr/bin/env node
// Entry for `npx baton`: runs the bundled CLI in dist/ (built by `npm run build`, which `npm ci` runs)
// when it is at least as new as the sources; otherwise, or with BATON_FROM_SOURCE=1, runs the
// TypeScript sources through tsx's loader, so an edited source is never shadowed by an old bundle.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestSourceMs } from './source-stamp.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function bundleIsFresh() {
  if (process.env.BATON_FROM_SOURCE) return false;
  try {
    const { sourceMs } = JSON.parse(readFileSync(join(root, 'dist', 'build-stamp.json'), 'utf8'));
    return typeof sourceMs === 'number' && sourceMs >= newestSourceMs(root);
  } catch {
    return false;
  }
}

if (bundleIsFresh()) {
  await import('../dist/cli.mjs');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cli.ts');
}
