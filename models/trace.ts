// The typed trace of the models: what `explain`, the web twin's sequence diagram and tests read.
// Each record says who changed which number, at what simulated time.

export type BatonTrace =
  | { time: number; kind: 'channel.order.accepted'; channel: string; orderId: number; lines: { sku: string; qty: number }[]; view: number[] }
  | { time: number; kind: 'channel.order.rejected'; channel: string; lines: { sku: string; qty: number }[]; view: number[] }
  | { time: number; kind: 'channel.view.updated'; channel: string; sku: string; view: number }
  | { time: number; kind: 'order.completed'; orderId: number; cycleSeconds: number; onTime: boolean }
  | { time: number; kind: 'oms.order.received'; orderId: number; channel: string }
  | { time: number; kind: 'oms.order.routed'; orderId: number; warehouses: string[]; policy: string; ats: { sku: string; ats: number }[] }
  | { time: number; kind: 'oms.order.oversold'; orderId: number; units: number }
  | { time: number; kind: 'wms.order.oversold'; warehouse: string; orderId: number; channel: string; units: number }
  | { time: number; kind: 'oms.order.backordered'; orderId: number; units: number }
  | { time: number; kind: 'oms.ats.published'; channel: string; skus: number; full: boolean }
  | { time: number; kind: 'oms.reservation.released'; orderId: number; sku: string; qty: number; ats: number }
  | { time: number; kind: 'oms.order.state'; orderId: number; channel: string; state: 'accepted' | 'routed' | 'released' | 'shipped' | 'cancelled' | 'backordered' }
  | { time: number; kind: 'oms.reservation.short'; warehouse: string; sku: string; units: number; recordAfter: number }
  | { time: number; kind: 'wms.pick.created'; warehouse: string; orderIds: number[]; bins: string[] }
  | { time: number; kind: 'wms.pick.completed'; warehouse: string; orderIds: number[]; travelMeters: number; bins: string[]; sequence: string[] }
  | { time: number; kind: 'wms.pick.short'; warehouse: string; orderId: number; sku: string; wanted: number; found: number }
  | { time: number; kind: 'wms.order.shipped'; warehouse: string; orderId: number; lines: { sku: string; qty: number; bin: string; recordAfter: number; physicalAfter: number }[] }
  | { time: number; kind: 'wms.stock.adjusted'; warehouse: string; sku: string; delta: number; reason: string; recordAfter: number; physicalAfter: number }
  | { time: number; kind: 'wms.receipt.completed'; warehouse: string; sku: string; qty: number; poId: number }
  | { time: number; kind: 'channel.order.cancel-requested'; channel: string; orderId: number }
  | { time: number; kind: 'oms.order.cancel-too-late'; orderId: number }
  | { time: number; kind: 'wms.fulfillment.cancelled'; warehouse: string; orderId: number }
  | { time: number; kind: 'wms.return.received'; warehouse: string; orderId: number; lines: { sku: string; qty: number; recordAfter: number; physicalAfter: number }[] }
  | { time: number; kind: 'erp.posted'; eventId: string; memo: string; lines: { account: string; debitCents?: number; creditCents?: number }[]; quantity: number; inventoryValueCents: number }
  | { time: number; kind: 'erp.po.placed'; poId: number; sku: string; qty: number; erpQuantity: number; expectedAt: number }
  | { time: number; kind: 'erp.reconciled'; sku: string; erpBefore: number; wmsRecord: number; delta: number }
  | { time: number; kind: 'erp.batch.imported'; warehouse: string; batchId: string; dropped: boolean; lines: number; entryErrors: number }
  | { time: number; kind: 'bus.message.sent'; id: number; from: string; to: string; type: string }
  | { time: number; kind: 'bus.message.delivered'; id: number; from: string; to: string; type: string }
  | { time: number; kind: 'bus.message.lost'; id: number; from: string; to: string; type: string; reason: string };
