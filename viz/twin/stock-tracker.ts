// Every system's number per SKU, kept current by replaying trace records: the WMS record and shelf
// per warehouse, the OMS's available-to-sell, each channel's view and the ERP quantity. A number
// moves only when a record reports it, so it can lag the agent where the trace is silent. The OMS's
// ATS is reported by routing and release records; between them, what it published to a channel
// without a buffer is its ATS at publication, unless a newer ATS record came since.
import type { BatonTrace } from '../../models/trace.js';
import type { TwinStart } from './start.js';

/** One SKU's numbers at one moment (summed over warehouses). */
export interface SkuNumbers {
  physical: number;
  wms: number;
  /** null without an OMS. */
  oms: number | null;
  channels: Record<string, number>;
  erp: number;
}

/** Live copies of every system's numbers, updated record by record. */
export class StockTracker {
  private readonly index = new Map<string, number>();
  private readonly warehouseIndex = new Map<string, number>();
  private readonly channelIndex = new Map<string, number>();
  private readonly record: Int32Array[];
  private readonly physical: Int32Array[];
  private readonly views: Int32Array[];
  private readonly ats: Int32Array | null;
  private readonly erp: Int32Array;
  /** Time of each SKU's last ATS record, and of each channel's last ATS publication. */
  private readonly atsSetAt: Float64Array;
  private readonly publishedAt: Float64Array;

  constructor(readonly start: TwinStart) {
    start.skuCodes.forEach((code, s) => this.index.set(code, s));
    start.warehouses.forEach((w, i) => this.warehouseIndex.set(w.name, i));
    start.channels.forEach((c, i) => this.channelIndex.set(c.name, i));
    this.record = start.warehouses.map((w) => w.record.slice());
    this.physical = start.warehouses.map((w) => w.physical.slice());
    this.views = start.channels.map((c) => c.view.slice());
    this.ats = start.ats === null ? null : start.ats.slice();
    this.erp = start.erp.slice();
    this.atsSetAt = new Float64Array(start.skuCodes.length).fill(-1);
    this.publishedAt = new Float64Array(start.channels.length).fill(-1);
  }

  /** The SKU index of a code, or -1. */
  skuIndex(code: string): number {
    return this.index.get(code) ?? -1;
  }

  /** Applies what one record says about the numbers. */
  apply(record: BatonTrace): void {
    switch (record.kind) {
      case 'channel.order.accepted':
      case 'channel.order.rejected':
        record.lines.forEach((line, i) => {
          if (record.view[i] !== undefined) this.setView(record.channel, line.sku, record.view[i]!);
        });
        break;
      case 'channel.view.updated':
        this.setView(record.channel, record.sku, record.view);
        this.inferAts(record.channel, record.sku, record.view);
        break;
      case 'oms.ats.published': {
        const c = this.channelIndex.get(record.channel);
        if (c !== undefined) this.publishedAt[c] = record.time;
        const published = (record as { ats?: unknown }).ats;
        if (Array.isArray(published)) for (const a of published as { sku: string; ats: number }[]) this.setAts(a.sku, a.ats, record.time);
        break;
      }
      case 'oms.order.routed':
        for (const a of record.ats) this.setAts(a.sku, a.ats, record.time);
        break;
      case 'oms.reservation.released':
        this.setAts(record.sku, record.ats, record.time);
        break;
      case 'wms.order.shipped':
        for (const line of record.lines) this.setWms(record.warehouse, line.sku, line.recordAfter, line.physicalAfter);
        break;
      case 'wms.stock.adjusted':
        this.setWms(record.warehouse, record.sku, record.recordAfter, record.physicalAfter);
        break;
      case 'wms.receipt.completed': {
        const w = this.warehouseIndex.get(record.warehouse);
        const s = this.skuIndex(record.sku);
        if (w !== undefined && s >= 0) {
          this.record[w]![s]! += record.qty;
          this.physical[w]![s]! += record.qty;
        }
        break;
      }
      case 'wms.return.received':
        for (const line of record.lines) this.setWms(record.warehouse, line.sku, line.recordAfter, line.physicalAfter);
        break;
      case 'erp.posted': {
        const sku = postedSku(record);
        if (sku !== null) this.setErp(sku, record.quantity);
        break;
      }
      case 'erp.po.placed':
        this.setErp(record.sku, record.erpQuantity);
        break;
      case 'erp.reconciled':
        this.setErp(record.sku, record.erpBefore + record.delta);
        break;
      default:
        break;
    }
  }

  /** The SKU's current numbers; throws a RangeError for an unknown code. */
  numbersOf(code: string): SkuNumbers {
    const s = this.skuIndex(code);
    if (s < 0) throw new RangeError(`unknown SKU ${JSON.stringify(code)}`);
    return this.numbersAt(s);
  }

  /** The current numbers of SKU index `s`. */
  numbersAt(s: number): SkuNumbers {
    let physical = 0;
    let wms = 0;
    for (let w = 0; w < this.record.length; w++) {
      physical += this.physical[w]![s]!;
      wms += this.record[w]![s]!;
    }
    const channels: Record<string, number> = {};
    this.start.channels.forEach((c, i) => {
      channels[c.name] = this.views[i]![s]!;
    });
    return { physical, wms, oms: this.ats === null ? null : this.ats[s]!, channels, erp: this.erp[s]! };
  }

  /** The WMS record and shelf units of SKU index `s` in warehouse index `w`. */
  binNumbers(w: number, s: number): { record: number; physical: number } {
    return { record: this.record[w]![s]!, physical: this.physical[w]![s]! };
  }

  private setView(channel: string, code: string, view: number): void {
    const c = this.channelIndex.get(channel);
    const s = this.skuIndex(code);
    if (c !== undefined && s >= 0) this.views[c]![s] = view;
  }

  private setAts(code: string, ats: number, time: number): void {
    const s = this.skuIndex(code);
    if (this.ats === null || s < 0) return;
    this.ats[s] = ats;
    this.atsSetAt[s] = time;
  }

  // An unbuffered channel's new view is the ATS the OMS published, still current when no ATS record came since.
  private inferAts(channel: string, code: string, view: number): void {
    const c = this.channelIndex.get(channel);
    const s = this.skuIndex(code);
    if (this.ats === null || c === undefined || s < 0 || this.start.channels[c]!.bufferShare !== 0) return;
    if (this.publishedAt[c]! >= 0 && this.atsSetAt[s]! <= this.publishedAt[c]!) this.ats[s] = view;
  }

  private setWms(warehouse: string, code: string, record: number, physical: number): void {
    const w = this.warehouseIndex.get(warehouse);
    const s = this.skuIndex(code);
    if (w === undefined || s < 0) return;
    this.record[w]![s] = record;
    this.physical[w]![s] = physical;
  }

  private setErp(code: string, quantity: number): void {
    const s = this.skuIndex(code);
    if (s >= 0) this.erp[s] = quantity;
  }
}

/** The SKU an ERP posting moved: its `sku` field when the record has one, else the "SKU x" in its memo. */
export function postedSku(record: Extract<BatonTrace, { kind: 'erp.posted' }>): string | null {
  const explicit = (record as { sku?: unknown }).sku;
  if (typeof explicit === 'string') return explicit;
  const match = /\bSKU (\S+)/.exec(record.memo);
  return match ? match[1]! : null;
}
