// Builds routing requests for hand-computed cases: three locations A, B, C.
//   A at (0, 0), rank 2, 300 cents a unit
//   B at (10, 0), rank 1, 500 cents a unit
//   C at (3, 4), rank 3, 200 cents a unit
import type { RoutingRequest, RoutingWarehouse } from '../../../../models/oms/routing/index.js';

export const threeWarehouses: RoutingWarehouse[] = [
  { name: 'A', position: { x: 0, y: 0 }, rank: 2, costCentsPerUnit: 300 },
  { name: 'B', position: { x: 10, y: 0 }, rank: 1, costCentsPerUnit: 500 },
  { name: 'C', position: { x: 3, y: 4 }, rank: 3, costCentsPerUnit: 200 },
];

/** A request for lines of the given quantities; available[w][l] as given (rows A, B, C). */
export function request(qty: number[], available: number[][], options: { allowSplit?: boolean; destination?: { x: number; y: number }; warehouses?: RoutingWarehouse[] } = {}): RoutingRequest {
  return {
    lines: qty.map((q, l) => ({ sku: 100 + l, qty: q })),
    warehouses: options.warehouses ?? threeWarehouses,
    available,
    destination: options.destination ?? { x: 0, y: 0 },
    allowSplit: options.allowSplit ?? true,
  };
}
