// Vendor routing policies from their own files (TypeScript or JavaScript). A plugin module exports
// `omsRoutingPolicies` and/or `pickRoutingPolicies` (arrays), or a default export that is one policy
// object with `kind: 'oms' | 'pick'`. Loading registers them by name, in this thread; the sweep
// runner loads the same files in every worker thread.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerRoutingPolicy, routingPolicyNames, type OmsRoutingPolicy } from '../models/oms/routing/index.js';
import { policyNames, registerPolicy, type RoutingPolicy } from '../models/wms/routing/index.js';
import { InputError } from './errors.js';
import { assertRegularFile } from './json-input.js';

type Plugin = {
  omsRoutingPolicies?: OmsRoutingPolicy[];
  pickRoutingPolicies?: RoutingPolicy[];
  default?: (OmsRoutingPolicy | RoutingPolicy) & { kind?: string };
};

const loaded = new Set<string>();

// TypeScript files go through tsx's own import (the compiled CLI and its worker threads register no
// global loader); JavaScript is imported as is.
async function importPolicyModule(path: string): Promise<unknown> {
  const url = pathToFileURL(path).href;
  if (!/\.(ts|mts|cts|tsx)$/.test(path)) return import(url);
  const { tsImport } = await import('tsx/esm/api');
  return tsImport(url, import.meta.url);
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
      plugin = (await importPolicyModule(path)) as Plugin;
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
    try {
      for (const policy of oms) if (!routingPolicyNames().includes(policy.name)) registerRoutingPolicy(policy);
      for (const policy of pick) if (!policyNames().includes(policy.name)) registerPolicy(policy);
    } catch (error) {
      throw InputError.of({ file, path: 'exports', message: (error as Error).message });
    }
    registered.push(...oms.map((p) => `oms:${p.name}`), ...pick.map((p) => `pick:${p.name}`));
    loaded.add(path);
  }
  return registered;
}
