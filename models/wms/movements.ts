// Reporting stock movements to the systems that follow the WMS record. Shipments, record
// adjustments, receipts and customer returns go to the OMS (when there is one) and to the ERP as they happen; in
// erp-own-count mode the ERP instead gets a periodic batch of movements summed per SKU and kind.
// valueHintCents in a batch: receipts at purchase cost, shipments at selling price, adjustments
// at catalogue cost of the units moved (always >= 0; the delta carries the sign), returns at the refund.
import type { AgentContext } from '../context.js';
import { addresses, type AdjustmentReason, type MessagePayloads, type ReturnLine } from '../messages.js';

type Movement = MessagePayloads['wms.batch.exported']['movements'][number];
const kinds = ['ship', 'receipt', 'adjust', 'return'] as const;

/** Sends one warehouse's movement messages (or batches them in erp-own-count mode). */
export class MovementReporter {
  private readonly toOms: boolean;
  private readonly toErp: boolean;
  private readonly batched: boolean;
  // erp-own-count accumulation: units and value per (kind, SKU), and the cells touched since the last batch.
  private readonly units: Int32Array;
  private readonly values: Float64Array;
  private readonly touched: Uint8Array;
  private touchedList: number[] = [];
  // Id kinds (and id prefixes) of this warehouse's events, built once rather than per event.
  private readonly adjustmentKind: string;
  private readonly receiptKind: string;

  constructor(
    private readonly ctx: AgentContext,
    private readonly warehouse: string,
    private readonly address: string,
  ) {
    const { ownership } = ctx.config;
    this.toOms = ownership.oms;
    this.batched = ownership.erpOwnCount;
    this.toErp = !ownership.erpOwnCount;
    const cells = this.batched ? kinds.length * ctx.catalog.size : 0;
    this.units = new Int32Array(cells);
    this.values = new Float64Array(cells);
    this.touched = new Uint8Array(cells);
    this.adjustmentKind = `${address}:adjustment`;
    this.receiptKind = `${address}:receipt`;
  }

  /** Starts the batch exports in erp-own-count mode. */
  start(): void {
    if (!this.batched) return;
    const interval = this.ctx.config.erp.ownCount.importIntervalSeconds;
    if (!(interval > 0 && interval < Infinity)) {
      throw new RangeError(`erp.ownCount.importIntervalSeconds must be > 0 and finite, got ${interval}`);
    }
    const exportBatch = () => {
      this.exportBatch();
      this.ctx.sim.schedule(interval, exportBatch);
    };
    this.ctx.sim.schedule(interval, exportBatch);
  }

  /** A parcel left: its lines as shipped (short units did not leave). */
  shipped(payload: MessagePayloads['wms.order.shipped']): void {
    this.send('wms.order.shipped', payload);
    if (!this.batched) return;
    for (const line of payload.lines) {
      if (line.qtyShipped > 0) this.accumulate(0, line.sku, -line.qtyShipped, line.qtyShipped * line.unitPriceCents);
    }
  }

  /** The bin record of `sku` changed by `delta` outside picking. */
  adjusted(sku: number, delta: number, reason: AdjustmentReason): void {
    const eventId = `${this.adjustmentKind}:${this.ctx.ids.next(this.adjustmentKind)}`;
    this.send('wms.stock.adjusted', { eventId, warehouse: this.warehouse, sku, delta, reason });
    if (this.batched) this.accumulate(2, sku, delta, Math.abs(delta) * this.ctx.catalog.costCents[sku]!);
  }

  /** Units were received into the record against a purchase order. */
  received(poId: number, sku: number, qty: number, unitCostCents: number): void {
    const eventId = `${this.receiptKind}:${this.ctx.ids.next(this.receiptKind)}`;
    this.send('wms.receipt.completed', { eventId, warehouse: this.warehouse, poId, sku, qty, unitCostCents });
    if (this.batched) this.accumulate(1, sku, qty, qty * unitCostCents);
  }

  /** A customer's parcel came back and its units went into stock (orderId -1 when not tied to an order). */
  returned(orderId: number, lines: ReturnLine[]): void {
    const eventId = `${this.address}:return:${this.ctx.ids.next(`${this.address}:return`)}`;
    this.send('wms.return.received', { eventId, warehouse: this.warehouse, orderId, lines });
    if (!this.batched) return;
    for (const line of lines) this.accumulate(3, line.sku, line.qty, line.qty * line.unitPriceCents);
  }

  private send<T extends 'wms.order.shipped' | 'wms.stock.adjusted' | 'wms.receipt.completed' | 'wms.return.received'>(type: T, payload: MessagePayloads[T]): void {
    const bus = this.ctx.bus;
    if (this.toOms) bus.send(this.address, addresses.oms, type, payload);
    if (this.toErp) bus.send(this.address, addresses.erp, type, payload);
  }

  private accumulate(kind: number, sku: number, delta: number, valueCents: number): void {
    const cell = kind * this.ctx.catalog.size + sku;
    this.units[cell]! += delta;
    this.values[cell]! += valueCents;
    if (this.touched[cell] === 0) {
      this.touched[cell] = 1;
      this.touchedList.push(cell);
    }
  }

  private exportBatch(): void {
    const size = this.ctx.catalog.size;
    const cells = this.touchedList.sort((a, b) => a - b);
    this.touchedList = [];
    const movements: Movement[] = [];
    for (const cell of cells) {
      const sku = cell % size;
      movements.push({ sku, delta: this.units[cell]!, kind: kinds[(cell - sku) / size]!, valueHintCents: this.values[cell]! });
      this.units[cell] = 0;
      this.values[cell] = 0;
      this.touched[cell] = 0;
    }
    const batchId = `${this.address}:batch:${this.ctx.ids.next(`${this.address}:batch`)}`;
    this.ctx.bus.send(this.address, addresses.erp, 'wms.batch.exported', { batchId, warehouse: this.warehouse, periodEnd: this.ctx.sim.now, movements });
  }
}
