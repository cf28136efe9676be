// The ERP agent (address 'erp'): owns the ledger and the valued inventory, and buys stock from its own
// figures. In clean mode it follows every WMS movement message; in erp-own-count mode it keeps its own
// count from periodic batch imports (own-count.ts) and reconciles it now and then (reconciliation.ts).

import type { AgentContext } from '../context.js';
import { addresses, type AdjustmentReason, type BatonMessage, type MessagePayloads } from '../messages.js';
import type { ErpBooks } from './books.js';
import { BatchImporter, type ImportStats } from './own-count.js';
import type { WriteOffReason } from './postings.js';
import { Purchasing } from './purchasing.js';
import { Reconciliation } from './reconciliation.js';
import { ErpStockBooks } from './stock-books.js';
import { RecentIds } from '../wms/recent-ids.js';

const defaults = {
  /** How long a shipment's (warehouse, fulfillment id) still stops a duplicate when postings are unkeyed. */
  idempotencyWindowSeconds: 2 * 86_400,
};

export interface ErpOptions {
  /** Opening units per catalogue index (the WMS record), valued at catalogue cost. */
  openingUnits: Int32Array;
  /**
   * The WMS record total of a SKU over all warehouses, read by reconciliation. In erp-own-count mode it
   * should be the record as of the latest batch export (record minus movements not yet exported).
   */
  wmsRecordTotal: (sku: number) => number;
  /** Mean daily demand per SKU, for levels given in days; not needed when levels are given in units. */
  meanDailyDemand?: Float64Array;
  /** Keep every journal entry (tests, `explain`); off by default so memory does not grow with history. */
  keepJournal?: boolean;
  /** With the journal off: how long a posted eventId still stops a duplicate (default 2 days). */
  idempotencyWindowSeconds?: number;
}

const lossReasonOf: Record<AdjustmentReason, WriteOffReason> = {
  'cycle-count': 'count-loss',
  damage: 'damage',
  'mis-scan': 'count-loss',
  'short-pick': 'count-loss',
};

/** The ERP: books, purchasing and (in erp-own-count) its own count. */
export class Erp {
  readonly address = addresses.erp;
  /** Messages ignored because the mode takes that information from elsewhere. */
  ignoredMessages = 0;
  readonly #ctx: AgentContext;
  readonly #stock: ErpStockBooks;
  readonly #purchasing: Purchasing;
  readonly #importer: BatchImporter;
  readonly #reconciliation: Reconciliation;
  readonly #ownCount: boolean;
  // Shipments booked recently, per warehouse by fulfillment id (used when the books are unkeyed).
  readonly #shipmentsSeen = new Map<string, RecentIds>();
  readonly #idempotencyWindowSeconds: number;

  constructor(ctx: AgentContext, options: ErpOptions) {
    this.#ctx = ctx;
    this.#ownCount = ctx.config.ownership.erpOwnCount;
    this.#idempotencyWindowSeconds = options.idempotencyWindowSeconds ?? defaults.idempotencyWindowSeconds;
    this.#stock = new ErpStockBooks(ctx, { keepJournal: options.keepJournal, idempotencyWindowSeconds: options.idempotencyWindowSeconds });
    this.#purchasing = new Purchasing(ctx, this.#stock, this.address, options.meanDailyDemand);
    this.#importer = new BatchImporter(ctx, this.#stock, this.#purchasing);
    this.#reconciliation = new Reconciliation(ctx, this.#stock, options.wmsRecordTotal);
    this.#open(options.openingUnits);
    ctx.bus.register(this.address, (message) => this.#receive(message));
  }

  /** Starts the purchasing reviews (the first one now). */
  start(): void {
    this.#purchasing.start();
  }

  /** The ledger and valuation, for the invariants (trial balance zero, inventory account equals layers). */
  get books(): ErpBooks<number> {
    return this.#stock.books;
  }

  /** The ERP's quantity of catalogue index `sku`. */
  quantity(sku: number): number {
    return this.#stock.quantity(sku);
  }

  /** The ERP's inventory value of `sku` in cents. */
  value(sku: number): number {
    return this.#stock.value(sku);
  }

  /** Total inventory value in cents. */
  inventoryValue(): number {
    return this.#stock.totalValue();
  }

  /** Cents per unit by the valuation method (catalogue cost for a SKU the method has not costed). */
  unitCost(sku: number): number {
    return this.#stock.unitCost(sku);
  }

  /** Units on open purchase orders. */
  onOrder(sku: number): number {
    return this.#purchasing.onOrderUnits[sku]!;
  }

  /** Batch import counters (erp-own-count mode). */
  get importStats(): Readonly<ImportStats> {
    return this.#importer.stats;
  }

  /** Units counted in because a shipment exceeded the ERP's count. */
  get coveredUnits(): number {
    return this.#stock.coveredUnits;
  }

  /** Runs a purchasing review now; returns the number of POs placed. */
  review(): number {
    return this.#purchasing.review();
  }

  // Opening stock at catalogue cost; initialCountOverrides replace the ERP's count for their SKUs.
  #open(openingUnits: Int32Array): void {
    const { catalog, config, sim } = this.#ctx;
    if (openingUnits.length !== catalog.size) {
      throw new RangeError(`erp openingUnits has ${openingUnits.length} entries for a catalogue of ${catalog.size} SKUs`);
    }
    const units = Int32Array.from(openingUnits);
    for (const override of config.erp.initialCountOverrides) {
      if (!catalog.has(override.sku)) throw new RangeError(`erp.initialCountOverrides: unknown SKU "${override.sku}"`);
      units[catalog.index(override.sku)] = override.units;
    }
    const unkeyed = this.#stock.unkeyed;
    for (let sku = 0; sku < units.length; sku++) {
      const qty = units[sku]!;
      if (qty < 0) throw new RangeError(`erp opening units of SKU "${catalog.codes[sku]}" must be >= 0, got ${qty}`);
      // Unkeyed books remember no eventId, so none is built.
      this.#stock.opening(sku, qty, catalog.costCents[sku]!, unkeyed ? '' : `opening:${sku}`, sim.now);
    }
  }

  #receive(message: BatonMessage): void {
    switch (message.type) {
      case 'wms.order.shipped':
        if (this.#follows()) this.#shipped(message.payload);
        return;
      case 'wms.stock.adjusted':
        if (this.#follows()) this.#adjusted(message.payload);
        return;
      case 'wms.receipt.completed':
        if (this.#follows()) this.#received(message.payload);
        return;
      case 'wms.return.received':
        if (this.#follows()) this.#returned(message.payload);
        return;
      case 'wms.batch.exported':
        if (!this.#ownCount) {
          this.ignoredMessages += 1;
          return;
        }
        this.#importLater(message.payload);
        return;
      default:
        throw new RangeError(`erp: unexpected message type '${message.type}' from ${message.from}`);
    }
  }

  // In erp-own-count mode the count comes from batches only; following movements too would count twice.
  #follows(): boolean {
    if (!this.#ownCount) return true;
    this.ignoredMessages += 1;
    return false;
  }

  #shipped(payload: MessagePayloads['wms.order.shipped']): void {
    const now = this.#ctx.sim.now;
    const lines = payload.lines;
    if (this.#stock.unkeyed) {
      if (!this.#firstShipment(payload.warehouse, payload.fulfillmentId, now)) return;
      for (let index = 0; index < lines.length; index++) {
        const line = lines[index]!;
        if (line.qtyShipped > 0) this.#stock.shipUnkeyed(line.sku, line.qtyShipped, line.qtyShipped * line.unitPriceCents);
      }
      return;
    }
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (line.qtyShipped <= 0) continue;
      const eventId = `ship:${payload.warehouse}:${payload.fulfillmentId}:${index}`;
      this.#stock.ship(line.sku, line.qtyShipped, line.qtyShipped * line.unitPriceCents, eventId, now);
    }
  }

  // True the first time a shipment (warehouse, fulfillment id) is seen within the idempotency window.
  #firstShipment(warehouse: string, fulfillmentId: number, now: number): boolean {
    let seen = this.#shipmentsSeen.get(warehouse);
    if (seen === undefined) {
      seen = new RecentIds(Math.min(this.#idempotencyWindowSeconds, Number.MAX_VALUE));
      this.#shipmentsSeen.set(warehouse, seen);
    }
    return seen.firstSeen(fulfillmentId, now);
  }

  #adjusted(payload: MessagePayloads['wms.stock.adjusted']): void {
    const reason = lossReasonOf[payload.reason];
    if (reason === undefined) throw new RangeError(`erp: unknown adjustment reason '${payload.reason}' (event ${payload.eventId})`);
    const valueCents = this.#stock.adjust(payload.sku, payload.delta, reason, `adjusted:${payload.eventId}`, this.#ctx.sim.now);
    this.#ctx.metrics.shrinkValueCents -= valueCents;
  }

  #received(payload: MessagePayloads['wms.receipt.completed']): void {
    this.#purchasing.receiveAgainstPo(payload.poId, payload.sku, payload.qty, payload.unitCostCents, `receipt:${payload.eventId}`);
  }

  // Each returned line: units back at cost (Dr Inventory / Cr COGS) and the refund (Dr Sales returns / Cr AR).
  #returned(payload: MessagePayloads['wms.return.received']): void {
    const now = this.#ctx.sim.now;
    payload.lines.forEach((line, index) => {
      this.#stock.customerReturn(line.sku, line.qty, line.qty * line.unitPriceCents, `return:${payload.eventId}:${index}`, now);
    });
  }

  /** The import job keys a batch `importDelaySeconds` after the warehouse exported it. */
  #importLater(payload: MessagePayloads['wms.batch.exported']): void {
    const delay = this.#ctx.config.erp.ownCount.importDelaySeconds;
    if (delay > 0) this.#ctx.sim.schedule(delay, () => this.#imported(payload));
    else this.#imported(payload);
  }

  #imported(payload: MessagePayloads['wms.batch.exported']): void {
    if (this.#importer.import(payload) === 'duplicate') return;
    this.#reconciliation.afterImport(payload.periodEnd);
  }
}
