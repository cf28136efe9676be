// Test harness for the OMS and channels: a context over a fresh simulation, and small fake agents
// standing in for warehouses and channels. Shared by test/models/oms and test/models/channels.
import type { ScenarioConfig } from '../../../models/config.js';
import { createAgentContext, type AgentContext } from '../../../models/context.js';
import { defaultScenarioConfig } from '../../../models/defaults.js';
import type { BatonMessage, MessageOf, MessagePayloads, Order } from '../../../models/messages.js';
import type { PolicyRegistries } from '../../../models/policies.js';
import type { BatonTrace } from '../../../models/trace.js';

export interface TestContext {
  ctx: AgentContext;
  traces: BatonTrace[];
}

/** A context over a new simulation; the bus draws link randomness from the run's streams. */
export function makeContext(overrides: Partial<ScenarioConfig> = {}, options: { tracing?: boolean; policies?: PolicyRegistries } = {}): TestContext {
  const config = defaultScenarioConfig(overrides);
  const traces: BatonTrace[] = [];
  const ctx = createAgentContext(config, { trace: options.tracing ? (record) => traces.push(record) : null, policies: options.policies });
  return { ctx, traces };
}

/** A catalogue of n SKUs 'S1'..'Sn' at 1,000 cents cost, 2,000 price, Zipf(1) popularity. */
export function smallCatalog(n: number): ScenarioConfig['catalog'] {
  return { items: Array.from({ length: n }, (_, i) => ({ code: `S${i + 1}`, costCents: 1000, priceCents: 2000 })), zipfAlpha: 1 };
}

/** Per-warehouse records of `units` for every SKU. */
export function uniformRecord(warehouses: number, skus: number, units: number): Int32Array[] {
  return Array.from({ length: warehouses }, () => new Int32Array(skus).fill(units));
}

/**
 * A warehouse that takes fulfilment requests and, when `shipAfterSeconds` is set, reports each shipped
 * in full that long after it arrives; tests can also ship by hand (with a shortfall).
 */
export class FakeWms {
  readonly address: string;
  /** Requests not yet reported shipped, by fulfilment id. */
  readonly outstanding = new Map<number, MessagePayloads['oms.fulfillment.requested']>();
  readonly received: MessagePayloads['oms.fulfillment.requested'][] = [];
  /** Customer cancellations the OMS passed on (the test answers them with `stop` or a shipment). */
  readonly cancelRequests: MessagePayloads['oms.fulfillment.cancelled'][] = [];

  constructor(
    private readonly ctx: AgentContext,
    readonly name: string,
    private readonly shipAfterSeconds: number | null = null,
  ) {
    this.address = `wms:${name}`;
    ctx.bus.register(this.address, (m) => this.receive(m));
  }

  /** Reports a fulfilment shipped, `shortBy[i]` units short on line i, on time unless told otherwise. */
  ship(fulfillmentId: number, shortBy: number[] = [], onTime = true): void {
    const request = this.outstanding.get(fulfillmentId);
    if (request === undefined) throw new Error(`FakeWms ${this.name}: no outstanding fulfilment ${fulfillmentId}`);
    this.outstanding.delete(fulfillmentId);
    const lines = request.lines.map((line, i) => {
      const short = Math.min(line.qty, shortBy[i] ?? 0);
      return { sku: line.sku, qtyShipped: line.qty - short, qtyShort: short, unitPriceCents: line.unitPriceCents };
    });
    const payload: MessagePayloads['wms.order.shipped'] = { orderId: request.orderId, fulfillmentId, warehouse: this.name, shippedAt: this.ctx.sim.now, lines, onTime };
    this.ctx.bus.send(this.address, 'oms', 'wms.order.shipped', payload);
  }

  /** Reports a fulfilment stopped before picking (a customer's cancellation in time). */
  stop(fulfillmentId: number): void {
    const request = this.outstanding.get(fulfillmentId);
    if (request === undefined) throw new Error(`FakeWms ${this.name}: no outstanding fulfilment ${fulfillmentId}`);
    this.outstanding.delete(fulfillmentId);
    this.ctx.bus.send(this.address, 'oms', 'wms.fulfillment.cancelled', { orderId: request.orderId, fulfillmentId, warehouse: this.name });
  }

  /** Units on outstanding requests for `sku`. */
  outstandingUnits(sku: number): number {
    let units = 0;
    for (const request of this.outstanding.values()) for (const line of request.lines) if (line.sku === sku) units += line.qty;
    return units;
  }

  private receive(message: BatonMessage): void {
    if (message.type === 'oms.fulfillment.cancelled') {
      this.cancelRequests.push(message.payload);
      return;
    }
    if (message.type !== 'oms.fulfillment.requested') throw new Error(`FakeWms ${this.name}: unexpected ${message.type}`);
    const request = message.payload as MessagePayloads['oms.fulfillment.requested'];
    if (this.outstanding.has(request.fulfillmentId)) throw new Error(`FakeWms ${this.name}: fulfilment ${request.fulfillmentId} requested twice`);
    this.outstanding.set(request.fulfillmentId, request);
    this.received.push(request);
    if (this.shipAfterSeconds !== null) this.ctx.sim.schedule(this.shipAfterSeconds, () => this.ship(request.fulfillmentId));
  }
}

/**
 * A no-oms warehouse reduced to its allocation: takes channel orders straight, allocates each whole
 * order from its units, and counts an order it cannot cover in full as oversold.
 */
export class FakeNoOmsWarehouse {
  readonly address: string;
  allocatedOrders = 0;

  constructor(
    private readonly ctx: AgentContext,
    readonly name: string,
    readonly units: Int32Array,
  ) {
    this.address = `wms:${name}`;
    ctx.bus.register(this.address, (m) => this.receive(m));
  }

  private receive(message: BatonMessage): void {
    if (message.type !== 'channel.order.placed') throw new Error(`FakeNoOmsWarehouse: unexpected ${message.type}`);
    const order = (message.payload as MessagePayloads['channel.order.placed']).order;
    let short = 0;
    for (const line of order.lines) short += Math.max(0, line.qty - this.units[line.sku]!);
    if (short > 0) {
      this.ctx.metrics.oversoldOrders++;
      this.ctx.metrics.oversoldUnits += short;
      return;
    }
    for (const line of order.lines) this.units[line.sku]! -= line.qty;
    this.allocatedOrders++;
  }
}

/** Records what arrives at a channel address. */
export class ChannelSink {
  readonly messages: MessageOf<'oms.ats.published'>[] = [];

  constructor(ctx: AgentContext, name: string) {
    ctx.bus.register(`channel:${name}`, (m) => this.messages.push(m as MessageOf<'oms.ats.published'>));
  }
}

/** An order as channel `channelIndex` would send it; SKU indices and quantities as given. */
export function makeOrder(ctx: AgentContext, channelIndex: number, channelSeq: number, lines: [sku: number, qty: number][]): Order {
  return {
    id: ctx.ids.next('order'),
    channel: ctx.config.channels[channelIndex]!.name,
    channelIndex,
    channelSeq,
    placedAt: ctx.sim.now,
    lines: lines.map(([sku, qty]) => ({ sku, qty, unitPriceCents: 2000 })),
  };
}

/** Sends an order from its channel to the OMS through the bus. */
export function placeOrder(ctx: AgentContext, order: Order): void {
  ctx.bus.send(`channel:${order.channel}`, 'oms', 'channel.order.placed', { order });
}

/** Sends a stock adjustment from a warehouse to the OMS. */
export function adjust(ctx: AgentContext, warehouse: string, sku: number, delta: number, eventId: string): void {
  const payload: MessagePayloads['wms.stock.adjusted'] = { eventId, warehouse, sku, delta, reason: 'cycle-count' };
  ctx.bus.send(`wms:${warehouse}`, 'oms', 'wms.stock.adjusted', payload);
}

/** Sends a receipt from a warehouse to the OMS. */
export function receive(ctx: AgentContext, warehouse: string, sku: number, qty: number, eventId: string): void {
  const payload: MessagePayloads['wms.receipt.completed'] = { eventId, warehouse, poId: 1, sku, qty, unitCostCents: 1000 };
  ctx.bus.send(`wms:${warehouse}`, 'oms', 'wms.receipt.completed', payload);
}
