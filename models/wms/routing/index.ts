// Pick-path routing in the canonical single-block layout: six built-in policies and a registry.
export type { Point, Route, RoutingPolicy } from './types.js';
export { sweepPolicy, type AisleWalk } from './sweep-policy.js';
export { sShape, routeSShape } from './s-shape.js';
export { returnPolicy, routeReturn } from './return.js';
export { midpoint, routeMidpoint, midpointCut } from './midpoint.js';
export { largestGap, routeLargestGap, largestGapCut } from './largest-gap.js';
export { combined, routeCombined } from './combined.js';
export { combinedPlus, routeCombinedPlus } from './combined-plus.js';
export { optimal, routeOptimal, createOptimalPolicy } from './optimal.js';
export { multiBlockRoute, aisleGraphDistance, type MultiBlockRoute } from './multi-block.js';
export { requireSingleBlock, multiBlockPolicies } from './sweep-policy.js';
export {
  builtInPickPolicies,
  createPickPolicyRegistry,
  builtInPickPolicyRegistry,
  getPickPolicy,
  type PickPolicyLookup,
  type PickPolicyRegistry,
} from './registry.js';
