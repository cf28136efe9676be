// The one definition of a shipped order, used by the metrics and the visuals alike: an order is
// shipped when its last parcel with units has left (split orders wait for every parcel), on time when
// every such parcel met its promise, and its cycle time runs from acceptance by the channel to that
// last parcel. Parcels without units (nothing found on the shelf) neither ship nor end an order.
import type { AgentContext } from './context.js';
import type { Order } from './messages.js';

/** Books one shipped order: ordersShipped, ordersOnTime, the cycle time, the channel's seller health the observer and, when tracing, an 'order.completed' record. */
export function bookShippedOrder(ctx: AgentContext, order: Pick<Order, 'id' | 'channelIndex' | 'placedAt'>, lastParcelAt: number, onTime: boolean): void {
  const metrics = ctx.metrics;
  const cycleSeconds = lastParcelAt - order.placedAt;
  metrics.ordersShipped++;
  if (onTime) metrics.ordersOnTime++;
  metrics.recordCycleTime(cycleSeconds);
  metrics.sellerHealth.record('shipped', order.channelIndex, ctx.sim.now);
  if (!onTime) metrics.sellerHealth.record('late', order.channelIndex, ctx.sim.now);
  ctx.observer?.orderCompleted(cycleSeconds);
  if (ctx.tracing) ctx.trace({ time: ctx.sim.now, kind: 'order.completed', orderId: order.id, cycleSeconds, onTime });
}
