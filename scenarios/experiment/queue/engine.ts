// Which engine a machine runs, so a distributed sweep never mixes results of different Baton builds.
// The fingerprint hashes the sources the runs come from (sim/, models/, scenarios/, with line ends
// normalized) and the locked dependency versions; machines with the same checkout agree on it whether
// they run the bundle or the sources. Each fingerprint has a queue of its own.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { queueName } from './connection.js';

const defaults = {
  sourceFolders: ['sim', 'models', 'scenarios'],
  sourceFile: /\.(ts|mts|mjs|js|json)$/,
  lockFile: 'package-lock.json',
  /** Hex digits kept: enough that two builds never share a queue by chance. */
  digits: 16,
  /** Set to force a fingerprint (a deliberate mix of builds whose results are known to agree). */
  overrideVariable: 'BATON_ENGINE',
};

let cached: string | null = null;

/** This installation's engine fingerprint (hex; `BATON_ENGINE` overrides it). */
export function engineFingerprint(): string {
  const forced = process.env[defaults.overrideVariable];
  if (forced !== undefined && forced !== '') return forced;
  cached ??= fingerprintOf(packageRoot());
  return cached;
}

/** The fingerprint of the sources under `root` (a Baton checkout). */
export function fingerprintOf(root: string): string {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (defaults.sourceFile.test(entry.name)) files.push(path);
    }
  };
  for (const folder of defaults.sourceFolders) if (existsSync(join(root, folder))) walk(join(root, folder));
  const lock = join(root, defaults.lockFile);
  if (existsSync(lock)) files.push(lock);
  const named = files.map((path) => ({ path, name: relative(root, path).split(sep).join('/') })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { path, name } of named) {
    hash.update(`${name}\0`);
    hash.update(readFileSync(path, 'utf8').replace(/\r\n/g, '\n'));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, defaults.digits);
}

/** The queue of the runs for engine `fingerprint`. */
export function queueNameFor(fingerprint: string): string {
  return `${queueName}-${fingerprint}`;
}

/** The engine a BullMQ client name belongs to, when it is a worker of some Baton engine's queue. */
export function engineOfWorkerClient(clientName: string): string | null {
  const match = /^bull:([A-Za-z0-9+/=]+)(:w:.*)?$/.exec(clientName);
  if (match === null) return null;
  const name = Buffer.from(match[1]!, 'base64').toString('utf8');
  const prefix = `${queueName}-`;
  return name.startsWith(prefix) ? name.slice(prefix.length) : null;
}

// The folder holding Baton's package.json, found upwards from this module (dist/ or the sources).
function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'baton') return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error('baton: cannot find the package folder (package.json named "baton") above the running code');
    folder = parent;
  }
}
