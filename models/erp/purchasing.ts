// ERP purchasing: periodic review of every SKU's inventory position as the ERP sees it (its own count
// plus what is on order), purchase orders to the receiving warehouse with a supplier lead time and
// price, receipts that close them, and supplier invoices a fixed delay after each receipt.

import { SECONDS_PER_DAY, type PurchasingConfig } from '../config.js';
import type { AgentContext } from '../context.js';
import { addresses, type MessagePayloads } from '../messages.js';
import { orderQuantity, replenishmentLevels, type ReplenishmentLevels } from './replenishment.js';
import type { ErpStockBooks } from './stock-books.js';

const defaults = {
  // Truncation by rejection; after this many negative draws in a row the lead time is 0.
  leadTimeDrawsMax: 64,
};

interface OpenPo {
  readonly poId: number;
  readonly sku: number;
  openUnits: number;
}

/** Replenishes from the ERP's own figures; owns the on-order quantities and the open POs. */
export class Purchasing {
  /** Units ordered and not yet received, by catalogue index. */
  readonly onOrderUnits: Int32Array;
  readonly #ctx: AgentContext;
  readonly #stock: ErpStockBooks;
  readonly #config: PurchasingConfig;
  readonly #from: string;
  readonly #receivingAddress: string;
  readonly #levels: ReplenishmentLevels | undefined;
  readonly #byId = new Map<number, OpenPo>();
  // Open POs of each SKU, oldest first: receipts that carry no PO id close them in this order.
  readonly #bySku = new Map<number, OpenPo[]>();

  constructor(ctx: AgentContext, stock: ErpStockBooks, from: string, meanDailyDemand?: Float64Array) {
    this.#ctx = ctx;
    this.#stock = stock;
    this.#config = ctx.config.erp.purchasing;
    this.#from = from;
    this.#receivingAddress = addresses.wms(receivingWarehouse(ctx));
    this.onOrderUnits = new Int32Array(ctx.catalog.size);
    this.#levels = this.#config.policy === 'none' ? undefined : replenishmentLevels(this.#config, ctx.catalog.size, meanDailyDemand);
    const interval = this.#config.reviewIntervalSeconds;
    if (this.#levels !== undefined && !(interval > 0 && interval < Infinity)) {
      throw new RangeError(`erp.purchasing.reviewIntervalSeconds must be finite and > 0, got ${interval}`);
    }
  }

  /** Reviews now and then every reviewIntervalSeconds (nothing under policy 'none'). */
  start(): void {
    if (this.#levels === undefined) return;
    const sim = this.#ctx.sim;
    const tick = (): void => {
      this.review();
      sim.schedule(this.#config.reviewIntervalSeconds, tick);
    };
    sim.schedule(0, tick);
  }

  /** One review over all SKUs; returns the number of purchase orders placed. */
  review(): number {
    const levels = this.#levels;
    if (levels === undefined) return 0;
    // First the quantities, then the orders, in SKU order either way (placing one SKU's order changes
    // no other SKU's position). The scan over every SKU runs once a simulated day, so it is compiled
    // on the fly; kept apart from the placing (messages, ids, draws) it stays small and cheap to compile.
    const skus: number[] = [];
    const quantities: number[] = [];
    for (let sku = 0; sku < this.onOrderUnits.length; sku++) {
      const positionUnits = this.#stock.quantity(sku) + this.onOrderUnits[sku]!;
      const qty = orderQuantity(this.#config.policy, positionUnits, levels.reorderPointUnits[sku]!, levels.orderUnits[sku]!);
      if (qty > 0) {
        skus.push(sku);
        quantities.push(qty);
      }
    }
    for (let i = 0; i < skus.length; i++) this.#place(skus[i]!, quantities[i]!);
    return skus.length;
  }

  /** A receipt against PO `poId`: books it, closes the PO whatever the quantity, invoices later. */
  receiveAgainstPo(poId: number, sku: number, qty: number, unitCostCents: number, eventId: string): void {
    if (this.#stock.has(eventId)) return;
    const po = this.#byId.get(poId);
    if (po !== undefined) this.#close(po, po.openUnits);
    if (qty > 0) this.#book(sku, qty, unitCostCents, eventId);
  }

  /** A receipt with no PO id (a batch import): books it and closes open POs of the SKU oldest first by units. */
  receiveUnmatched(sku: number, qty: number, unitCostCents: number, eventId: string): void {
    if (qty <= 0 || this.#stock.has(eventId)) return;
    let remaining = qty;
    const open = this.#bySku.get(sku);
    while (open !== undefined && open.length > 0 && remaining > 0) {
      const po = open[0]!;
      const taken = Math.min(po.openUnits, remaining);
      remaining -= taken;
      this.#close(po, taken);
    }
    this.#book(sku, qty, unitCostCents, eventId);
  }

  /** Number of purchase orders not yet (fully) received. */
  get openPoCount(): number {
    return this.#byId.size;
  }

  #place(sku: number, qty: number): void {
    const ctx = this.#ctx;
    const now = ctx.sim.now;
    const poId = ctx.ids.next('po');
    const expectedAt = now + this.#leadTimeDays() * SECONDS_PER_DAY;
    const unitCostCents = this.#priceCents(sku);
    const po: OpenPo = { poId, sku, openUnits: qty };
    this.#byId.set(poId, po);
    const open = this.#bySku.get(sku);
    if (open === undefined) this.#bySku.set(sku, [po]);
    else open.push(po);
    this.onOrderUnits[sku]! += qty;
    ctx.metrics.purchaseOrders += 1;
    if (ctx.tracing) {
      ctx.trace({ time: now, kind: 'erp.po.placed', poId, sku: ctx.catalog.codes[sku]!, qty, erpQuantity: this.#stock.quantity(sku), expectedAt });
    }
    const payload: MessagePayloads['erp.po.placed'] = { poId, sku, qty, unitCostCents, expectedAt };
    ctx.bus.send(this.#from, this.#receivingAddress, 'erp.po.placed', payload);
  }

  // Takes `units` off a PO's open quantity; a PO with nothing left is closed.
  #close(po: OpenPo, units: number): void {
    po.openUnits -= units;
    this.onOrderUnits[po.sku]! -= units;
    if (po.openUnits > 0) return;
    this.#byId.delete(po.poId);
    const open = this.#bySku.get(po.sku);
    if (open === undefined) return;
    const at = open.indexOf(po);
    if (at >= 0) open.splice(at, 1);
    if (open.length === 0) this.#bySku.delete(po.sku);
  }

  #book(sku: number, qty: number, unitCostCents: number, eventId: string): void {
    const ctx = this.#ctx;
    if (!this.#stock.receive(sku, qty, unitCostCents, eventId, ctx.sim.now)) return;
    // The supplier bills what was received at the PO price.
    const invoiceCents = qty * unitCostCents;
    ctx.sim.schedule(this.#config.invoiceDelayDays * SECONDS_PER_DAY, () => {
      this.#stock.invoice(eventId, invoiceCents, `invoice:${eventId}`, ctx.sim.now);
    });
  }

  // Normal(mean, sd) days truncated to >= 0 (rejection keeps the shape of the non-negative part).
  #leadTimeDays(): number {
    const { leadTimeDaysMean: mean, leadTimeDaysSd: sd } = this.#config;
    if (sd === 0) return Math.max(0, mean);
    const stream = this.#ctx.rng.stream('erp.leadtime');
    for (let draw = 0; draw < defaults.leadTimeDrawsMax; draw++) {
      const days = stream.normal(mean, sd);
      if (days >= 0) return days;
    }
    return 0;
  }

  // Catalogue cost x (1 + uniform(-pct, +pct) / 100), in whole cents.
  #priceCents(sku: number): number {
    const cost = this.#ctx.catalog.costCents[sku]!;
    const pct = this.#config.supplierPriceVariationPct;
    if (pct === 0) return cost;
    const factor = 1 + this.#ctx.rng.stream('erp.price').uniform(-pct, pct) / 100;
    return Math.max(0, Math.round(cost * factor));
  }
}

// The configured receiving warehouse, or the first one.
function receivingWarehouse(ctx: AgentContext): string {
  const name = ctx.config.erp.purchasing.receivingWarehouse;
  const names = ctx.config.warehouses.map((w) => w.name);
  if (name === '') {
    if (names.length === 0) throw new RangeError('erp purchasing needs at least one warehouse to receive at');
    return names[0]!;
  }
  if (!names.includes(name)) throw new RangeError(`erp.purchasing.receivingWarehouse "${name}" is not one of the warehouses (${names.join(', ')})`);
  return name;
}
