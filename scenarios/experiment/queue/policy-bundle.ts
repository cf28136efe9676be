// Vendor policy files travel with distributed tasks by content: the coordinator stores each file in
// Redis under the SHA-256 of its bytes, a task names the hashes, and a worker writes the files into a
// folder of its own (named by the hash, keeping the file name and so its extension) before loading
// them. Two versions of a policy file never share a key, so a task always runs the code it was sent.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { InputError } from '../../errors.js';

/** A policy file as a task refers to it. */
export interface PolicyRef {
  sha256: string;
  /** The file's own name (its extension decides how it loads). */
  name: string;
}

/** The Redis commands the bundle uses (an ioredis client satisfies it). */
export interface BundleStore {
  set(key: string, value: Buffer | string): Promise<unknown>;
  exists(key: string): Promise<number>;
  getBuffer(key: string): Promise<Buffer | null>;
}

const keyOf = (sha256: string) => `baton:policy:${sha256}`;

/** Reads the files and returns their references with their bytes (not yet uploaded). */
export function readPolicyFiles(files: readonly string[]): Array<PolicyRef & { bytes: Buffer }> {
  return files.map((file) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw InputError.of({ path: '--policy-file', value: file, message: `cannot read the policy file (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    }
    return { sha256: createHash('sha256').update(bytes).digest('hex'), name: basename(file), bytes };
  });
}

/** Stores every file whose hash is not in Redis yet (again after a Redis restart lost them). */
export async function uploadPolicies(store: BundleStore, files: ReadonlyArray<PolicyRef & { bytes: Buffer }>): Promise<void> {
  for (const file of files) if ((await store.exists(keyOf(file.sha256))) === 0) await store.set(keyOf(file.sha256), file.bytes);
}

/** Writes the referenced files under `root` (once per hash) and returns their absolute paths. */
export async function materializePolicies(store: BundleStore, refs: readonly PolicyRef[], root = join(tmpdir(), 'baton-policies')): Promise<string[]> {
  const paths: string[] = [];
  for (const ref of refs) {
    if (!/^[0-9a-f]{64}$/.test(ref.sha256) || ref.name !== basename(ref.name) || ref.name.startsWith('.')) throw new Error(`malformed policy reference ${JSON.stringify(ref)}`);
    const folder = join(root, ref.sha256);
    const path = join(folder, ref.name);
    if (!existsSync(path)) {
      const bytes = await store.getBuffer(keyOf(ref.sha256));
      if (bytes === null) throw new Error(`policy file ${ref.name} (${ref.sha256.slice(0, 12)}) is not in the queue's store; the coordinator uploads it again`);
      if (createHash('sha256').update(bytes).digest('hex') !== ref.sha256) throw new Error(`policy file ${ref.name} does not match its hash`);
      mkdirSync(folder, { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, bytes);
      renameSync(temp, path);
    }
    paths.push(path);
  }
  return paths;
}
