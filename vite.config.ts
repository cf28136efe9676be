// The web twin: a static page (viz/web) whose engine runs in a Web Worker; no server code.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root: resolve(root, 'viz/web'),
  base: './',
  publicDir: false,
  build: {
    outDir: resolve(root, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2_000,
  },
  worker: { format: 'es' },
  // The import code reads CSV with csv-parse; in the browser its self-contained build stands in for
  // the Node one (which needs Node's streams).
  resolve: { alias: [{ find: /^csv-parse$/, replacement: 'csv-parse/browser/esm' }] },
  server: { host: '127.0.0.1', fs: { allow: [root] } },
  preview: { host: '127.0.0.1' },
});
