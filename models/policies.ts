// The policies one run may name, by kind: OMS routing and pick paths. A run reads them from its
// context; the built-ins are the default, and a loader of vendor files builds a fresh set per load.
import { builtInOmsRoutingRegistry, createOmsRoutingRegistry, type OmsRoutingLookup, type OmsRoutingPolicy } from './oms/routing/index.js';
import { builtInPickPolicyRegistry, createPickPolicyRegistry, type PickPolicyLookup, type RoutingPolicy } from './wms/routing/index.js';

/** Every policy a run may name, looked up by kind and name. */
export interface PolicyRegistries {
  readonly oms: OmsRoutingLookup;
  readonly pick: PickPolicyLookup;
}

/** The built-in policies only. */
export const builtInPolicies: PolicyRegistries = { oms: builtInOmsRoutingRegistry, pick: builtInPickPolicyRegistry };

/** The built-ins plus these policies, in a set of its own; throws a RangeError for a malformed or taken name. */
export function createPolicyRegistries(extra: { oms?: readonly OmsRoutingPolicy[]; pick?: readonly RoutingPolicy[] } = {}): PolicyRegistries {
  return { oms: createOmsRoutingRegistry(extra.oms), pick: createPickPolicyRegistry(extra.pick) };
}
