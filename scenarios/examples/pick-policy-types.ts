// The types a pick-path policy file needs, gathered in one place for the examples. A policy file
// outside the repository may import them from a Baton checkout or declare them itself: type imports
// are erased when the file loads.
export type { PickLocation, RoutingLayout } from '../../models/wms/layout.js';
export type { Point, Route, RoutingPolicy } from '../../models/wms/routing/index.js';
