// What the browser tests share: whether Chromium is installed, the built and served page, and the browser.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

export const root = resolve(import.meta.dirname, '../..');
export const chromiumPath = '/usr/bin/chromium';
/** Debian's Chromium; the suite skips without it (never download a browser). */
export const hasChromium = existsSync(chromiumPath);
export const outputFolder = resolve(root, 'test-output/e2e');
export const docsScreenshots = resolve(root, 'docs/screenshots');

const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A TCP port nobody listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Builds the web twin into the test output and serves it on 127.0.0.1; returns the server and its URL. */
export async function buildAndServe(): Promise<{ server: PreviewServer; url: string }> {
  const configFile = resolve(root, 'vite.config.ts');
  const outDir = resolve(outputFolder, 'web');
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server = await preview({ configFile, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** Headless Debian Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}
