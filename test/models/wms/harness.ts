// A context for warehouse tests: one scenario, a bus with fake 'oms' and 'erp' receivers that
// record every message, and a helper to send fulfillment requests as the OMS would.
import { type Message } from '../../../sim/index.js';
import type { ScenarioConfig, WarehouseConfig } from '../../../models/config.js';
import { createAgentContext, type AgentContext } from '../../../models/context.js';
import { defaultScenarioConfig, defaultWarehouse, noFaults } from '../../../models/defaults.js';
import { addresses, type FulfillmentLine, type MessagePayloads, type Order } from '../../../models/messages.js';
import type { BatonTrace } from '../../../models/trace.js';
import { Warehouse } from '../../../models/wms/index.js';

export interface Harness {
  ctx: AgentContext;
  warehouse: Warehouse;
  /** Messages received by the fake agents, in delivery order. */
  inbox: { oms: Message<any>[]; erp: Message<any>[]; channels: Message<any>[] };
  traces: BatonTrace[];
  /** Sends a fulfillment request from 'oms' now; returns the order id. */
  request(lines: { sku: number; qty: number }[], placedAt?: number): number;
  /** Sends an order straight from a channel (no-oms mode); returns the order id. */
  placeOrder(channel: string, lines: { sku: number; qty: number }[]): number;
  /** Payloads of one message type received by 'oms' (or 'erp'). */
  received<T extends keyof MessagePayloads>(to: 'oms' | 'erp', type: T): MessagePayloads[T][];
}

/** A scenario with one warehouse 'east' (given overrides), no faults, no link effects. */
export function scenario(warehouse: Partial<WarehouseConfig> = {}, overrides: Partial<ScenarioConfig> = {}): ScenarioConfig {
  return defaultScenarioConfig({
    warehouses: [defaultWarehouse('east', warehouse)],
    faults: { ...noFaults },
    ...overrides,
  });
}

/** Builds the context and the warehouse, registers the fake receivers (and no-oms channels); does not start it. */
export function harness(config: ScenarioConfig, options: { tracing?: boolean; warehouseIndex?: number } = {}): Harness {
  const traces: BatonTrace[] = [];
  const ctx = createAgentContext(config, { trace: (record) => traces.push(record) });
  ctx.tracing = options.tracing ?? false;
  const index = options.warehouseIndex ?? 0;
  const warehouse = new Warehouse(ctx, config.warehouses[index]!, index);
  const inbox = { oms: [] as Message<any>[], erp: [] as Message<any>[], channels: [] as Message<any>[] };
  ctx.bus.register(addresses.oms, (m) => inbox.oms.push(m));
  ctx.bus.register(addresses.erp, (m) => inbox.erp.push(m));
  for (const c of config.channels) ctx.bus.register(addresses.channel(c.name), (m) => inbox.channels.push(m));
  const order = (lines: { sku: number; qty: number }[], channel: string, placedAt: number): Order => {
    const id = ctx.ids.next('order');
    const priced = lines.map((l) => ({ sku: l.sku, qty: l.qty, unitPriceCents: ctx.catalog.priceCents[l.sku]! }));
    const channelIndex = Math.max(0, config.channels.findIndex((c) => c.name === channel));
    return { id, channel, channelIndex, channelSeq: ctx.ids.next(`order.${channel}`), placedAt, lines: priced };
  };
  return {
    ctx,
    warehouse,
    inbox,
    traces,
    request(lines, placedAt = ctx.sim.now) {
      const o = order(lines, 'amazon', placedAt);
      const payload = { orderId: o.id, order: o, fulfillmentId: ctx.ids.next('fulfillment'), lines: o.lines as FulfillmentLine[] };
      ctx.bus.send(addresses.oms, warehouse.address, 'oms.fulfillment.requested', payload);
      return o.id;
    },
    placeOrder(channel, lines) {
      const o = order(lines, channel, ctx.sim.now);
      ctx.bus.send(addresses.channel(channel), warehouse.address, 'channel.order.placed', { order: o });
      return o.id;
    },
    received(to, type) {
      return inbox[to].filter((m) => m.type === type).map((m) => m.payload);
    },
  };
}
