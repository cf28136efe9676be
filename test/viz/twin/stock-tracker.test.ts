import { describe, expect, it } from 'vitest';
import type { TwinStart } from '../../../viz/twin/start.js';
import { postedSku, StockTracker } from '../../../viz/twin/stock-tracker.js';

/** Two SKUs, two warehouses, two channels; every system opens at the same numbers. */
function start(): TwinStart {
  return {
    skuCodes: ['4471', '5020'],
    byPopularity: [0, 1],
    warehouses: [
      { name: 'east', record: Int32Array.of(86, 10), physical: Int32Array.of(86, 10), bins: ['A-12-03', 'B-01-01'] },
      { name: 'west', record: Int32Array.of(4, 0), physical: Int32Array.of(4, 0), bins: ['A-01-01', 'A-02-01'] },
    ],
    channels: [
      { name: 'amazon', view: Int32Array.of(90, 10), bufferShare: 0 },
      { name: 'shopify', view: Int32Array.of(90, 10), bufferShare: 0.1 },
    ],
    ats: Int32Array.of(90, 10),
    erp: Int32Array.of(90, 10),
  };
}

describe('StockTracker', () => {
  it('opens with the start numbers, summing warehouses', () => {
    expect(new StockTracker(start()).numbersOf('4471')).toEqual({ physical: 90, wms: 90, oms: 90, channels: { amazon: 90, shopify: 90 }, erp: 90 });
  });

  it('follows one order: view, ATS, WMS record and shelf, then ERP', () => {
    const t = new StockTracker(start());
    t.apply({ time: 10, kind: 'channel.order.accepted', channel: 'amazon', orderId: 1, lines: [{ sku: '4471', qty: 2 }], view: [88] });
    t.apply({ time: 12, kind: 'oms.order.routed', orderId: 1, warehouses: ['east'], policy: 'nearest', ats: [{ sku: '4471', ats: 88 }] });
    t.apply({ time: 90, kind: 'wms.order.shipped', warehouse: 'east', orderId: 1, lines: [{ sku: '4471', qty: 2, bin: 'A-12-03', recordAfter: 84, physicalAfter: 84 }] });
    t.apply({ time: 95, kind: 'erp.posted', eventId: 'ship:east:1:0', memo: 'Shipment 2 x SKU 4471', lines: [], quantity: 88, inventoryValueCents: 0 });
    expect(t.numbersOf('4471')).toEqual({ physical: 88, wms: 88, oms: 88, channels: { amazon: 88, shopify: 90 }, erp: 88 });
  });

  it('keeps shelf and record apart when an adjustment says so', () => {
    const t = new StockTracker(start());
    t.apply({ time: 5, kind: 'wms.stock.adjusted', warehouse: 'west', sku: '4471', delta: -1, reason: 'shrink', recordAfter: 4, physicalAfter: 3 });
    expect(t.numbersOf('4471')).toMatchObject({ physical: 89, wms: 90 });
  });

  it('takes an unbuffered channel view as the published ATS unless a newer ATS record came', () => {
    const t = new StockTracker(start());
    t.apply({ time: 100, kind: 'oms.reservation.released', orderId: 1, sku: '4471', qty: 2, ats: 90 });
    t.apply({ time: 300, kind: 'oms.ats.published', channel: 'amazon', skus: 1, full: false });
    t.apply({ time: 330, kind: 'channel.view.updated', channel: 'amazon', sku: '4471', view: 88 });
    expect(t.numbersOf('4471').oms).toBe(88);
    // A routing record after the publication is newer than what the channel hears.
    t.apply({ time: 600, kind: 'oms.ats.published', channel: 'amazon', skus: 1, full: false });
    t.apply({ time: 610, kind: 'oms.order.routed', orderId: 2, warehouses: ['east'], policy: 'nearest', ats: [{ sku: '4471', ats: 80 }] });
    t.apply({ time: 630, kind: 'channel.view.updated', channel: 'amazon', sku: '4471', view: 88 });
    expect(t.numbersOf('4471').oms).toBe(80);
    // A buffered channel's view is a share of ATS, not ATS.
    t.apply({ time: 900, kind: 'oms.ats.published', channel: 'shopify', skus: 1, full: false });
    t.apply({ time: 930, kind: 'channel.view.updated', channel: 'shopify', sku: '4471', view: 72 });
    expect(t.numbersOf('4471').oms).toBe(80);
  });

  it('moves the ERP on reconciliation and purchase orders', () => {
    const t = new StockTracker(start());
    t.apply({ time: 1, kind: 'erp.reconciled', sku: '5020', erpBefore: 10, wmsRecord: 7, delta: -3 });
    expect(t.numbersOf('5020').erp).toBe(7);
    t.apply({ time: 2, kind: 'erp.po.placed', poId: 1, sku: '5020', qty: 20, erpQuantity: 7, expectedAt: 99 });
    expect(t.numbersOf('5020').erp).toBe(7);
  });

  it('ignores records about unknown SKUs, warehouses and channels, and names an unknown SKU asked for', () => {
    const t = new StockTracker(start());
    t.apply({ time: 1, kind: 'channel.view.updated', channel: 'ebay', sku: '4471', view: 1 });
    t.apply({ time: 1, kind: 'wms.stock.adjusted', warehouse: 'north', sku: '4471', delta: -1, reason: 'shrink', recordAfter: 0, physicalAfter: 0 });
    expect(t.numbersOf('4471').wms).toBe(90);
    expect(() => t.numbersOf('9999')).toThrow('unknown SKU "9999"');
  });

  it('finds the SKU of a posting from its field or its memo', () => {
    const base = { time: 0, kind: 'erp.posted' as const, eventId: 'x', lines: [], quantity: 1, inventoryValueCents: 0 };
    expect(postedSku({ ...base, memo: 'Opening stock 86 x SKU 4471' })).toBe('4471');
    expect(postedSku({ ...base, memo: 'Opening', sku: 'A-1' } as never)).toBe('A-1');
    expect(postedSku({ ...base, memo: 'Period close' })).toBe(null);
  });
});
