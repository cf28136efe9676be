// OMS routing policies by name. The built-ins form a fixed, read-only registry; a run that may name a
// vendor's policy is given its own registry (createOmsRoutingRegistry), so nothing is shared between
// runs, loaders or threads.
import type { OmsRoutingPolicy } from './types.js';
import { nearest } from './nearest.js';
import { mostStock } from './most-stock.js';
import { ranked } from './ranked.js';
import { fewestSplits } from './fewest-splits.js';
import { lowestCost } from './lowest-cost.js';

/** The built-in policies, in the order they are listed. */
export const builtInOmsRoutingPolicies: readonly OmsRoutingPolicy[] = [nearest, mostStock, ranked, fewestSplits, lowestCost];

const namePattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Routing policies looked up by name (what a run reads). */
export interface OmsRoutingLookup {
  /** The policy called `name`; throws a RangeError listing the valid names. */
  get(name: string): OmsRoutingPolicy;
  /** Registered names, built-ins first, then in registration order. */
  names(): string[];
}

/** A routing registry still being filled (what a loader writes). */
export interface OmsRoutingRegistry extends OmsRoutingLookup {
  /** Adds a policy; throws a RangeError if it is malformed or its name is taken. */
  register(policy: OmsRoutingPolicy): void;
}

/** A new registry holding the built-ins plus `extra`; throws a RangeError for a malformed or taken name. */
export function createOmsRoutingRegistry(extra: readonly OmsRoutingPolicy[] = []): OmsRoutingRegistry {
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

const builtIns = createOmsRoutingRegistry();

/** The built-in policies only, read-only: what a run uses when it is given no registry. */
export const builtInOmsRoutingRegistry: OmsRoutingLookup = { get: (name) => builtIns.get(name), names: () => builtIns.names() };

/** The built-in policy called `name`; throws a RangeError listing the valid names. */
export function getOmsRoutingPolicy(name: string): OmsRoutingPolicy {
  return builtIns.get(name);
}
