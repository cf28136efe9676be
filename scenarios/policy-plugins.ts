// Vendor routing policies from their own files (TypeScript or JavaScript). A plugin module exports
// `omsRoutingPolicies` and/or `pickRoutingPolicies` (arrays), or a default export that is one policy
// object with `kind: 'oms' | 'pick'`. Loading registers them by name, in this thread; the sweep
// runner loads the same files in every worker thread.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerOmsRoutingPolicy, omsRoutingPolicyNames, type OmsRoutingPolicy } from '../models/oms/routing/index.js';
import { pickPolicyNames, registerPickPolicy, type RoutingPolicy } from '../models/wms/routing/index.js';
import { InputError } from './errors.js';
import { assertRegularFile } from './json-input.js';
import { guardOmsPolicy, guardPickPolicy } from './vendor-guard.js';

type Plugin = {
  omsRoutingPolicies?: OmsRoutingPolicy[];
  pickRoutingPolicies?: RoutingPolicy[];
  default?: (OmsRoutingPolicy | RoutingPolicy) & { kind?: string };
};

const loaded = new Set<string>();
// Which file each vendor policy came from, by kind and name.
const loadedFrom = new Map<string, string>();

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

/** The file a loaded vendor policy of this kind came from (as it was named), or undefined for a built-in. */
export function vendorPolicyFile(kind: 'oms' | 'pick', name: string): string | undefined {
  return loadedFrom.get(`${kind === 'oms' ? 'OMS routing' : 'pick-path'}:${name}`);
}

/** Imports and registers the policies of each file once; bad files become InputErrors naming the file. */
export async function loadPolicyPlugins(files: readonly string[]): Promise<string[]> {
  const registered: string[] = [];
  for (const file of files) {
    const path = resolve(file);
    if (loaded.has(path)) continue;
    assertRegularFile(file, 16 * 1024 * 1024); // a device or FIFO would make the import hang
    let plugin: Plugin;
    try {
      plugin = unwrapCommonJs((await importPolicyModule(path)) as Plugin);
    } catch (error) {
      throw InputError.of({ file, path: '', message: `cannot load the policy file: ${(error as Error).message.split('\n')[0]}` });
    }
    const oms = [...(plugin.omsRoutingPolicies ?? [])];
    const pick = [...(plugin.pickRoutingPolicies ?? [])];
    if (plugin.default?.kind === 'oms') oms.push(plugin.default as OmsRoutingPolicy);
    else if (plugin.default?.kind === 'pick') pick.push(plugin.default as RoutingPolicy);
    if (oms.length + pick.length === 0) {
      throw InputError.of({ file, path: 'exports', message: "no policies found: export omsRoutingPolicies / pickRoutingPolicies arrays, or a default policy with kind 'oms' or 'pick'" });
    }
    for (const policy of [...oms, ...pick]) {
      if (policy === null || typeof policy !== 'object' || typeof (policy as { route?: unknown }).route !== 'function') {
        throw InputError.of({ file, path: 'exports', message: 'a policy must be an object with a name and a route function' });
      }
    }
    // A name already taken (a built-in, or a policy from another file) is an error, never a silent skip.
    for (const [kind, policies, taken] of [['OMS routing', oms, omsRoutingPolicyNames()], ['pick-path', pick, pickPolicyNames()]] as const) {
      for (const policy of policies) {
        const name = (policy as { name?: unknown }).name;
        if (typeof name === 'string' && taken.includes(name)) {
          const owner = loadedFrom.get(`${kind}:${name}`);
          throw InputError.of({ file, path: 'exports', value: name, message: `${kind} policy name is already taken by ${owner === undefined ? 'a built-in policy' : `the policy in ${owner}`}; rename it` });
        }
      }
    }
    try {
      for (const policy of oms) {
        registerOmsRoutingPolicy(guardOmsPolicy(policy, file));
        loadedFrom.set(`OMS routing:${policy.name}`, file);
      }
      for (const policy of pick) {
        registerPickPolicy(guardPickPolicy(policy, file));
        loadedFrom.set(`pick-path:${policy.name}`, file);
      }
    } catch (error) {
      throw InputError.of({ file, path: 'exports', message: (error as Error).message });
    }
    registered.push(...oms.map((p) => `oms:${p.name}`), ...pick.map((p) => `pick:${p.name}`));
    loaded.add(path);
  }
  return registered;
}
