// The messages agents exchange over the bus: the handoffs of the baton. Agent addresses are
// 'channel:<name>', 'oms', 'wms:<warehouse>' and 'erp'. Quantities are integers, SKUs are catalogue
// indices, money is integer cents.
import type { Envelope, Message, MessageBus } from '../sim/index.js';

/** One order line as sold: catalogue index, units, unit price. */
export interface OrderLine {
  sku: number;
  qty: number;
  unitPriceCents: number;
}

/** An order a channel accepted; `channelSeq` counts this channel's orders (its ATS watermark). */
export interface Order {
  id: number;
  channel: string;
  channelIndex: number;
  channelSeq: number;
  placedAt: number;
  lines: OrderLine[];
  /** Index into economics.regions of the customer (0 when absent). */
  region?: number;
  /** What the customer does after buying (scripted orders of a replayed history); null or absent: nothing. */
  afterSale?: AfterSale | null;
}

/** A customer's cancellation or return of one order, as scripted (times in simulated seconds). */
export interface AfterSale {
  /** When the customer asks to cancel; -1: never. */
  cancelAt: number;
  /** How long after delivery the returned parcel reaches the warehouse that shipped it; -1: never returned. */
  returnAfterSeconds: number;
}

/** A line of a customer return: units back into stock and the refund per unit. */
export interface ReturnLine {
  sku: number;
  qty: number;
  unitPriceCents: number;
}

/** A line assigned to one warehouse. */
export interface FulfillmentLine {
  sku: number;
  qty: number;
  unitPriceCents: number;
}

export interface ShippedLine {
  sku: number;
  qtyShipped: number;
  qtyShort: number;
  unitPriceCents: number;
}

/** Why a WMS record changed outside picking. */
export type AdjustmentReason = 'cycle-count' | 'damage' | 'mis-scan' | 'short-pick';

export type AgentAddress = string;

export const addresses = {
  oms: 'oms',
  erp: 'erp',
  channel: (name: string) => `channel:${name}`,
  wms: (warehouse: string) => `wms:${warehouse}`,
} as const;

/** Payloads by message type. */
export interface MessagePayloads {
  /** channel -> oms (or in no-oms, channel -> wms). */
  'channel.order.placed': { order: Order };
  /** oms -> channel: ATS per SKU (only changed SKUs unless `full`), and the last channelSeq the OMS had processed. */
  'oms.ats.published': { computedAt: number; full: boolean; skus: number[]; ats: number[]; watermark: number };
  /** wms -> channel in no-oms: the warehouse's sellable stock, and the last channelSeq of this channel it had processed (as the OMS feed). */
  'wms.stock.published': { computedAt: number; full: boolean; skus: number[]; units: number[]; watermark: number };
  /** oms -> wms: pick, pack and ship these lines. */
  'oms.fulfillment.requested': { orderId: number; order: Order; fulfillmentId: number; lines: FulfillmentLine[] };
  /** channel -> oms (or in no-oms, channel -> wms): the customer cancels an order it placed. */
  'channel.order.cancelled': { orderId: number; channelIndex: number };
  /** oms -> wms: stop this fulfilment if picking has not started. */
  'oms.fulfillment.cancelled': { orderId: number; fulfillmentId: number };
  /** wms -> oms: the fulfilment was stopped before picking (its units were never picked). */
  'wms.fulfillment.cancelled': { orderId: number; fulfillmentId: number; warehouse: string };
  /** channel -> wms: a customer return not tied to a replayed order (its parcel arrives now). */
  'channel.return.sent': { returnId: number; channel: string; lines: ReturnLine[] };
  /** wms -> oms, erp: returned units were put back into stock (orderId -1 when not tied to an order). */
  'wms.return.received': { eventId: string; warehouse: string; orderId: number; lines: ReturnLine[] };
  /** wms -> oms, erp: a shipment left (short units did not). */
  'wms.order.shipped': { orderId: number; fulfillmentId: number; warehouse: string; shippedAt: number; lines: ShippedLine[]; /** The parcel left by the pickup promised when the order was placed (the OMS books ordersOnTime from it). */ onTime?: boolean; /** When the parcel reaches the customer (shippedAt + zone transit). */ deliveredAt?: number };
  /** wms -> oms, erp: the record changed outside picking (signed delta of the record). */
  'wms.stock.adjusted': { eventId: string; warehouse: string; sku: number; delta: number; reason: AdjustmentReason };
  /** wms -> oms, erp: goods received (recorded units; truth may differ after a mis-scan). */
  'wms.receipt.completed': { eventId: string; warehouse: string; poId: number; sku: number; qty: number; unitCostCents: number };
  /** erp -> wms: a purchase order the supplier will deliver. */
  'erp.po.placed': { poId: number; sku: number; qty: number; unitCostCents: number; expectedAt: number };
  /** wms -> erp in erp-own-count: a periodic batch of movements (aggregated per SKU). */
  'wms.batch.exported': { batchId: string; warehouse: string; periodEnd: number; movements: { sku: number; delta: number; kind: 'ship' | 'receipt' | 'adjust' | 'return'; valueHintCents: number }[] };
}

/** Any message between Baton's agents: switch on `type` and the payload is typed. */
export type BatonMessage = Message<MessagePayloads>;

/** A message of one type. */
export type MessageOf<K extends keyof MessagePayloads> = Envelope<K, MessagePayloads[K]>;

/** The bus between Baton's agents. */
export type BatonBus = MessageBus<MessagePayloads>;
