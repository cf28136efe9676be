// Receiving and putaway. A purchase order placed by the ERP arrives from the supplier at its
// expected time (at once when that is past); after `dockToStockSeconds` of unloading and checking
// the units are put away into the SKU's pick bin. The putaway scan can be wrong (a mis-scan):
// the shelf gets the units delivered, the record gets what was scanned, and the receipt reports
// the scanned quantity. Receiving uses its own dock crew, not the pickers.
import type { AgentContext } from '../context.js';
import type { MessagePayloads } from '../messages.js';
import type { FaultDraws } from './faults.js';
import type { Inventory } from './inventory.js';
import type { MovementReporter } from './movements.js';
import type { RecentIds } from './recent-ids.js';

const defaults = {
  /** Unloading, checking and putaway time from truck to shelf. */
  dockToStockSeconds: 3_600,
};

export type PurchaseOrder = MessagePayloads['erp.po.placed'];

/** Turns purchase orders into deliveries and putaways. */
export class Receiving {
  /** Deliveries announced but not yet put away. */
  pending = 0;

  constructor(
    private readonly ctx: AgentContext,
    private readonly warehouse: string,
    private readonly inventory: Inventory,
    private readonly faults: FaultDraws,
    private readonly reporter: MovementReporter,
    private readonly seen: RecentIds,
  ) {}

  /** Accepts a purchase order (a duplicate of one already accepted is ignored). */
  onPurchaseOrder(po: PurchaseOrder): void {
    const sim = this.ctx.sim;
    if (!this.seen.firstSeen(po.poId, sim.now)) return;
    if (!(Number.isInteger(po.sku) && po.sku >= 0 && po.sku < this.inventory.skuCount)) {
      throw new RangeError(`${this.warehouse}: purchase order ${po.poId} names SKU index ${po.sku}, outside 0..${this.inventory.skuCount - 1}`);
    }
    if (!(Number.isInteger(po.qty) && po.qty > 0)) throw new RangeError(`${this.warehouse}: purchase order ${po.poId} has qty ${po.qty}; must be an integer > 0`);
    this.pending++;
    const arriveAt = Math.max(sim.now, Number.isFinite(po.expectedAt) ? po.expectedAt : sim.now);
    sim.scheduleAt(arriveAt + defaults.dockToStockSeconds, () => this.putAway(po));
  }

  private putAway(po: PurchaseOrder): void {
    this.pending--;
    const recorded = this.faults.recordedAtPutaway(po.qty);
    this.inventory.receive(po.sku, po.qty, recorded);
    this.ctx.metrics.unitsReceived += po.qty;
    this.reporter.received(po.poId, po.sku, recorded, po.unitCostCents);
    if (this.ctx.tracing) {
      this.ctx.trace({ time: this.ctx.sim.now, kind: 'wms.receipt.completed', warehouse: this.warehouse, sku: this.ctx.catalog.codes[po.sku]!, qty: recorded, poId: po.poId });
    }
  }
}
