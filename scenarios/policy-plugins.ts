// Vendor routing policies from their own files (TypeScript or JavaScript). A plugin module exports
// `omsRoutingPolicies` and/or `pickRoutingPolicies` (arrays), or a default export that is one policy
// object with `kind: 'oms' | 'pick'`. Each load returns registries of its own (nothing is registered
// process-wide); the sweep runner loads the same files in every worker thread.
import { existsSync, realpathSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createOmsRoutingRegistry, type OmsRoutingPolicy } from '../models/oms/routing/index.js';
import { builtInPolicies, type PolicyRegistries } from '../models/policies.js';
import { createPickPolicyRegistry, type RoutingPolicy } from '../models/wms/routing/index.js';
import { InputError } from './errors.js';
import { assertRegularFile } from './json-input.js';
import { guardOmsPolicy, guardPickPolicy } from './vendor-guard.js';

type Plugin = {
  omsRoutingPolicies?: OmsRoutingPolicy[];
  pickRoutingPolicies?: RoutingPolicy[];
  default?: (OmsRoutingPolicy | RoutingPolicy) & { kind?: string };
};

// What a policy file may be: the extensions Node and tsx load as modules.
const policyExtensions = ['.js', '.mjs', '.ts', '.mts'];

// Imported modules by absolute path: importing is the slow part, and a module's exports do not change.
const modules = new Map<string, Promise<Plugin>>();

// Files go through tsx's own import (the compiled CLI and its worker threads register no global
// loader; a .js file with ESM syntax and no package.json beside it loads too); .mjs is imported as is.
async function importPolicyModule(path: string): Promise<unknown> {
  const url = pathToFileURL(path).href;
  if (path.endsWith('.mjs')) return import(url);
  const { tsImport } = await import('tsx/esm/api');
  return tsImport(url, import.meta.url);
}

// A file outside any package.json with "type": "module" loads as CommonJS, and its exports arrive
// wrapped in `default`: look inside when the outer module holds nothing but that.
function unwrapCommonJs(module: Plugin): Plugin {
  const inner = module.default as (Plugin & { kind?: unknown }) | undefined;
  if (inner === null || typeof inner !== 'object' || 'kind' in inner || module.omsRoutingPolicies || module.pickRoutingPolicies) return module;
  return inner.default !== undefined || inner.omsRoutingPolicies !== undefined || inner.pickRoutingPolicies !== undefined ? inner : module;
}

/** The built-ins and the policies of some vendor files, as one run's registries, with where each came from. */
export interface LoadedPolicies extends PolicyRegistries {
  /** The file (as it was named) a vendor policy of this kind came from; undefined for a built-in. */
  fileOf(kind: 'oms' | 'pick', name: string): string | undefined;
}

const kindLabel = { oms: 'OMS routing', pick: 'pick-path' } as const;

/** A fresh set of registries: the built-ins plus every policy of these files; bad files become InputErrors naming the file. */
export async function loadPolicyPlugins(files: readonly string[]): Promise<LoadedPolicies> {
  if (files.length === 0) return { ...builtInPolicies, fileOf: () => undefined };
  const oms = createOmsRoutingRegistry();
  const pick = createPickPolicyRegistry();
  const origin = new Map<string, string>();
  const fileOf = (kind: 'oms' | 'pick', name: string) => origin.get(`${kind}:${name}`);
  const seen = new Set<string>();
  for (const file of files) {
    const path = resolve(file);
    // The same file under two names (a symbolic link) is loaded once, like the same name twice.
    const identity = existsSync(path) ? realpathSync(path) : path;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const found = readExports(file, await importPlugin(file, path));
    // A name already taken (a built-in, or a policy from another file) is an error, never a silent skip.
    for (const [kind, policies, taken] of [['oms', found.oms, oms.names()], ['pick', found.pick, pick.names()]] as const) {
      for (const policy of policies) {
        const name = (policy as { name?: unknown }).name;
        if (typeof name === 'string' && taken.includes(name)) {
          const owner = fileOf(kind, name);
          throw InputError.of({ file, path: 'exports', value: name, message: `${kindLabel[kind]} policy name is already taken by ${owner === undefined ? 'a built-in policy' : `the policy in ${owner}`}; rename it` });
        }
      }
    }
    try {
      for (const policy of found.oms) {
        oms.register(guardOmsPolicy(policy, file));
        origin.set(`oms:${policy.name}`, file);
      }
      for (const policy of found.pick) {
        pick.register(guardPickPolicy(policy, file));
        origin.set(`pick:${policy.name}`, file);
      }
    } catch (error) {
      throw InputError.of({ file, path: 'exports', message: (error as Error).message });
    }
  }
  return { oms, pick, fileOf };
}

// The file's policies by kind, each an object with a route function; exports of another shape are an
// InputError naming the file (a getter that throws included: vendor code runs while they are read).
function readExports(file: string, plugin: Plugin): { oms: OmsRoutingPolicy[]; pick: RoutingPolicy[] } {
  try {
    const list = (exported: unknown, name: string): unknown[] => {
      if (exported === undefined) return [];
      if (!Array.isArray(exported)) throw InputError.of({ file, path: `exports.${name}`, value: typeof exported, message: 'must be an array of policies (for one policy, use a default export with kind)' });
      return [...exported];
    };
    const found = { oms: list(plugin.omsRoutingPolicies, 'omsRoutingPolicies') as OmsRoutingPolicy[], pick: list(plugin.pickRoutingPolicies, 'pickRoutingPolicies') as RoutingPolicy[] };
    if (plugin.default?.kind === 'oms') found.oms.push(plugin.default as OmsRoutingPolicy);
    else if (plugin.default?.kind === 'pick') found.pick.push(plugin.default as RoutingPolicy);
    if (found.oms.length + found.pick.length === 0) {
      throw InputError.of({ file, path: 'exports', message: "no policies found: export omsRoutingPolicies / pickRoutingPolicies arrays, or a default policy with kind 'oms' or 'pick'" });
    }
    for (const policy of [...found.oms, ...found.pick]) {
      if (policy === null || typeof policy !== 'object' || typeof (policy as { route?: unknown }).route !== 'function') {
        throw InputError.of({ file, path: 'exports', message: 'a policy must be an object with a name and a route function' });
      }
    }
    return found;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw InputError.of({ file, path: 'exports', message: `reading the exports threw: ${error instanceof Error ? error.message : 'a non-Error value'}` });
  }
}

// The file's module, imported once per process; a file that cannot be imported is an InputError naming it.
async function importPlugin(file: string, path: string): Promise<Plugin> {
  assertRegularFile(file, 16 * 1024 * 1024); // a device or FIFO would make the import hang
  const extension = extname(path).toLowerCase();
  if (!policyExtensions.includes(extension)) {
    throw InputError.of({ file, path: '--policy-file', value: extension === '' ? '(no extension)' : extension, message: `a policy file is JavaScript or TypeScript: name it ${policyExtensions.join(', ')}` });
  }
  let pending = modules.get(path);
  if (pending === undefined) {
    pending = importPolicyModule(path).then((module) => unwrapCommonJs(module as Plugin));
    modules.set(path, pending);
  }
  try {
    return await pending;
  } catch (error) {
    modules.delete(path);
    throw InputError.of({ file, path: '', message: `cannot load the policy file: ${firstLines((error as Error).message)}` });
  }
}

// The error's first line, and the next when the first only announces it (TypeScript's
// 'Transform failed with 1 error:' is followed by the file:line:column and what is wrong).
function firstLines(message: string): string {
  const [first = '', next] = message.split('\n');
  return first.endsWith(':') && next !== undefined ? `${first} ${next.trim()}` : first;
}
