// The newest modification time of the sources the CLI bundle is built from, so a bundle older than
// the sources is never run (bin/baton.js falls back to running the TypeScript through tsx).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sourceFolders = ['sim', 'models', 'scenarios', 'viz', 'bin'];
const sourceFile = /\.(ts|mts|js|mjs|json)$/;

/** The newest mtime (ms) of any source file under the project root's source folders. */
export function newestSourceMs(root) {
  let newest = 0;
  const walk = (folder) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (sourceFile.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const folder of sourceFolders) walk(join(root, folder));
  return newest;
}
