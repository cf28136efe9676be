// The orders the OMS holds for a customer's cancellation (scripted orders of a replayed history): an
// order is kept from its arrival until its cancellation comes, and a cancellation that overtakes its
// order on a reordering link is kept until the order arrives.
import type { OmsOrder } from './order-book.js';

/** Matches customers' cancellations to the orders they name, whichever comes first. */
export class CancellableOrders {
  private readonly byId = new Map<number, OmsOrder>();
  private readonly early = new Set<number>();

  /** Holds an arrived order its customer will cancel; true when its cancellation came first. */
  admit(entry: OmsOrder): boolean {
    this.byId.set(entry.order.id, entry);
    if (!this.early.delete(entry.order.id)) return false;
    this.byId.delete(entry.order.id);
    return true;
  }

  /** The held order a cancellation names, no longer held; undefined (the cancellation kept) when it has not arrived. */
  take(orderId: number): OmsOrder | undefined {
    const entry = this.byId.get(orderId);
    if (entry === undefined) {
      this.early.add(orderId);
      return undefined;
    }
    this.byId.delete(orderId);
    return entry;
  }
}
