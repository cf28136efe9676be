// A vendor's policy runs behind a guard: it is given copies of its inputs (editing them cannot reach
// the order book, the slotting or later routes), and every answer is checked against the contract
// before the engine uses it. A broken rule, or an exception from the policy, becomes a PolicyError
// naming the policy, its file and the rule (exit 1), never an anonymous internal error.
import { checkAllocation, type Allocation, type OmsRoutingPolicy, type RoutingRequest } from '../models/oms/routing/index.js';
import type { PickLocation, RoutingLayout } from '../models/wms/layout.js';
import type { Route, RoutingPolicy } from '../models/wms/routing/index.js';
import { PolicyError } from './errors.js';

// Runs the vendor's code; its own exceptions are reported as the policy's failure.
function attempt<T>(name: string, file: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof PolicyError) throw error;
    throw new PolicyError(name, file, `it threw: ${thrownText(error)}`);
  }
}

// What the vendor threw, as text, even when it is not an Error and turning it into text throws too.
function thrownText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'a value that cannot be shown as text';
  }
}

// A route() answer that is no object at all, described for the rule's message.
function notAnObject(answer: unknown): string | null {
  if (answer === null) return 'null';
  if (typeof answer !== 'object' && typeof answer !== 'function') return typeof answer;
  return typeof (answer as { then?: unknown }).then === 'function' ? 'a Promise (route() must answer synchronously)' : null;
}

/** The OMS routing policy behind a guard: a copied request, a checked allocation. */
export function guardOmsPolicy(policy: OmsRoutingPolicy, file: string): OmsRoutingPolicy {
  const { name } = policy;
  const route = (request: RoutingRequest): Allocation => {
    const answer = attempt(name, file, () => policy.route(structuredClone(request) as RoutingRequest));
    const wrong = notAnObject(answer);
    if (wrong !== null) throw new PolicyError(name, file, `route() must return { units }, got ${wrong}`);
    try {
      checkAllocation(name, request, answer);
    } catch (error) {
      throw new PolicyError(name, file, (error as Error).message.replace(/^OMS routing policy "[^"]*": /, ''));
    }
    return answer;
  };
  return { name, route };
}

/** A pick-path policy behind a guard: copied layout and picks, a checked route (and length). */
export function guardPickPolicy(policy: RoutingPolicy, file: string): RoutingPolicy {
  const { name } = policy;
  const checkLength = (length: unknown): number => {
    if (typeof length !== 'number' || !Number.isFinite(length) || length < 0) throw new PolicyError(name, file, `length must be a finite number >= 0, got ${String(length)}`);
    return length;
  };
  const guarded: RoutingPolicy = {
    name,
    route: (layout: RoutingLayout, picks: readonly PickLocation[]): Route => {
      const route = attempt(name, file, () => policy.route(structuredClone(layout), structuredClone(picks) as PickLocation[]));
      const wrong = notAnObject(route);
      if (wrong !== null) throw new PolicyError(name, file, `route() must return { length, sequence, path }, got ${wrong}`);
      checkLength(route.length);
      checkSequence(name, file, route.sequence, picks);
      if (!Array.isArray(route.path)) throw new PolicyError(name, file, 'path must be an array of points');
      return route;
    },
  };
  // A vendor's measure() is held to route().length, and the run uses route()'s: the warehouse calls
  // measure() only when it does not trace, so a measure() that disagreed would make a run hash one way
  // with --trace and another without (and could walk 0 m on a route of 300).
  if (typeof policy.measure === 'function') {
    const measure = policy.measure.bind(policy);
    guarded.measure = (layout, picks) => {
      const measured = checkLength(attempt(name, file, () => measure(structuredClone(layout), structuredClone(picks) as PickLocation[])));
      const { length } = guarded.route(layout, picks);
      if (Math.abs(measured - length) > 1e-9 * Math.max(1, length)) throw new PolicyError(name, file, `measure() gave ${measured} m where route() gives ${length} m: it must equal route().length`);
      return length;
    };
  }
  return guarded;
}

// The sequence must visit each distinct pick address exactly once.
function checkSequence(name: string, file: string, sequence: unknown, picks: readonly PickLocation[]): void {
  if (!Array.isArray(sequence)) throw new PolicyError(name, file, 'sequence must be an array of pick addresses');
  const wanted = new Set(picks.map((p) => p.address));
  const seen = new Set<string>();
  for (const address of sequence) {
    if (typeof address !== 'string' || !wanted.has(address)) throw new PolicyError(name, file, `sequence names ${JSON.stringify(address)}, which is not one of the picks`);
    if (seen.has(address)) throw new PolicyError(name, file, `sequence visits ${address} twice`);
    seen.add(address);
  }
  if (seen.size !== wanted.size) throw new PolicyError(name, file, `sequence must visit all ${wanted.size} pick addresses, visits ${seen.size}`);
}
