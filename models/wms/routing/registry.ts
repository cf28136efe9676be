// Policies by name, for the CLI and scenarios. A vendor adds a policy from its own file with
// `registerPickPolicy(myPolicy)`; the built-ins are registered here and cannot be replaced.
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

/** A set of policies looked up by name. */
export interface PickPolicyRegistry {
  /** The policy called `name`; throws a RangeError listing the valid names. */
  get(name: string): RoutingPolicy;
  /** Registered names, built-ins first, then in registration order. */
  names(): string[];
  /** Adds a policy; throws a RangeError if the name is malformed or taken. */
  register(policy: RoutingPolicy): void;
}

/** A registry holding the built-ins plus `extra`; independent of the default registry. */
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

// The process-wide registry behind getPickPolicy/registerPickPolicy: registration is how a user's own file
// makes a policy visible to the CLI, so it is shared state by design.
const defaultRegistry = createPickPolicyRegistry();

/** The registered policy called `name`; throws a RangeError listing the valid names. */
export function getPickPolicy(name: string): RoutingPolicy {
  return defaultRegistry.get(name);
}

/** Names of all registered policies, built-ins first. */
export function pickPolicyNames(): string[] {
  return defaultRegistry.names();
}

/** Makes a policy available by name to getPickPolicy; throws a RangeError if the name is malformed or taken. */
export function registerPickPolicy(policy: RoutingPolicy): void {
  defaultRegistry.register(policy);
}
