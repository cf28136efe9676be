// `explain`: turns a run's typed trace into a narrative of handoffs, one line per step, with the
// simulated time and the number each system holds after the step. Pure (browser-safe).
import type { BatonTrace } from '../models/trace.js';

export interface NarrationLine {
  time: number;
  actor: string;
  text: string;
}

const cents = (value: number) => `$${(value / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const units = (lines: { sku: string; qty: number }[]) => lines.map((l) => `${l.qty} x SKU ${l.sku}`).join(', ');
const accountNames: Record<string, string> = {
  inventory: 'Inventory',
  cogs: 'COGS',
  accountsReceivable: 'Accounts receivable',
  revenue: 'Revenue',
  grni: 'Goods received not invoiced',
  accountsPayable: 'Accounts payable',
  shrinkage: 'Shrinkage',
  purchasePriceVariance: 'Purchase price variance',
  openingEquity: 'Opening equity',
  cash: 'Cash',
  salesReturns: 'Sales returns',
};

/** "day 0 10:00:00" for a simulated time in seconds. */
function formatSimTime(seconds: number): string {
  const day = Math.floor(seconds / 86_400);
  const rest = seconds - day * 86_400;
  const hh = Math.floor(rest / 3600);
  const mm = Math.floor((rest % 3600) / 60);
  const ss = rest % 60;
  const sec = Number.isInteger(ss) ? String(ss).padStart(2, '0') : ss.toFixed(2).padStart(5, '0');
  return `day ${day} ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${sec}`;
}

/** One narration line per meaningful trace record (bus deliveries are folded into the receiver's step). */
export function narrate(records: readonly BatonTrace[]): NarrationLine[] {
  const lines: NarrationLine[] = [];
  const say = (time: number, actor: string, text: string) => lines.push({ time, actor, text });
  for (const r of records) {
    switch (r.kind) {
      case 'channel.order.accepted':
        say(r.time, `channel:${r.channel}`, `accepts order #${r.orderId}: ${units(r.lines)}; its own view of stock is now ${r.view.join(', ')}`);
        break;
      case 'channel.order.rejected':
        say(r.time, `channel:${r.channel}`, `rejects an order for ${units(r.lines)}: its view (${r.view.join(', ')}) does not cover it (lost sale)`);
        break;
      case 'channel.view.updated':
        say(r.time, `channel:${r.channel}`, `receives ATS: its view of SKU ${r.sku} is now ${r.view}`);
        break;
      case 'oms.order.received':
        say(r.time, 'oms', `receives order #${r.orderId} from ${r.channel} into its one queue`);
        break;
      case 'oms.order.routed':
        say(r.time, 'oms', `checks stock across locations, reserves and routes order #${r.orderId} to ${r.warehouses.join(' + ')} (policy ${r.policy}); ATS now ${r.ats.map((a) => `SKU ${a.sku}: ${a.ats}`).join(', ')}`);
        break;
      case 'oms.order.oversold':
        say(r.time, 'oms', `cannot cover order #${r.orderId} from any location: ${r.units} unit(s) oversold, order cancelled`);
        break;
      case 'wms.order.oversold':
        say(r.time, `wms:${r.warehouse}`, `cannot cover order #${r.orderId} from ${r.channel}: its record, less what earlier orders took, holds too few units. ${r.channel} sold on a stale view: ${r.units} unit(s) oversold, the seller cancels the order (a seller-cancellation on ${r.channel})`);
        break;
      case 'oms.order.backordered':
        say(r.time, 'oms', `backorders order #${r.orderId}: ${r.units} unit(s) wait for stock`);
        break;
      case 'oms.ats.published':
        say(r.time, 'oms', `publishes available-to-sell to ${r.channel} (${r.full ? 'full snapshot' : `${r.skus} changed SKU(s)`})`);
        break;
      case 'oms.reservation.released':
        say(r.time, 'oms', `hears the shipment, releases the reservation of ${r.qty} x SKU ${r.sku} and recomputes ATS: ${r.ats}`);
        break;
      case 'wms.pick.created':
        say(r.time, `wms:${r.warehouse}`, `creates a pick task for order(s) #${r.orderIds.join(', #')}: bin(s) ${r.bins.join(', ')}`);
        break;
      case 'wms.pick.completed':
        say(r.time, `wms:${r.warehouse}`, `a worker walks ${r.travelMeters.toFixed(1)} m (${r.sequence.join(' -> ')}), picks and packs order(s) #${r.orderIds.join(', #')}`);
        break;
      case 'wms.pick.short':
        say(r.time, `wms:${r.warehouse}`, `short pick on order #${r.orderId}: record said ${r.wanted} x SKU ${r.sku}, the shelf had ${r.found}`);
        break;
      case 'wms.order.shipped':
        say(r.time, `wms:${r.warehouse}`, `ships order #${r.orderId}; ${r.lines.map((l) => `SKU ${l.sku} in ${l.bin}: on-hand ${l.recordAfter + l.qty} -> ${l.recordAfter} (shelf ${l.physicalAfter})`).join('; ')}; reports the movement`);
        break;
      case 'wms.stock.adjusted':
        say(r.time, `wms:${r.warehouse}`, `${r.reason}: record of SKU ${r.sku} ${r.delta >= 0 ? '+' : ''}${r.delta} -> ${r.recordAfter} (shelf ${r.physicalAfter})`);
        break;
      case 'wms.receipt.completed':
        say(r.time, `wms:${r.warehouse}`, `receives PO #${r.poId}: ${r.qty} x SKU ${r.sku} put away`);
        break;
      case 'channel.order.cancel-requested':
        say(r.time, `channel:${r.channel}`, `the customer cancels order #${r.orderId}; the request goes where the order went`);
        break;
      case 'wms.fulfillment.cancelled':
        say(r.time, `wms:${r.warehouse}`, `stops order #${r.orderId} before any picker started it: nothing is picked, its units stay sellable`);
        break;
      case 'oms.order.cancel-too-late':
        say(r.time, 'oms', `the cancellation of order #${r.orderId} came too late: picking had started, the order ships`);
        break;
      case 'wms.return.received':
        say(r.time, `wms:${r.warehouse}`, `receives a customer return${r.orderId >= 0 ? ` of order #${r.orderId}` : ''}: ${r.lines.map((l) => `${l.qty} x SKU ${l.sku} back in stock, on-hand ${l.recordAfter - l.qty} -> ${l.recordAfter}`).join('; ')}; reports the movement`);
        break;
      case 'erp.posted':
        say(r.time, 'erp', `posts "${r.memo}": ${r.lines.map((l) => `${l.debitCents !== undefined ? 'Dr' : 'Cr'} ${accountNames[l.account] ?? l.account} ${cents(l.debitCents ?? l.creditCents ?? 0)}`).join(' / ')}; holds ${r.quantity} units worth ${cents(r.inventoryValueCents)}`);
        break;
      case 'erp.po.placed':
        say(r.time, 'erp', `purchasing reads the ERP's ${r.erpQuantity} units and orders ${r.qty} x SKU ${r.sku} (PO #${r.poId}, due ${formatSimTime(r.expectedAt)})`);
        break;
      case 'erp.reconciled':
        say(r.time, 'erp', `reconciles SKU ${r.sku}: ERP ${r.erpBefore} vs WMS ${r.wmsRecord}, posts ${r.delta >= 0 ? '+' : ''}${r.delta}`);
        break;
      case 'bus.message.lost':
        say(r.time, r.from, `message #${r.id} ${r.type} to ${r.to} is lost (${r.reason})`);
        break;
      default:
        break;
    }
  }
  return lines;
}

/** The narration as aligned text lines. */
export function formatNarration(lines: readonly NarrationLine[]): string[] {
  const width = Math.max(0, ...lines.map((l) => l.actor.length));
  const times = lines.map((l) => formatSimTime(l.time));
  const timeWidth = Math.max(0, ...times.map((t) => t.length));
  return lines.map((l, i) => `${times[i]!.padEnd(timeWidth)}  ${l.actor.padEnd(width)}  ${l.text}`);
}
