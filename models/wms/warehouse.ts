// The WMS agent of one warehouse, at address 'wms:<name>'. It owns the physical unit: the stock in
// every bin (truth and record, see inventory.ts), the pickers, the dock. It wires the parts:
// requests -> batching -> pick tasks -> workers (travel by the routing policy) -> shelf (faults,
// short picks) -> staging -> carrier pickup -> 'wms.order.shipped'; purchase orders -> receiving;
// shrinkage and cycle counts on their own clocks; in no-oms mode, local allocation and stock
// publishing to the channels. Every record change is reported (movements.ts).
// Each SKU has one pick bin and there is no reserve storage, so receipts go straight to the pick
// bin and there are no replenishment moves.
import type { WarehouseConfig } from '../config.js';
import type { AgentContext } from '../context.js';
import { addresses, type AdjustmentReason, type BatonMessage, type MessagePayloads } from '../messages.js';
import { AfterSaleDesk } from './after-sale.js';
import { Batcher } from './batching.js';
import { binGridOf, type BinGrid } from './bins.js';
import { CycleCounter } from './cycle-count.js';
import { FaultDraws, Shrinkage } from './faults.js';
import { meanDailyDemand } from '../demand-rates.js';
import { openingStock } from './initial-stock.js';
import { Inventory, type WarehouseConservation } from './inventory.js';
import type { PickLocation } from './layout.js';
import { LocalAllocation } from './local-allocation.js';
import { MovementReporter } from './movements.js';
import { Outbound, type OutboundStats } from './outbound.js';
import { pickTask, taskLocations, taskSeconds, type Fulfillment, type PickTask } from './pick-task.js';
import { ShelfPicker } from './picking.js';
import { RecentIds } from './recent-ids.js';
import { Receiving } from './receiving.js';
import type { RoutingPolicy } from './routing/index.js';
import { slotSkus, type Slotting } from './slotting.js';
import { PickerCrew, type LaborSeconds } from './workers.js';

const defaults = {
  /** How long request ids are remembered to drop duplicated messages. */
  duplicateWindowSeconds: 86_400,
};

/** Counters of one warehouse (the run's Metrics hold the totals over warehouses). */
export interface WarehouseStats extends OutboundStats {
  fulfillmentsReceived: number;
  /** Fulfilments the customer cancelled before a picker started them. */
  fulfillmentsCancelled: number;
  duplicatesIgnored: number;
  oversoldOrders: number;
  pickTasks: number;
  linesPicked: number;
  travelMeters: number;
  cycleCounts: number;
  cycleCountCorrections: number;
  /** Sum of |record change| made by cycle counts. */
  cycleCountUnits: number;
  shrunkUnits: number;
  /** Number of record adjustments by reason. */
  adjustments: Record<AdjustmentReason, number>;
}

/** One warehouse's WMS: handles 'oms.fulfillment.requested', 'erp.po.placed' and (no-oms) 'channel.order.placed'. */
export class Warehouse {
  readonly name: string;
  readonly address: string;
  readonly grid: BinGrid;
  readonly slotting: Slotting;
  readonly inventory: Inventory;
  readonly stats: WarehouseStats = {
    fulfillmentsReceived: 0, fulfillmentsCancelled: 0, duplicatesIgnored: 0, oversoldOrders: 0, pickTasks: 0, linesPicked: 0, travelMeters: 0,
    parcelsShipped: 0, ordersShipped: 0, unitsShipped: 0, ordersOnTime: 0, cycleCounts: 0, cycleCountCorrections: 0,
    cycleCountUnits: 0, shrunkUnits: 0, adjustments: { 'cycle-count': 0, damage: 0, 'mis-scan': 0, 'short-pick': 0 },
  };
  private readonly policy: RoutingPolicy;
  private readonly batcher: Batcher;
  private readonly workers: PickerCrew;
  private readonly shelf: ShelfPicker;
  private readonly outbound: Outbound;
  private readonly receiving: Receiving;
  private readonly reporter: MovementReporter;
  private readonly cycleCounter: CycleCounter;
  private readonly shrinkage: Shrinkage;
  private readonly local: LocalAllocation | null;
  private readonly seenFulfillments = new RecentIds(defaults.duplicateWindowSeconds);
  private readonly seenOrders = new RecentIds(defaults.duplicateWindowSeconds);
  private readonly seenReturns = new RecentIds(defaults.duplicateWindowSeconds);
  private readonly pickScratch: PickLocation[] = [];
  private readonly afterSale: AfterSaleDesk;
  private started = false;

  constructor(
    private readonly ctx: AgentContext,
    private readonly config: WarehouseConfig,
    readonly index: number,
  ) {
    const name = config.name;
    this.name = name;
    this.address = addresses.wms(name);
    const label = `warehouse "${name}"`;
    const stream = (purpose: string) => ctx.rng.stream(`wms.${name}.${purpose}`);
    this.grid = binGridOf(config.layout, name);
    this.policy = withContext(label, () => ctx.policies.pick.get(config.routingPolicy));
    const demand = meanDailyDemand(ctx.config, ctx.catalog);
    const share = ctx.config.warehouses.length;
    const opening = openingStock(config.initialStock, ctx.catalog, name, demand.map((d) => d / share));
    this.slotting = withContext(label, () =>
      slotSkus({ grid: this.grid, popularity: ctx.catalog.popularity, method: config.slotting, random: stream('slotting'), fixedBins: opening.fixedBins }),
    );
    this.inventory = new Inventory(ctx.catalog.size, label);
    for (let s = 0; s < ctx.catalog.size; s++) this.inventory.setInitial(s, opening.truth[s]!, opening.record[s]!);

    const faults = new FaultDraws(ctx.rng, `wms.${name}`, ctx.config.faults);
    this.reporter = new MovementReporter(ctx, name, this.address);
    this.local = ctx.config.ownership.oms ? null : new LocalAllocation(ctx, this.inventory.binRecord, name, this.address);
    this.shelf = new ShelfPicker(this.inventory, this.slotting, faults, ctx.metrics, {
      adjustRecord: (sku, delta, reason) => this.adjustRecord(sku, delta, reason),
      shortPicked: (f, sku, wanted, found) => this.traceShort(f, sku, wanted, found),
    });
    this.outbound = new Outbound(ctx, {
      warehouse: name,
      index,
      pickupHours: config.shipping.pickupHours,
      inventory: this.inventory,
      reporter: this.reporter,
      stats: this.stats,
      booksOrderMetrics: this.local !== null,
      binOf: (sku) => this.binOf(sku),
      sendBack: (orderId, lines) => this.afterSale.received(orderId, lines),
    });
    const absence = ctx.config.faults.workerAbsenceProbability;
    this.workers = new PickerCrew({
      sim: ctx.sim,
      config: config.workers,
      hooks: {
        begin: (task) => this.beginTask(task),
        complete: (task) => this.completeTask(task),
        idle: config.batching.mode === 'batch' ? () => this.batcher.releasePartial() : undefined,
        waiting: () => this.batcher.waiting > 0,
      },
      absence: { probability: absence, random: absence > 0 ? stream('absence') : null },
      label,
    });
    this.batcher = new Batcher(ctx.sim, config.batching, (fs) => this.createTask(fs), `${label}: batching`);
    this.afterSale = new AfterSaleDesk(ctx, { warehouse: name, address: this.address, inventory: this.inventory, reporter: this.reporter, local: this.local, stats: this.stats });
    this.receiving = new Receiving(ctx, name, this.inventory, faults, this.reporter, new RecentIds(defaults.duplicateWindowSeconds));
    this.cycleCounter = new CycleCounter(ctx.sim, config.cycleCount, ctx.catalog.popularity, stream('cyclecount'), (sku) => this.cycleCount(sku), `${label}: cycleCount`);
    const shrinkPerDay = ctx.config.faults.shrinkUnitsPerDayPerWarehouse;
    this.shrinkage = new Shrinkage(ctx.sim, shrinkPerDay, shrinkPerDay > 0 ? stream('shrink') : null, this.inventory.binTruth, (sku) => this.shrink(sku));
    ctx.bus.register(this.address, (message) => this.onMessage(message));
  }

  /** Starts shifts, cycle counts, shrinkage, batch exports and (no-oms) stock publishing; once. */
  start(): void {
    if (this.started) throw new Error(`${this.address}: start() called twice`);
    this.started = true;
    this.workers.start();
    this.cycleCounter.start();
    this.shrinkage.start();
    this.reporter.start();
    this.local?.start();
  }

  /** Recorded units of `sku` in this warehouse (bin plus packed parcels not yet collected). */
  recordOnHand(sku: number): number {
    return this.inventory.recordOnHand(sku);
  }

  /** Physical units of `sku` in this warehouse (bin plus packed parcels not yet collected). */
  physicalOnHand(sku: number): number {
    return this.inventory.physicalOnHand(sku);
  }

  /** Address of the bin `sku` is slotted in, like 'A-12-03'. */
  binOf(sku: number): string {
    const location = this.slotting.locations[sku];
    if (location === undefined) throw new RangeError(`${this.address}: SKU index ${sku} is outside 0..${this.inventory.skuCount - 1}`);
    return location.address;
  }

  /** Share of (bin, SKU) pairs whose record equals the shelf. */
  recordAccuracy(): number {
    return this.inventory.recordAccuracy();
  }

  /** Totals of every movement on both sides and whether each side balances. */
  conservation(): WarehouseConservation {
    return this.inventory.conservation();
  }

  /** The record per SKU now (what the OMS starts from). */
  recordSnapshot(): Int32Array {
    return Int32Array.from({ length: this.inventory.skuCount }, (_, s) => this.inventory.recordOnHand(s));
  }

  /** Pick tasks queued or being picked. */
  openPickTasks(): number {
    return this.workers.queued + this.workers.inProgress;
  }

  /** Fulfillments received and not yet shipped (waiting to batch, picking, or staged). */
  openFulfillments(): number {
    return this.stats.fulfillmentsReceived - this.stats.fulfillmentsCancelled - this.stats.parcelsShipped;
  }

  /** Units of `sku` allocated to open orders (no-oms mode; 0 otherwise). */
  allocated(sku: number): number {
    return this.local === null ? 0 : this.local.allocated[sku]!;
  }

  /** Labour seconds on tasks and on shift so far, for this warehouse. */
  labor(): LaborSeconds {
    return this.workers.laborUntil(this.ctx.sim.now);
  }

  private onMessage(message: BatonMessage): void {
    switch (message.type) {
      case 'oms.fulfillment.requested':
        this.onFulfillmentRequested(message.payload);
        return;
      case 'erp.po.placed':
        this.receiving.onPurchaseOrder(message.payload);
        return;
      case 'channel.order.placed':
        this.onOrderPlaced(message.payload);
        return;
      case 'oms.fulfillment.cancelled': {
        // The OMS passes on a customer's cancellation; a stopped fulfilment is confirmed to it.
        const p = message.payload;
        if (this.afterSale.stopFulfillment(p.orderId, p.fulfillmentId)) {
          this.ctx.bus.send(this.address, addresses.oms, 'wms.fulfillment.cancelled', { orderId: p.orderId, fulfillmentId: p.fulfillmentId, warehouse: this.name });
        }
        return;
      }
      case 'channel.order.cancelled':
        if (this.local === null) throw new Error(`${this.address}: got 'channel.order.cancelled' for order ${message.payload.orderId}, but orders go through the OMS in this scenario`);
        this.afterSale.customerCancelled(message.payload.orderId);
        return;
      case 'channel.return.sent':
        // A duplicated message is not a second parcel.
        if (this.seenReturns.firstSeen(message.payload.returnId, this.ctx.sim.now)) this.afterSale.received(-1, message.payload.lines);
        else this.stats.duplicatesIgnored++;
        return;
      default:
        throw new Error(`${this.address}: cannot handle message type "${message.type}" (message ${message.id} from ${message.from})`);
    }
  }

  private onFulfillmentRequested(p: MessagePayloads['oms.fulfillment.requested']): void {
    if (!this.seenFulfillments.firstSeen(p.fulfillmentId, this.ctx.sim.now)) {
      this.stats.duplicatesIgnored++;
      return;
    }
    this.accept(p.fulfillmentId, p.orderId, p.order, p.lines);
  }

  private onOrderPlaced(p: MessagePayloads['channel.order.placed']): void {
    if (this.local === null) throw new Error(`${this.address}: got 'channel.order.placed' for order ${p.order.id}, but orders go through the OMS in this scenario`);
    if (!this.seenOrders.firstSeen(p.order.id, this.ctx.sim.now)) {
      this.stats.duplicatesIgnored++;
      return;
    }
    if (!this.local.allocate(p.order)) {
      this.stats.oversoldOrders++;
      if (this.ctx.tracing) {
        const units = p.order.lines.reduce((sum, line) => sum + line.qty, 0);
        this.ctx.trace({ time: this.ctx.sim.now, kind: 'wms.order.oversold', warehouse: this.name, orderId: p.order.id, channel: p.order.channel, units });
      }
      return;
    }
    this.accept(this.ctx.ids.next('fulfillment'), p.order.id, p.order, p.order.lines);
  }

  private accept(fulfillmentId: number, orderId: number, order: Fulfillment['order'], lines: Fulfillment['lines']): void {
    const skuCount = this.inventory.skuCount;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!(Number.isInteger(line.sku) && line.sku >= 0 && line.sku < skuCount) || !(Number.isInteger(line.qty) && line.qty > 0)) {
        throw new RangeError(`${this.address}: order ${orderId} has a bad line (sku ${line.sku}, qty ${line.qty}); sku must be in 0..${skuCount - 1}, qty an integer > 0`);
      }
    }
    this.stats.fulfillmentsReceived++;
    const fulfillment: Fulfillment = { fulfillmentId, orderId, order, lines, short: null, physicalSkus: null, cancelled: false };
    this.afterSale.accepted(fulfillment);
    this.batcher.add(fulfillment);
    this.workers.poke();
  }

  private createTask(fulfillments: Fulfillment[]): void {
    const task = pickTask(fulfillments);
    this.stats.pickTasks++;
    if (this.ctx.tracing) {
      const bins = taskLocations(task, this.slotting.locations, []).map((l) => l.address);
      this.ctx.trace({ time: this.ctx.sim.now, kind: 'wms.pick.created', warehouse: this.name, orderIds: fulfillments.map((f) => f.orderId), bins });
    }
    this.workers.enqueue(task);
  }

  private beginTask(task: PickTask): number {
    this.afterSale.beforePicking(task);
    if (task.fulfillments.length === 0) return 0;
    const picks = taskLocations(task, this.slotting.locations, this.pickScratch);
    const policy = this.policy;
    let length: number;
    // The trace shows the walking order; otherwise only the distance is needed.
    if (this.ctx.tracing || policy.measure === undefined) {
      const route = policy.route(this.grid, picks);
      length = route.length;
      if (this.ctx.tracing) task.sequence = route.sequence;
    } else length = policy.measure(this.grid, picks);
    task.travelMeters = length;
    this.ctx.metrics.pickTravelMeters += length;
    this.stats.travelMeters += length;
    this.stats.linesPicked += task.lineCount;
    return taskSeconds(length, task.lineCount, task.fulfillments.length, this.config.workers);
  }

  private completeTask(task: PickTask): void {
    const fulfillments = task.fulfillments;
    for (let i = 0; i < fulfillments.length; i++) {
      const f = fulfillments[i]!;
      this.shelf.pickFulfillment(f);
      if (this.local !== null) for (const line of f.lines) this.local.release(line.sku, line.qty);
      this.outbound.packed(f);
    }
    const observer = this.ctx.observer;
    if (observer === null && !this.ctx.tracing) return;
    const bins = taskLocations(task, this.slotting.locations, []).map((l) => l.address);
    observer?.pickCompleted(this.name, this.ctx.sim.now, bins);
    if (this.ctx.tracing) {
      const orderIds = task.fulfillments.map((f) => f.orderId);
      this.ctx.trace({ time: this.ctx.sim.now, kind: 'wms.pick.completed', warehouse: this.name, orderIds, travelMeters: task.travelMeters, bins, sequence: task.sequence ?? [] });
    }
  }

  private adjustRecord(sku: number, delta: number, reason: AdjustmentReason): void {
    this.inventory.adjustRecord(sku, delta);
    this.stats.adjustments[reason]++;
    this.reporter.adjusted(sku, delta, reason);
    if (this.ctx.tracing) {
      this.ctx.trace({
        time: this.ctx.sim.now, kind: 'wms.stock.adjusted', warehouse: this.name, sku: this.ctx.catalog.codes[sku]!, delta, reason,
        recordAfter: this.inventory.recordOnHand(sku), physicalAfter: this.inventory.physicalOnHand(sku),
      });
    }
  }

  private cycleCount(sku: number): void {
    this.stats.cycleCounts++;
    const delta = this.inventory.binTruth[sku]! - this.inventory.binRecord[sku]!;
    if (delta === 0) return;
    this.stats.cycleCountCorrections++;
    this.stats.cycleCountUnits += Math.abs(delta);
    this.adjustRecord(sku, delta, 'cycle-count');
  }

  private shrink(sku: number): void {
    this.inventory.shrink(sku, 1);
    this.stats.shrunkUnits++;
    this.ctx.metrics.shrinkUnits++;
  }

  private traceShort(f: Fulfillment, sku: number, wanted: number, found: number): void {
    if (!this.ctx.tracing) return;
    this.ctx.trace({ time: this.ctx.sim.now, kind: 'wms.pick.short', warehouse: this.name, orderId: f.orderId, sku: this.ctx.catalog.codes[sku]!, wanted, found });
  }
}

/** Runs `build`, prefixing any error message with the warehouse's label. */
function withContext<T>(label: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof RangeError) throw new RangeError(`${label}: ${error.message}`);
    throw error;
  }
}
