// The OMS's order lifecycle bookkeeping: each order it has received is in exactly one state, and the
// counts per state always add up to the orders received. Only in-flight orders are held (by their open
// fulfilments or a backorder wait list); an order that ships or is cancelled is forgotten.
//
// States: accepted -> routed -> released (to the WMS) -> shipped; or accepted -> cancelled (oversold);
// or accepted -> backordered -> routed -> released -> shipped. A customer's cancellation moves a
// backordered order, or a released one whose every fulfilment stopped before picking, to cancelled. Picking and packing happen inside the
// WMS and appear in its trace ('wms.pick.completed', 'wms.order.shipped').
import type { AgentContext } from '../context.js';
import type { FulfillmentLine, Order } from '../messages.js';
import type { BatonTrace } from '../trace.js';
import { IdMap } from './id-map.js';

export type OmsOrderState = Extract<BatonTrace, { kind: 'oms.order.state' }>['state'];

/** An order the OMS still holds. */
export interface OmsOrder {
  order: Order;
  /** The order's lines, one per SKU. */
  lines: FulfillmentLine[];
  state: OmsOrderState;
  openFulfillments: number;
  /** Units the WMS shipped short on this order so far. */
  unitsShippedShort: number;
  /** Units shipped so far, the latest shipment time, and whether every parcel with units left on time. */
  unitsShipped: number;
  lastShippedAt: number;
  allOnTime: boolean;
  /** Parcels with units shipped so far and when the last of them reaches the customer. */
  parcels: number;
  lastDeliveredAt: number;
  /** SKUs on whose backorder wait list this order sits (null until it first waits). */
  waitingOn: number[] | null;
  /** Its fulfilments, kept only for an order the customer will cancel (null otherwise). */
  fulfillments: OpenFulfillment[] | null;
  /** The customer asked to cancel while its fulfilments were at the warehouses. */
  cancelRequested: boolean;
}

/** Lines sent to one warehouse, held until it reports the shipment. */
export interface OpenFulfillment {
  id: number;
  entry: OmsOrder;
  warehouse: number;
  lines: FulfillmentLine[];
}

/** Orders by state: received = open + backordered + shipped + cancelled at every moment. */
export interface OrderCounts {
  received: number;
  /** Accepted, routed or released: on their way to shipment. */
  open: number;
  backordered: number;
  shipped: number;
  cancelled: number;
  /** Units the WMS reported short on shipped fulfilments. */
  unitsShippedShort: number;
}

const bucketOf: Record<OmsOrderState, 'open' | 'backordered' | 'shipped' | 'cancelled'> = {
  accepted: 'open',
  routed: 'open',
  released: 'open',
  backordered: 'backordered',
  shipped: 'shipped',
  cancelled: 'cancelled',
};

// The counts by bucket name with constant property names (a computed key would make each update a
// dictionary lookup).
function bump(counts: OrderCounts, bucket: 'open' | 'backordered' | 'shipped' | 'cancelled', by: number): void {
  switch (bucket) {
    case 'open':
      counts.open += by;
      return;
    case 'backordered':
      counts.backordered += by;
      return;
    case 'shipped':
      counts.shipped += by;
      return;
    case 'cancelled':
      counts.cancelled += by;
  }
}

/** Order states, open fulfilments and backorder wait lists. */
export class OrderBook {
  readonly counts: OrderCounts = { received: 0, open: 0, backordered: 0, shipped: 0, cancelled: 0, unitsShippedShort: 0 };
  private readonly fulfillments = new IdMap<OpenFulfillment>();
  private readonly waiting = new Map<number, OmsOrder[]>();

  constructor(private readonly ctx: AgentContext) {}

  /** Starts tracking a newly received order in state 'accepted'. */
  admit(order: Order, lines: FulfillmentLine[]): OmsOrder {
    const fulfillments = order.afterSale != null && order.afterSale.cancelAt >= 0 ? [] : null;
    // The two times start at -0, a double equal to 0 (both are overwritten by a shipment before they
    // are read): with a 0 literal V8 makes them small-integer fields, the first shipment turns them to
    // doubles, and every later order is still created with the outdated shape and migrated on first
    // use, which keeps the OMS's routing code from ever being optimized again.
    const entry: OmsOrder = { order, lines, state: 'accepted', openFulfillments: 0, unitsShippedShort: 0, unitsShipped: 0, lastShippedAt: -0, allOnTime: true, parcels: 0, lastDeliveredAt: -0, waitingOn: null, fulfillments, cancelRequested: false };
    this.counts.received++;
    this.counts.open++;
    this.traceState(entry);
    return entry;
  }

  /** Moves an order to `state`, keeping the counts. */
  setState(entry: OmsOrder, state: OmsOrderState): void {
    const from = bucketOf[entry.state];
    const to = bucketOf[state];
    if (from !== to) {
      bump(this.counts, from, -1);
      bump(this.counts, to, 1);
    }
    entry.state = state;
    if (this.ctx.tracing) this.traceState(entry);
  }

  /** Records lines sent to warehouse w; returns the fulfilment with a fresh id. */
  addFulfillment(entry: OmsOrder, warehouse: number, lines: FulfillmentLine[]): OpenFulfillment {
    const fulfillment: OpenFulfillment = { id: this.ctx.ids.next('fulfillment'), entry, warehouse, lines };
    this.fulfillments.set(fulfillment.id, fulfillment);
    entry.openFulfillments++;
    entry.fulfillments?.push(fulfillment);
    return fulfillment;
  }

  /** Removes and returns an open fulfilment; undefined when unknown or already reported (a duplicate). */
  takeFulfillment(id: number): OpenFulfillment | undefined {
    return this.fulfillments.take(id);
  }

  /** True while fulfilment `id` is sent and not yet reported shipped or stopped. */
  isOpen(id: number): boolean {
    return this.fulfillments.get(id) !== undefined;
  }

  /** Number of fulfilments sent and not yet reported shipped. */
  get openFulfillmentCount(): number {
    return this.fulfillments.size;
  }

  /** Puts a backordered order on the wait list of each SKU it is short of (once per SKU). */
  waitFor(entry: OmsOrder, skus: readonly number[]): void {
    const waitingOn = (entry.waitingOn ??= []);
    for (const sku of skus) {
      if (waitingOn.includes(sku)) continue;
      waitingOn.push(sku);
      const list = this.waiting.get(sku);
      if (list === undefined) this.waiting.set(sku, [entry]);
      else list.push(entry);
    }
  }

  /** Empties and returns the wait list of `sku`, oldest first (entries may no longer be backordered). */
  takeWaiting(sku: number): OmsOrder[] | undefined {
    const list = this.waiting.get(sku);
    if (list === undefined) return undefined;
    this.waiting.delete(sku);
    for (const entry of list) entry.waitingOn!.splice(entry.waitingOn!.indexOf(sku), 1);
    return list;
  }

  private traceState(entry: OmsOrder): void {
    if (this.ctx.tracing) {
      this.ctx.trace({ time: this.ctx.sim.now, kind: 'oms.order.state', orderId: entry.order.id, channel: entry.order.channel, state: entry.state });
    }
  }
}
