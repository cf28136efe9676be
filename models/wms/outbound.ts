// Outbound: from a picked fulfillment to the parcel leaving. Staged parcels wait at the dock for
// the carrier; on departure the units leave both sides of the inventory (the physical SKU may
// differ after a mis-pick) and 'wms.order.shipped' goes out. A fulfillment that found nothing on
// the shelf is reported at once instead of waiting for a pickup. A parcel the customer will send
// back is scheduled to come back to this warehouse its return delay after delivery.
import { SECONDS_PER_DAY } from '../config.js';
import type { AgentContext } from '../context.js';
import { ZoneTable } from '../economics/zones.js';
import type { ReturnLine, ShippedLine } from '../messages.js';
import type { Inventory } from './inventory.js';
import type { MovementReporter } from './movements.js';
import { hasUnits, shippedLines, type Fulfillment } from './pick-task.js';
import { Dock } from './shipping.js';
import { bookShippedOrder } from '../order-completion.js';

/** The per-warehouse counters outbound keeps. */
export interface OutboundStats {
  parcelsShipped: number;
  ordersShipped: number;
  unitsShipped: number;
  ordersOnTime: number;
}

/** What one warehouse's outbound works with, besides the run's context. */
export interface OutboundOptions {
  warehouse: string;
  /** This warehouse's position in config.warehouses (its zone table row). */
  index: number;
  /** Carrier pickup hours of the day. */
  pickupHours: readonly number[];
  inventory: Inventory;
  reporter: MovementReporter;
  stats: OutboundStats;
  /** True when no OMS sees orders end (no-oms), so the warehouse books the order-level metrics. */
  booksOrderMetrics: boolean;
  /** The bin address a SKU is picked from (for the shipped lines). */
  binOf: (sku: number) => string;
  /** Puts a customer's returned parcel back into stock (called when it arrives). */
  sendBack: (orderId: number, lines: ReturnLine[]) => void;
}

/** The dock and the departure bookkeeping of one warehouse. */
export class Outbound {
  readonly dock: Dock;
  private readonly zones: ZoneTable;
  private readonly promiseSeconds: Float64Array;
  private readonly warehouse: string;
  private readonly index: number;
  private readonly inventory: Inventory;
  private readonly reporter: MovementReporter;
  private readonly stats: OutboundStats;
  private readonly booksOrderMetrics: boolean;
  private readonly binOf: (sku: number) => string;
  private readonly sendBack: (orderId: number, lines: ReturnLine[]) => void;

  constructor(private readonly ctx: AgentContext, options: OutboundOptions) {
    this.warehouse = options.warehouse;
    this.index = options.index;
    this.inventory = options.inventory;
    this.reporter = options.reporter;
    this.stats = options.stats;
    this.booksOrderMetrics = options.booksOrderMetrics;
    this.binOf = options.binOf;
    this.sendBack = options.sendBack;
    this.zones = ctx.zones ?? new ZoneTable(ctx.config);
    this.promiseSeconds = Float64Array.from(ctx.config.channels, (c) => (c.deliveryPromiseDays ?? 5) * SECONDS_PER_DAY);
    this.dock = new Dock(ctx.sim, options.pickupHours, (parcels) => this.depart(parcels), `warehouse "${options.warehouse}": shipping`);
  }

  /** Hands over a picked and packed fulfillment. */
  packed(f: Fulfillment): void {
    if (hasUnits(f)) this.dock.stage(f);
    else this.depart([f]);
  }

  private depart(parcels: Fulfillment[]): void {
    const now = this.ctx.sim.now;
    const inv = this.inventory;
    const metrics = this.ctx.metrics;
    for (let p = 0; p < parcels.length; p++) {
      const f = parcels[p]!;
      const lines = shippedLines(f);
      let units = 0;
      for (let i = 0; i < lines.length; i++) {
        const qty = lines[i]!.qtyShipped;
        if (qty === 0) continue;
        units += qty;
        inv.shipTruth(f.physicalSkus === null ? lines[i]!.sku : f.physicalSkus[i]!, qty);
        inv.shipRecord(lines[i]!.sku, qty);
      }
      this.stats.parcelsShipped++;
      const onTime = now <= this.dock.promisedBy(f.order.placedAt);
      const region = f.order.region ?? 0;
      const deliveredAt = now + this.zones.transit(this.index, region);
      if (units > 0) {
        metrics.parcelsShipped++;
        metrics.shippingCents += this.zones.shippingCents(this.index, region, units);
        this.stats.ordersShipped++;
        this.stats.unitsShipped += units;
        if (onTime) this.stats.ordersOnTime++;
        // Units are the warehouse's to count; an order (possibly split over warehouses) is the OMS's.
        metrics.unitsShipped += units;
        if (this.booksOrderMetrics) bookShippedOrder(this.ctx, f.order, now, onTime);
        if (this.booksOrderMetrics && deliveredAt <= f.order.placedAt + (this.promiseSeconds[f.order.channelIndex] ?? 0)) metrics.ordersDeliveredOnTime++;
      }
      this.reporter.shipped({ orderId: f.orderId, fulfillmentId: f.fulfillmentId, warehouse: this.warehouse, shippedAt: now, lines, onTime, deliveredAt });
      const afterSale = f.order.afterSale;
      if (units > 0 && afterSale != null && afterSale.returnAfterSeconds >= 0) this.scheduleReturn(f, lines, deliveredAt + afterSale.returnAfterSeconds);
      if (this.ctx.tracing) this.traceShipped(f, lines);
    }
  }

  // The customer sends the parcel back: what left (the SKUs physically in it) arrives at `at`, refunded at the order's prices.
  private scheduleReturn(f: Fulfillment, shipped: readonly ShippedLine[], at: number): void {
    const lines: ReturnLine[] = [];
    for (let i = 0; i < shipped.length; i++) {
      const line = shipped[i]!;
      if (line.qtyShipped === 0) continue;
      lines.push({ sku: f.physicalSkus === null ? line.sku : f.physicalSkus[i]!, qty: line.qtyShipped, unitPriceCents: line.unitPriceCents });
    }
    this.ctx.sim.scheduleAt(at, () => this.sendBack(f.orderId, lines));
  }

  private traceShipped(f: Fulfillment, lines: ShippedLine[]): void {
    const inv = this.inventory;
    const codes = this.ctx.catalog.codes;
    this.ctx.trace({
      time: this.ctx.sim.now, kind: 'wms.order.shipped', warehouse: this.warehouse, orderId: f.orderId,
      lines: lines.map((l) => ({ sku: codes[l.sku]!, qty: l.qtyShipped, bin: this.binOf(l.sku), recordAfter: inv.recordOnHand(l.sku), physicalAfter: inv.physicalOnHand(l.sku) })),
    });
  }
}

