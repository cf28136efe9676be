// A warehouse's side of what customers do after buying: cancellations and returns. A fulfilment of an
// order the customer will cancel is held here until a picker starts it; a cancellation before that
// stops it (it is dropped from its batch or task when a picker takes it up), one after is too late.
// A returned parcel's units go back into their pick bins, record and shelf alike, and are reported.
import type { AgentContext } from '../context.js';
import type { ReturnLine } from '../messages.js';
import type { Inventory } from './inventory.js';
import type { LocalAllocation } from './local-allocation.js';
import type { MovementReporter } from './movements.js';
import type { Fulfillment, PickTask } from './pick-task.js';

/** What the desk works with, besides the run's context. */
export interface AfterSaleOptions {
  warehouse: string;
  address: string;
  inventory: Inventory;
  reporter: MovementReporter;
  /** No-oms: the warehouse's own allocation (a stopped fulfilment frees it); null with an OMS. */
  local: LocalAllocation | null;
  /** Counts the fulfilments stopped. */
  stats: { fulfillmentsCancelled: number };
}

/** Customer cancellations and returns at one warehouse. */
export class AfterSaleDesk {
  // Fulfilments of orders the customer will cancel, by order id, until a picker starts them.
  private readonly cancellable = new Map<number, Fulfillment>();
  // No-oms: orders of those whose picking started before the cancellation came (too late).
  private readonly pickedBeforeCancel = new Set<number>();
  // Stopped fulfilments still inside a batch or a queued task.
  private cancelledWaiting = 0;

  constructor(private readonly ctx: AgentContext, private readonly options: AfterSaleOptions) {}

  /** Holds a newly accepted fulfilment if its customer will cancel the order. */
  accepted(f: Fulfillment): void {
    const afterSale = f.order.afterSale;
    if (afterSale != null && afterSale.cancelAt >= 0) this.cancellable.set(f.orderId, f);
  }

  /** Stops fulfilment `fulfillmentId` of `orderId` if no picker has started it; true when stopped. */
  stopFulfillment(orderId: number, fulfillmentId: number): boolean {
    const f = this.cancellable.get(orderId);
    return f !== undefined && f.fulfillmentId === fulfillmentId && this.stop(f);
  }

  /** No-oms: the customer's cancellation comes to the warehouse, which books it (the OMS would otherwise). */
  customerCancelled(orderId: number): void {
    const f = this.cancellable.get(orderId);
    if (f !== undefined && this.stop(f)) this.ctx.metrics.ordersCancelledByCustomer++;
    else if (this.pickedBeforeCancel.delete(orderId)) this.ctx.metrics.cancelsTooLate++;
  }

  /** A picker takes up `task`: stopped fulfilments leave it, the rest can no longer be cancelled. */
  beforePicking(task: PickTask): void {
    if (this.cancellable.size === 0 && this.cancelledWaiting === 0) return;
    const fulfillments = task.fulfillments;
    let cancelled = 0;
    for (let i = 0; i < fulfillments.length; i++) {
      const f = fulfillments[i]!;
      if (f.cancelled === true) cancelled++;
      else if (this.cancellable.delete(f.orderId) && this.options.local !== null) this.pickedBeforeCancel.add(f.orderId);
    }
    if (cancelled === 0) return;
    this.cancelledWaiting -= cancelled;
    task.fulfillments = fulfillments.filter((f) => f.cancelled !== true);
    let lineCount = 0;
    for (const f of task.fulfillments) lineCount += f.lines.length;
    task.lineCount = lineCount;
  }

  /** A customer's parcel is back (orderId -1 when not tied to an order): units into their bins, reported. */
  received(orderId: number, lines: ReturnLine[]): void {
    const { inventory, address } = this.options;
    const skuCount = inventory.skuCount;
    let units = 0;
    for (const line of lines) {
      if (!(Number.isInteger(line.sku) && line.sku >= 0 && line.sku < skuCount) || !(Number.isInteger(line.qty) && line.qty > 0)) {
        throw new RangeError(`${address}: return of order ${orderId} has a bad line (sku ${line.sku}, qty ${line.qty})`);
      }
      inventory.receive(line.sku, line.qty, line.qty);
      units += line.qty;
    }
    const metrics = this.ctx.metrics;
    metrics.returnsReceived++;
    metrics.unitsReturned += units;
    this.options.reporter.returned(orderId, lines);
    if (this.ctx.tracing) {
      const codes = this.ctx.catalog.codes;
      const traced = lines.map((l) => ({ sku: codes[l.sku]!, qty: l.qty, recordAfter: inventory.recordOnHand(l.sku), physicalAfter: inventory.physicalOnHand(l.sku) }));
      this.ctx.trace({ time: this.ctx.sim.now, kind: 'wms.return.received', warehouse: this.options.warehouse, orderId, lines: traced });
    }
  }

  // Marks a fulfilment no picker has started as cancelled and frees what it held.
  private stop(f: Fulfillment): boolean {
    this.cancellable.delete(f.orderId);
    if (f.cancelled === true) return false;
    f.cancelled = true;
    this.cancelledWaiting++;
    this.options.stats.fulfillmentsCancelled++;
    const local = this.options.local;
    if (local !== null) for (const line of f.lines) local.release(line.sku, line.qty);
    if (this.ctx.tracing) this.ctx.trace({ time: this.ctx.sim.now, kind: 'wms.fulfillment.cancelled', warehouse: this.options.warehouse, orderId: f.orderId });
    return true;
  }
}
