// Asking the routing policy where an order's units come from. A policy with `routeInto` works in
// this router's reused memory (request, availability rows, units matrix), so routing an order
// allocates nothing; any other policy gets a request of its own, which it may keep.
import type { FulfillmentLine } from '../messages.js';
import { checkAllocation } from './routing/check.js';
import { sized } from './routing/fill.js';
import type { Allocation, OmsRoutingPolicy, Position, RoutingRequest, RoutingWarehouse } from './routing/types.js';
import type { OmsStockBook } from './stock.js';

/** One policy's checked answers for the OMS; not re-entrant (an answer is used before the next question). */
export class Router {
  /** Units the last `allocate` placed (its answer, checked against the request). */
  allocated = 0;
  private readonly request: { lines: FulfillmentLine[]; warehouses: readonly RoutingWarehouse[]; available: number[][]; destination: Position; allowSplit: boolean };
  private readonly allocation: Allocation;

  constructor(
    readonly policy: OmsRoutingPolicy,
    private readonly warehouses: readonly RoutingWarehouse[],
  ) {
    const rows = () => warehouses.map((): number[] => []);
    this.request = { lines: [], warehouses, available: rows(), destination: { x: 0, y: 0 }, allowSplit: true };
    this.allocation = { units: rows() };
  }

  /** Where the units of `lines` come from, given what each location has free; throws on a bad answer. */
  allocate(lines: FulfillmentLine[], destination: Position, allowSplit: boolean, stock: OmsStockBook, warehouses: readonly RoutingWarehouse[] = this.warehouses): Allocation {
    const policy = this.policy;
    const reuse = policy.routeInto !== undefined;
    const request = reuse ? this.request : { ...this.request, available: this.warehouses.map((): number[] => []) };
    request.warehouses = warehouses;
    request.lines = lines;
    request.destination = destination;
    request.allowSplit = allowSplit;
    const lineCount = lines.length;
    for (let w = 0; w < this.warehouses.length; w++) {
      const row = sized(request.available[w]!, lineCount);
      for (let l = 0; l < lineCount; l++) row[l] = stock.free(w, lines[l]!.sku);
    }
    const allocation = reuse ? this.routeInto(request) : policy.route(request);
    this.allocated = checkAllocation(policy.name, request, allocation);
    return allocation;
  }

  private routeInto(request: RoutingRequest): Allocation {
    const lineCount = request.lines.length;
    const units = this.allocation.units;
    for (let w = 0; w < units.length; w++) {
      // Zeroed by a loop: Array.prototype.fill is a builtin call, dearer than a few stores.
      const row = sized(units[w]!, lineCount);
      for (let l = 0; l < lineCount; l++) row[l] = 0;
    }
    this.policy.routeInto!(request, units);
    return this.allocation;
  }
}
