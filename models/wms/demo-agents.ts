// Stand-ins for the OMS and the ERP, just enough to drive one warehouse on its own: an order desk
// that generates orders, reserves against its copy of the WMS record and sends fulfillment
// requests; and a buyer that reorders SKUs whose recorded stock runs low. Both talk to the
// warehouse only through the bus, like the real agents.
import type { RandomStream } from '../../sim/index.js';
import { SECONDS_PER_DAY } from '../config.js';
import type { AgentContext } from '../context.js';
import { addresses, type BatonMessage, type FulfillmentLine, type MessagePayloads } from '../messages.js';

/** Demand of the order desk. */
export interface DemoDemand {
  ordersPerDay: number;
  /** Lines per order: 1 + NegativeBinomial(dispersion, mean extraLinesMean). */
  extraLinesMean: number;
  extraLinesDispersion: number;
  /** Units per line: 1 + Poisson(extraUnitsMean). */
  extraUnitsMean: number;
}

/** Generates orders for one warehouse, reserving against its own copy of the WMS record. */
export class DemoOrderDesk {
  ordersPlaced = 0;
  linesPlaced = 0;
  /** Lines dropped because the desk's record showed too little stock. */
  linesUnavailable = 0;
  ordersShipped = 0;
  /** Copy of the warehouse record, kept from its messages, and units reserved for open requests. */
  readonly record: Int32Array;
  readonly reserved: Int32Array;
  private readonly cumulative: Float64Array;
  private readonly random: RandomStream;
  private readonly to: string;

  constructor(
    private readonly ctx: AgentContext,
    private readonly demand: DemoDemand,
    warehouse: string,
    initialRecord: Int32Array,
  ) {
    this.to = addresses.wms(warehouse);
    this.record = Int32Array.from(initialRecord);
    this.reserved = new Int32Array(initialRecord.length);
    let total = 0;
    this.cumulative = Float64Array.from(ctx.catalog.popularity, (p) => (total += p));
    this.random = ctx.rng.stream('demo.orders');
  }

  /** Handles the warehouse's messages to 'oms'. */
  onMessage(message: BatonMessage): void {
    if (message.type === 'wms.order.shipped') {
      const p = message.payload;
      for (const line of p.lines) {
        this.reserved[line.sku]! -= line.qtyShipped + line.qtyShort;
        this.record[line.sku]! -= line.qtyShipped;
      }
      if (p.lines.some((l) => l.qtyShipped > 0)) this.ordersShipped++;
    } else if (message.type === 'wms.stock.adjusted') {
      const p = message.payload;
      this.record[p.sku]! += p.delta;
    } else if (message.type === 'wms.receipt.completed') {
      const p = message.payload;
      this.record[p.sku]! += p.qty;
    }
  }

  /** Starts the Poisson order stream. */
  start(): void {
    if (this.demand.ordersPerDay > 0) this.scheduleNext();
  }

  private scheduleNext(): void {
    this.ctx.sim.schedule(this.random.exponential(this.demand.ordersPerDay / SECONDS_PER_DAY), () => {
      this.placeOrder();
      this.scheduleNext();
    });
  }

  private placeOrder(): void {
    const { extraLinesMean, extraLinesDispersion, extraUnitsMean } = this.demand;
    const r = extraLinesDispersion;
    const extra = extraLinesMean > 0 ? this.random.negativeBinomial(r, r / (r + extraLinesMean)) : 0;
    const lines: FulfillmentLine[] = [];
    for (let i = 0; i <= extra; i++) {
      const sku = this.drawSku();
      const qty = 1 + this.random.poisson(extraUnitsMean);
      this.linesPlaced++;
      if (this.record[sku]! - this.reserved[sku]! < qty) {
        this.linesUnavailable++;
        continue;
      }
      this.reserved[sku]! += qty;
      lines.push({ sku, qty, unitPriceCents: this.ctx.catalog.priceCents[sku]! });
    }
    if (lines.length === 0) return;
    const id = this.ctx.ids.next('order');
    this.ordersPlaced++;
    const order = { id, channel: 'demo', channelIndex: 0, channelSeq: id, placedAt: this.ctx.sim.now, lines };
    this.ctx.bus.send(addresses.oms, this.to, 'oms.fulfillment.requested', { orderId: id, order, fulfillmentId: this.ctx.ids.next('fulfillment'), lines });
  }

  private drawSku(): number {
    const c = this.cumulative;
    const u = this.random.random() * c[c.length - 1]!;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Reviews the desk's record daily and orders up to `orderUpToDays` of demand when below `reorderPointDays`. */
export class DemoBuyer {
  purchaseOrders = 0;
  private readonly onOrder: Int32Array;
  private readonly openPos = new Map<number, { sku: number; qty: number }>();

  constructor(
    private readonly ctx: AgentContext,
    private readonly desk: DemoOrderDesk,
    private readonly warehouse: string,
    private readonly unitsPerDay: Float64Array,
    private readonly policy: { reorderPointDays: number; orderUpToDays: number; leadTimeSeconds: number },
  ) {
    this.onOrder = new Int32Array(unitsPerDay.length);
  }

  /** Handles the warehouse's messages to 'erp'. */
  onMessage(message: BatonMessage): void {
    if (message.type !== 'wms.receipt.completed') return;
    const po = this.openPos.get(message.payload.poId);
    if (po === undefined) return;
    this.openPos.delete(message.payload.poId);
    this.onOrder[po.sku]! -= po.qty;
  }

  /** Starts the daily review. */
  start(): void {
    const review = () => {
      this.review();
      this.ctx.sim.schedule(SECONDS_PER_DAY, review);
    };
    this.ctx.sim.schedule(0, review);
  }

  private review(): void {
    const { reorderPointDays, orderUpToDays, leadTimeSeconds } = this.policy;
    for (let s = 0; s < this.unitsPerDay.length; s++) {
      const position = this.desk.record[s]! - this.desk.reserved[s]! + this.onOrder[s]!;
      if (position > reorderPointDays * this.unitsPerDay[s]!) continue;
      const qty = Math.ceil(orderUpToDays * this.unitsPerDay[s]!) - position;
      if (qty <= 0) continue;
      const poId = this.ctx.ids.next('po');
      this.purchaseOrders++;
      this.onOrder[s]! += qty;
      this.openPos.set(poId, { sku: s, qty });
      const payload = { poId, sku: s, qty, unitCostCents: this.ctx.catalog.costCents[s]!, expectedAt: this.ctx.sim.now + leadTimeSeconds };
      this.ctx.bus.send(addresses.erp, addresses.wms(this.warehouse), 'erp.po.placed', payload);
    }
  }
}
