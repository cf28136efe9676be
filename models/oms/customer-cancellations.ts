// A customer's cancellation as the OMS carries it out: a backordered order is cancelled at once; a
// released one is asked of each warehouse holding a part of it, which stops what no picker has
// started (the order is cancelled when every part stopped, see Oms); a shipped one is too late. A
// cancellation that overtakes its order on a reordering link waits for it.
import type { AgentContext } from '../context.js';
import type { MessagePayloads } from '../messages.js';
import { CancellableOrders } from './cancellable-orders.js';
import type { OmsOrder, OrderBook } from './order-book.js';

/** The OMS's side of customers' cancellations. */
export class CustomerCancellations {
  private readonly held = new CancellableOrders();

  constructor(
    private readonly ctx: AgentContext,
    private readonly book: OrderBook,
    private readonly from: string,
    private readonly warehouseAddresses: readonly string[],
  ) {}

  /** Holds an admitted order its customer may cancel; true when the cancellation came first (cancel it once routed). */
  admit(entry: OmsOrder): boolean {
    return entry.fulfillments !== null && this.held.admit(entry);
  }

  /** The customer's cancellation of `orderId` arrives (it waits when the order has not). */
  request(orderId: number): void {
    const entry = this.held.take(orderId);
    if (entry !== undefined) this.cancel(entry);
  }

  /** Cancels the order as far as its state allows. */
  cancel(entry: OmsOrder): void {
    const ctx = this.ctx;
    const orderId = entry.order.id;
    switch (entry.state) {
      case 'backordered':
        this.book.setState(entry, 'cancelled');
        ctx.metrics.ordersCancelledByCustomer++;
        return;
      case 'released':
        entry.cancelRequested = true;
        for (const f of entry.fulfillments!) {
          if (!this.book.isOpen(f.id)) continue;
          const payload: MessagePayloads['oms.fulfillment.cancelled'] = { orderId, fulfillmentId: f.id };
          ctx.bus.send(this.from, this.warehouseAddresses[f.warehouse]!, 'oms.fulfillment.cancelled', payload);
        }
        return;
      case 'shipped':
        this.tooLate(entry);
        return;
      default:
        // Already cancelled as oversold: nothing left to stop.
        return;
    }
  }

  /** Counts a cancellation that came after a part of the order left. */
  tooLate(entry: OmsOrder): void {
    this.ctx.metrics.cancelsTooLate++;
    if (this.ctx.tracing) this.ctx.trace({ time: this.ctx.sim.now, kind: 'oms.order.cancel-too-late', orderId: entry.order.id });
  }
}
