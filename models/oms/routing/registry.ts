// OMS routing policies by name. A vendor adds a policy from its own file with
// `registerOmsRoutingPolicy(myPolicy)` before the OMS is built; the built-ins cannot be replaced.
import type { OmsRoutingPolicy } from './types.js';
import { nearest } from './nearest.js';
import { mostStock } from './most-stock.js';
import { ranked } from './ranked.js';
import { fewestSplits } from './fewest-splits.js';
import { lowestCost } from './lowest-cost.js';

/** The built-in policies, in the order they are listed. */
export const builtInOmsRoutingPolicies: readonly OmsRoutingPolicy[] = [nearest, mostStock, ranked, fewestSplits, lowestCost];

const namePattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A set of routing policies looked up by name. */
export interface RoutingRegistry {
  /** The policy called `name`; throws a RangeError listing the valid names. */
  get(name: string): OmsRoutingPolicy;
  /** Registered names, built-ins first, then in registration order. */
  names(): string[];
  /** Adds a policy; throws a RangeError if it is malformed or its name is taken. */
  register(policy: OmsRoutingPolicy): void;
}

/** A registry holding the built-ins plus `extra`, independent of the shared one. */
export function createRoutingRegistry(extra: readonly OmsRoutingPolicy[] = []): RoutingRegistry {
  const byName = new Map<string, OmsRoutingPolicy>();
  const register = (policy: OmsRoutingPolicy): void => {
    if (typeof policy !== 'object' || policy === null || typeof policy.route !== 'function') {
      throw new RangeError('an OMS routing policy must be an object with a name and a route(request) function');
    }
    if (typeof policy.name !== 'string' || !namePattern.test(policy.name)) {
      throw new RangeError(`OMS routing policy name ${JSON.stringify(policy.name)} must be lower-case letters, digits and dashes (1-64 characters)`);
    }
    if (byName.has(policy.name)) throw new RangeError(`OMS routing policy ${JSON.stringify(policy.name)} is already registered`);
    byName.set(policy.name, policy);
  };
  for (const policy of builtInOmsRoutingPolicies) register(policy);
  for (const policy of extra) register(policy);
  return {
    get(name) {
      const policy = byName.get(name);
      if (policy === undefined) {
        throw new RangeError(`unknown OMS routing policy ${JSON.stringify(name)}; valid names: ${[...byName.keys()].join(', ')}`);
      }
      return policy;
    },
    names: () => [...byName.keys()],
    register,
  };
}

// Shared by design: registering is how a vendor's file makes its policy visible to scenarios by name.
const sharedRegistry = createRoutingRegistry();

/** The registered policy called `name`; throws a RangeError listing the valid names. */
export function getOmsRoutingPolicy(name: string): OmsRoutingPolicy {
  return sharedRegistry.get(name);
}

/** Names of all registered OMS routing policies, built-ins first. */
export function omsRoutingPolicyNames(): string[] {
  return sharedRegistry.names();
}

/** Makes a policy available by name to getOmsRoutingPolicy (and so to the OMS); throws if malformed or taken. */
export function registerOmsRoutingPolicy(policy: OmsRoutingPolicy): void {
  sharedRegistry.register(policy);
}
