// Matching cancellations to orders whichever arrives first.
import { describe, expect, it } from 'vitest';
import { CancellableOrders } from '../../../models/oms/cancellable-orders.js';
import type { OmsOrder } from '../../../models/oms/order-book.js';

const entry = (id: number) => ({ order: { id } }) as unknown as OmsOrder;

describe('CancellableOrders', () => {
  it('hands an order to its cancellation once', () => {
    const held = new CancellableOrders();
    const order = entry(7);
    expect(held.admit(order)).toBe(false);
    expect(held.take(7)).toBe(order);
    // a second (duplicated) cancellation finds nothing
    expect(held.take(7)).toBeUndefined();
  });

  it('keeps a cancellation that came first until its order arrives, and only for that order', () => {
    const held = new CancellableOrders();
    expect(held.take(3)).toBeUndefined();
    expect(held.admit(entry(4))).toBe(false);
    expect(held.admit(entry(3))).toBe(true);
    // order 3 is not held any more: its cancellation was used
    expect(held.take(4)).toEqual(entry(4));
  });
});
