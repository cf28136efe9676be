// The order management system: one queue for every channel's orders. It owns ATS (from the WMS records
// it hears about, minus its reservations and safety stock), routes each order to locations with a
// pluggable policy, reserves, releases fulfilments to the WMS, and publishes ATS to the channels.
//
// Oversell: an accepted order that no location can cover in full when the OMS routes it. It is counted
// (metrics.oversoldOrders, oversoldUnits = the uncovered units) and then, per oms.oversellAction,
// cancelled whole (nothing is reserved, the covered units stay sellable) or backordered: held without
// reservations and routed again, oldest first, when a receipt or a positive adjustment raises the
// record of a SKU it is short of. Short picks are the WMS's to count; the OMS releases the whole
// reservation of a shipped line and lowers the record by the units shipped. Orders shipped, on time
// and their cycle times are booked here when an order's last parcel is reported (units are the WMS's).
import type { AgentContext } from '../context.js';
import { addresses, type BatonMessage, type FulfillmentLine, type MessagePayloads, type Order } from '../messages.js';
import { chargeCancelledOversell } from '../economics/costs.js';
import { economicsOf } from '../economics/settings.js';
import { ZoneTable } from '../economics/zones.js';
import { SECONDS_PER_DAY } from '../config.js';
import { AtsPublisher } from './ats-publisher.js';
import { RecentKeys, SeqDeduper } from './dedupe.js';
import { CustomerCancellations } from './customer-cancellations.js';
import { OrderBook, type OmsOrder, type OrderCounts } from './order-book.js';
import type { OmsRoutingPolicy, Position, RoutingWarehouse } from './routing/types.js';
import { Router } from './router.js';
import { OmsStockBook } from './stock.js';
import { linesFrom, mergeLines, sameQuantities } from './order-lines.js';
import { bookShippedOrder } from '../order-completion.js';

const defaults = {
  /** Adjustment and receipt event ids are remembered at least this long, to drop duplicates. */
  eventDedupeWindowSeconds: 86_400,
};

export interface OmsOptions {
  /** Use this policy instead of looking up ctx.config.oms.routingPolicy in the shared registry. */
  policy?: OmsRoutingPolicy;
}

/** The OMS agent at address 'oms'. */
export class Oms {
  readonly address = addresses.oms;
  readonly policy: OmsRoutingPolicy;
  private readonly stock: OmsStockBook;
  private readonly publisher: AtsPublisher;
  private readonly book: OrderBook;
  private readonly channelSeqs: SeqDeduper[];
  private readonly eventIds = new RecentKeys(defaults.eventDedupeWindowSeconds);
  private readonly cancellations: CustomerCancellations;
  private readonly warehouses: RoutingWarehouse[];
  private readonly warehouseAddresses: string[];
  private readonly warehouseIndex = new Map<string, number>();
  // Per channel and region (index channel * regions + region): where an order goes, for `nearest`.
  private readonly destinations: Position[];
  // Per region: the locations with that region's zone rates, for `lowest-cost`.
  private readonly warehousesByRegion: RoutingWarehouse[][];
  private readonly regionCount: number;
  private readonly promiseSeconds: Float64Array;
  private readonly penaltyCents: number;
  private readonly router: Router;
  // Per location, the lines the order being routed ships from there (reused by `route`).
  private readonly shipmentLines: (FulfillmentLine[] | null)[];

  /** initialRecord[w][sku]: the WMS record of warehouse w (ctx.config.warehouses order) at the start. */
  constructor(
    private readonly ctx: AgentContext,
    initialRecord: readonly Int32Array[],
    options: OmsOptions = {},
  ) {
    const config = ctx.config;
    if (initialRecord.length !== config.warehouses.length) {
      throw new RangeError(`Oms: initialRecord has ${initialRecord.length} warehouses, config has ${config.warehouses.length}`);
    }
    if (initialRecord[0]!.length !== ctx.catalog.size) {
      throw new RangeError(`Oms: initialRecord covers ${initialRecord[0]!.length} SKUs, the catalogue has ${ctx.catalog.size}`);
    }
    this.policy = options.policy ?? ctx.policies.oms.get(config.oms.routingPolicy);
    this.stock = new OmsStockBook(initialRecord, config.oms.safetyStockUnits);
    this.publisher = new AtsPublisher(ctx, this.stock, this.address);
    this.book = new OrderBook(ctx);
    this.channelSeqs = config.channels.map(() => new SeqDeduper());
    const zones = ctx.zones ?? new ZoneTable(config);
    const economics = economicsOf(config);
    this.regionCount = zones.regionCount;
    this.warehousesByRegion = economics.regions.map((_, r) =>
      config.warehouses.map((w, i) => ({ name: w.name, position: w.position, rank: w.rank, costCentsPerUnit: zones.unitCents[i * zones.regionCount + r]!, costCentsPerParcel: zones.parcelCents[i * zones.regionCount + r]! })),
    );
    this.warehouses = this.warehousesByRegion[0]!;
    this.promiseSeconds = Float64Array.from(config.channels, (c) => (c.deliveryPromiseDays ?? 5) * SECONDS_PER_DAY);
    this.penaltyCents = economics.cancellationPenaltyCents;
    this.warehouseAddresses = config.warehouses.map((w) => addresses.wms(w.name));
    this.cancellations = new CustomerCancellations(ctx, this.book, this.address, this.warehouseAddresses);
    config.warehouses.forEach((w, i) => this.warehouseIndex.set(w.name, i));
    this.destinations = config.channels.flatMap((c) => economics.regions.map((r) => r.position ?? c.position));
    this.router = new Router(this.policy, this.warehouses);
    this.shipmentLines = config.warehouses.map(() => null);
    ctx.bus.register(this.address, (message) => this.receive(message));
  }

  /** Starts the ATS publishes (deltas per channel sync interval, full snapshots). */
  start(): void {
    this.publisher.start();
  }

  /** ATS of a SKU over all locations (after safety stock, before channel buffers). */
  ats(sku: number): number {
    return this.stock.ats(sku);
  }

  /** ATS as published to channel c (its buffer share withheld). */
  channelAts(channelIndex: number, sku: number): number {
    return this.publisher.channelAts(channelIndex, sku);
  }

  /** Units reserved at warehouse w; never above max(0, record(w, sku)). */
  reserved(w: number, sku: number): number {
    return this.stock.reserved(w, sku);
  }

  /** The WMS record of warehouse w as the OMS last heard it. */
  record(w: number, sku: number): number {
    return this.stock.record(w, sku);
  }

  /** Units of open fulfilment lines at w that a record decrease left without backing. */
  unbacked(w: number, sku: number): number {
    return this.stock.unbacked(w, sku);
  }

  /** Units moved from reservations to unbacked by record decreases, cumulative. */
  get unitsReservedShort(): number {
    return this.stock.unitsReservedShort;
  }

  /** Orders by lifecycle state now (received = open + backordered + shipped + cancelled); a copy. */
  orderStates(): OrderCounts {
    return { ...this.book.counts };
  }

  /** Fulfilments released to a WMS and not yet reported shipped. */
  get openFulfillments(): number {
    return this.book.openFulfillmentCount;
  }

  /** Publishes ATS to channel c now (deltas, or everything when `full`). */
  publishNow(channelIndex: number, full: boolean): void {
    this.publisher.publish(channelIndex, full);
  }

  /** Bus entry point. */
  receive(message: BatonMessage): void {
    switch (message.type) {
      case 'channel.order.placed':
        return this.onOrderPlaced(message.payload.order);
      case 'wms.order.shipped':
        return this.onShipped(message.payload);
      case 'wms.stock.adjusted': {
        const p = message.payload;
        return this.onRecordChange(p.eventId, p.warehouse, p.sku, p.delta);
      }
      case 'wms.receipt.completed': {
        const p = message.payload;
        return this.onRecordChange(p.eventId, p.warehouse, p.sku, p.qty);
      }
      case 'channel.order.cancelled':
        return this.cancellations.request(message.payload.orderId);
      case 'wms.fulfillment.cancelled':
        return this.onFulfillmentStopped(message.payload.fulfillmentId);
      case 'wms.return.received':
        return this.onReturn(message.payload);
      default:
        throw new Error(`oms: unexpected message type "${message.type}" from ${message.from}`);
    }
  }

  private onOrderPlaced(order: Order): void {
    const c = order.channelIndex;
    const seqs = this.channelSeqs[c];
    if (seqs === undefined) throw new RangeError(`oms: order ${order.id} has channelIndex ${c}, not one of the ${this.channelSeqs.length} channels`);
    if (!seqs.firstTime(order.channelSeq)) return;
    this.publisher.noteProcessed(c, order.channelSeq);
    const ctx = this.ctx;
    if (ctx.tracing) ctx.trace({ time: ctx.sim.now, kind: 'oms.order.received', orderId: order.id, channel: order.channel });
    const entry = this.book.admit(order, mergeLines(order, this.stock.skuCount));
    const cancelledAlready = this.cancellations.admit(entry);
    this.route(entry, true);
    if (cancelledAlready) this.cancellations.cancel(entry);
  }

  // A warehouse stopped a fulfilment before picking: its reservations go back, nothing shipped.
  private onFulfillmentStopped(fulfillmentId: number): void {
    const fulfillment = this.book.takeFulfillment(fulfillmentId);
    if (fulfillment === undefined) return;
    const entry = fulfillment.entry;
    for (const line of fulfillment.lines) {
      this.stock.release(fulfillment.warehouse, line.sku, line.qty);
      this.publisher.markDirty(line.sku);
    }
    entry.openFulfillments--;
    if (entry.openFulfillments === 0) this.completeShipment(entry);
  }

  // Returned units raise the record of the warehouse that took them back (and may free backorders).
  private onReturn(p: MessagePayloads['wms.return.received']): void {
    p.lines.forEach((line, i) => this.onRecordChange(`${p.eventId}:${i}`, p.warehouse, line.sku, line.qty));
  }

  // Routes an accepted or backordered order: reserve and release it whole, or count it short.
  private route(entry: OmsOrder, firstAttempt: boolean): void {
    const lines = entry.lines;
    const lineCount = lines.length;
    const stock = this.stock;
    const warehouseCount = this.warehouses.length;
    const region = entry.order.region ?? 0;
    const destination = this.destinations[entry.order.channelIndex * this.regionCount + region]!;
    const allocation = this.router.allocate(lines, destination, this.ctx.config.oms.allowSplit, stock, this.warehousesByRegion[region]!);
    const allocated = this.router.allocated;
    let wanted = 0;
    for (let l = 0; l < lineCount; l++) {
      wanted += lines[l]!.qty;
      this.publisher.markDirty(lines[l]!.sku);
    }
    if (allocated < wanted) {
      this.shortfall(entry, allocation.units, wanted - allocated, firstAttempt);
      return;
    }
    this.book.setState(entry, 'routed');
    const shipmentLines = this.shipmentLines;
    for (let w = 0; w < warehouseCount; w++) {
      const units = allocation.units[w]!;
      let count = 0;
      for (let l = 0; l < lineCount; l++) {
        if (units[l]! > 0) {
          stock.reserve(w, lines[l]!.sku, units[l]!);
          count++;
        }
      }
      // The whole order from one place (the usual case) reuses the order's lines.
      shipmentLines[w] = count === 0 ? null : count === lineCount && sameQuantities(lines, units) ? lines : linesFrom(lines, units);
    }
    if (this.ctx.tracing) this.traceRouted(entry, shipmentLines);
    this.book.setState(entry, 'released');
    for (let w = 0; w < warehouseCount; w++) {
      const linesHere = shipmentLines[w]!;
      if (linesHere === null) continue;
      shipmentLines[w] = null;
      const fulfillment = this.book.addFulfillment(entry, w, linesHere);
      const payload: MessagePayloads['oms.fulfillment.requested'] = { orderId: entry.order.id, order: entry.order, fulfillmentId: fulfillment.id, lines: fulfillment.lines };
      this.ctx.bus.send(this.address, this.warehouseAddresses[w]!, 'oms.fulfillment.requested', payload);
    }
  }

  private shortfall(entry: OmsOrder, units: number[][], unitsShort: number, firstAttempt: boolean): void {
    const ctx = this.ctx;
    if (firstAttempt) {
      ctx.metrics.oversoldOrders++;
      ctx.metrics.oversoldUnits += unitsShort;
      if (ctx.tracing) ctx.trace({ time: ctx.sim.now, kind: 'oms.order.oversold', orderId: entry.order.id, units: unitsShort });
    }
    if (ctx.config.oms.oversellAction === 'cancel') {
      chargeCancelledOversell(ctx.metrics, ctx.catalog, entry.lines, this.penaltyCents);
      this.book.setState(entry, 'cancelled');
      ctx.metrics.sellerHealth.record('cancelled', entry.order.channelIndex, ctx.sim.now);
      return;
    }
    if (entry.state !== 'backordered') {
      ctx.metrics.backorderedOrders++;
      if (ctx.tracing) ctx.trace({ time: ctx.sim.now, kind: 'oms.order.backordered', orderId: entry.order.id, units: unitsShort });
      this.book.setState(entry, 'backordered');
    }
    const shortSkus: number[] = [];
    entry.lines.forEach((line, l) => {
      let got = 0;
      for (const row of units) got += row[l]!;
      if (got < line.qty) shortSkus.push(line.sku);
    });
    this.book.waitFor(entry, shortSkus);
  }

  private onShipped(p: MessagePayloads['wms.order.shipped']): void {
    const fulfillment = this.book.takeFulfillment(p.fulfillmentId);
    if (fulfillment === undefined) return;
    const w = fulfillment.warehouse;
    const entry = fulfillment.entry;
    const reserved = fulfillment.lines;
    for (let i = 0; i < reserved.length; i++) {
      const line = reserved[i]!;
      this.stock.release(w, line.sku, line.qty);
      this.publisher.markDirty(line.sku);
    }
    let units = 0;
    const shipped = p.lines;
    for (let i = 0; i < shipped.length; i++) {
      const line = shipped[i]!;
      this.lowerOrRaise(w, line.sku, -line.qtyShipped);
      units += line.qtyShipped;
      entry.unitsShippedShort += line.qtyShort;
      this.book.counts.unitsShippedShort += line.qtyShort;
    }
    if (this.ctx.tracing) {
      // Traced after the record moved too, so the ATS shown is the one the OMS now publishes.
      for (const line of fulfillment.lines) {
        this.ctx.trace({ time: this.ctx.sim.now, kind: 'oms.reservation.released', orderId: entry.order.id, sku: this.ctx.catalog.codes[line.sku]!, qty: line.qty, ats: this.stock.ats(line.sku) });
      }
    }
    if (units > 0) {
      entry.unitsShipped += units;
      if (p.shippedAt > entry.lastShippedAt) entry.lastShippedAt = p.shippedAt;
      if (p.onTime !== true) entry.allOnTime = false;
      entry.parcels++;
      const deliveredAt = p.deliveredAt ?? p.shippedAt;
      if (deliveredAt > entry.lastDeliveredAt) entry.lastDeliveredAt = deliveredAt;
    }
    entry.openFulfillments--;
    if (entry.openFulfillments === 0) this.completeShipment(entry);
  }

  // An order is the OMS's to count (a split order is several parcels to the WMS): shipped when its
  // last parcel is reported, on time when every parcel with units was, cycle time to its last parcel.
  private completeShipment(entry: OmsOrder): void {
    if (entry.cancelRequested) {
      if (entry.unitsShipped === 0) {
        this.book.setState(entry, 'cancelled');
        this.ctx.metrics.ordersCancelledByCustomer++;
        return;
      }
      this.cancellations.tooLate(entry);
    }
    this.book.setState(entry, 'shipped');
    if (entry.unitsShipped === 0) return;
    bookShippedOrder(this.ctx, entry.order, entry.lastShippedAt, entry.allOnTime);
    const metrics = this.ctx.metrics;
    if (entry.parcels > 1) metrics.splitOrders++;
    if (entry.lastDeliveredAt <= entry.order.placedAt + this.promiseSeconds[entry.order.channelIndex]!) metrics.ordersDeliveredOnTime++;
  }

  private onRecordChange(eventId: string, warehouse: string, sku: number, delta: number): void {
    if (!this.eventIds.firstTime(eventId, this.ctx.sim.now)) return;
    const w = this.warehouseIndex.get(warehouse);
    if (w === undefined) throw new RangeError(`oms: stock event ${eventId} names unknown warehouse "${warehouse}"`);
    this.lowerOrRaise(w, sku, delta);
    if (delta > 0) this.retryBackorders(sku);
  }

  private lowerOrRaise(w: number, sku: number, delta: number): void {
    if (delta === 0) return;
    const short = this.stock.changeRecord(w, sku, delta);
    this.publisher.markDirty(sku);
    if (short > 0 && this.ctx.tracing) {
      this.ctx.trace({ time: this.ctx.sim.now, kind: 'oms.reservation.short', warehouse: this.warehouses[w]!.name, sku: this.ctx.catalog.codes[sku]!, units: short, recordAfter: this.stock.record(w, sku) });
    }
  }

  private retryBackorders(sku: number): void {
    const waiting = this.book.takeWaiting(sku);
    if (waiting === undefined) return;
    for (const entry of waiting) if (entry.state === 'backordered') this.route(entry, false);
  }

  private traceRouted(entry: OmsOrder, shipmentLines: readonly (FulfillmentLine[] | null)[]): void {
    const codes = this.ctx.catalog.codes;
    const used: string[] = [];
    shipmentLines.forEach((lines, w) => {
      if (lines !== null) used.push(this.warehouses[w]!.name);
    });
    this.ctx.trace({
      time: this.ctx.sim.now,
      kind: 'oms.order.routed',
      orderId: entry.order.id,
      warehouses: used,
      policy: this.policy.name,
      ats: entry.lines.map((line) => ({ sku: codes[line.sku]!, ats: this.stock.ats(line.sku) })),
    });
  }

}
