// An output folder owned by one writer at a time: `<folder>/.baton.lock` holds the owner's pid and
// host. A second writer is refused while the owner lives; a lock left by a dead process on this host
// is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InputError } from './errors.js';

const lockFileName = '.baton.lock';

interface LockOwner {
  pid: number;
  host: string;
}

/** Takes the folder's lock (the folder must exist); returns its release. Throws an InputError while another live process holds it. */
export function lockFolder(folder: string, what: string): () => void {
  const file = join(folder, lockFileName);
  const me: LockOwner = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (owner !== null && isAlive(owner, me.host)) {
        const where = owner.host === me.host ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
        throw InputError.of({ path: '--out', value: folder, message: `another ${what} (${where}) is writing into this folder; wait for it or choose another --out (remove ${file} if it is gone)` });
      }
      rmSync(file, { force: true }); // stale: its owner is dead (or the file is unreadable)
      continue;
    }
    try {
      writeSync(fd, `${JSON.stringify(me)}\n`);
    } finally {
      closeSync(fd);
    }
    return () => {
      if (readOwner(file)?.pid === me.pid) rmSync(file, { force: true });
    };
  }
  throw InputError.of({ path: '--out', value: folder, message: `could not take the lock ${file}` });
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return Number.isSafeInteger(owner.pid) && typeof owner.host === 'string' ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

/** A process on another host is taken as alive (there is no way to ask). */
function isAlive(owner: LockOwner, host: string): boolean {
  if (owner.host !== host) return true;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
