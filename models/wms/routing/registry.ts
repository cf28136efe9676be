// Pick-path policies by name. The built-ins form a fixed, read-only registry; a run, a route command
// or a benchmark that may name a vendor's policy is given its own registry (createPickPolicyRegistry),
// so nothing is shared between runs, loaders or threads.
import type { RoutingPolicy } from './types.js';
import { sShape } from './s-shape.js';
import { returnPolicy } from './return.js';
import { midpoint } from './midpoint.js';
import { largestGap } from './largest-gap.js';
import { combined } from './combined.js';
import { combinedPlus } from './combined-plus.js';
import { optimal } from './optimal.js';

/** The built-in policies, in the order they are listed. */
export const builtInPickPolicies: readonly RoutingPolicy[] = [sShape, returnPolicy, midpoint, largestGap, combined, combinedPlus, optimal];

const namePattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Pick-path policies looked up by name (what a run reads). */
export interface PickPolicyLookup {
  /** The policy called `name`; throws a RangeError listing the valid names. */
  get(name: string): RoutingPolicy;
  /** Registered names, built-ins first, then in registration order. */
  names(): string[];
}

/** A pick-path registry still being filled (what a loader writes). */
export interface PickPolicyRegistry extends PickPolicyLookup {
  /** Adds a policy; throws a RangeError if the name is malformed or taken. */
  register(policy: RoutingPolicy): void;
}

/** A new registry holding the built-ins plus `extra`; throws a RangeError for a malformed or taken name. */
export function createPickPolicyRegistry(extra: readonly RoutingPolicy[] = []): PickPolicyRegistry {
  const byName = new Map<string, RoutingPolicy>();
  const register = (policy: RoutingPolicy): void => {
    if (typeof policy !== 'object' || policy === null || typeof policy.route !== 'function') {
      throw new RangeError('a routing policy must be an object with a name and a route(layout, picks) function');
    }
    if (typeof policy.name !== 'string' || !namePattern.test(policy.name)) {
      throw new RangeError(
        `routing policy name ${JSON.stringify(policy.name)} must be lower-case letters, digits and dashes (1-64 characters)`,
      );
    }
    if (byName.has(policy.name)) {
      throw new RangeError(`routing policy ${JSON.stringify(policy.name)} is already registered`);
    }
    byName.set(policy.name, policy);
  };
  for (const policy of builtInPickPolicies) register(policy);
  for (const policy of extra) register(policy);
  return {
    get(name) {
      const policy = byName.get(name);
      if (policy === undefined) {
        throw new RangeError(
          `unknown routing policy ${JSON.stringify(name)}; valid names: ${[...byName.keys()].join(', ')}`,
        );
      }
      return policy;
    },
    names: () => [...byName.keys()],
    register,
  };
}

const builtIns = createPickPolicyRegistry();

/** The built-in policies only, read-only: what a run uses when it is given no registry. */
export const builtInPickPolicyRegistry: PickPolicyLookup = { get: (name) => builtIns.get(name), names: () => builtIns.names() };

/** The built-in policy called `name`; throws a RangeError listing the valid names. */
export function getPickPolicy(name: string): RoutingPolicy {
  return builtIns.get(name);
}
