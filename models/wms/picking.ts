// What happens at the shelf when a worker picks a line, in this order:
// 1. Damage: with the damage probability one unit in the bin is found damaged and scrapped; truth
//    and record both drop (the record change is reported as a 'damage' adjustment).
// 2. Mis-pick: with the mis-pick probability the worker takes the line from the neighbouring SKU
//    on the shelf (the next bin, or another SKU in a shared bin). The record moves for the ordered
//    SKU, the truth for the neighbour, so both drift apart unnoticed. A mis-pick needs the
//    neighbour to hold the quantity and the ordered SKU's record to cover it; otherwise the worker
//    would notice, and picks normally.
// 3. Normal pick: when the shelf holds less than the line asks, or the record does, the worker
//    counts the bin and the record is set to the count (reason 'short-pick' when the shelf is
//    short, 'cycle-count' when only the record was low). A shelf that is short is a short pick:
//    the worker ships what is there. Neither side ever goes negative.
import type { Metrics } from '../metrics.js';
import type { AdjustmentReason } from '../messages.js';
import type { FaultDraws } from './faults.js';
import type { Inventory } from './inventory.js';
import type { Fulfillment } from './pick-task.js';
import { neighbourSku, type Slotting } from './slotting.js';

/** Callbacks for the record changes and exceptions a pick produces. */
export interface ShelfHooks {
  /** The bin record of `sku` must change by `delta` (apply and report it). */
  adjustRecord(sku: number, delta: number, reason: AdjustmentReason): void;
  /** A line found fewer units on the shelf than it asked for. */
  shortPicked(f: Fulfillment, sku: number, wanted: number, found: number): void;
}

/** Applies picks to the inventory, with the faults that can strike at the shelf. */
export class ShelfPicker {
  // Units picked by the last pickLine call (kept in a field so a line costs no result object).
  private lastPicked = 0;

  constructor(
    private readonly inventory: Inventory,
    private readonly slotting: Slotting,
    private readonly faults: FaultDraws,
    private readonly metrics: Metrics,
    private readonly hooks: ShelfHooks,
  ) {}

  /** Picks every line of `f` into staging, setting `f.short` after a short pick and `f.physicalSkus` after a mis-pick. */
  pickFulfillment(f: Fulfillment): void {
    const lines = f.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const physical = this.pickLine(f, line.sku, line.qty);
      if (this.lastPicked < line.qty) {
        if (f.short === null) f.short = zeros(lines.length);
        f.short[i] = line.qty - this.lastPicked;
      }
      if (physical !== line.sku) {
        if (f.physicalSkus === null) f.physicalSkus = Int32Array.from(lines, (l) => l.sku);
        f.physicalSkus[i] = physical;
      }
    }
    this.metrics.linesPicked += lines.length;
  }

  /** Picks one line; returns the SKU physically taken and sets `lastPicked`. */
  private pickLine(f: Fulfillment, sku: number, qty: number): number {
    const inv = this.inventory;
    if (this.faults.damagedAtPick() && inv.binTruth[sku]! > 0) {
      inv.damage(sku, 1);
      this.metrics.damagedUnits++;
      if (inv.binRecord[sku]! > 0) this.hooks.adjustRecord(sku, -1, 'damage');
    }
    if (this.faults.misPicked()) {
      const neighbour = neighbourSku(this.slotting, sku);
      if (neighbour >= 0 && inv.binTruth[neighbour]! >= qty && inv.binRecord[sku]! >= qty) {
        inv.pickTruth(neighbour, qty);
        inv.pickRecord(sku, qty);
        this.metrics.misPicks++;
        this.lastPicked = qty;
        return neighbour;
      }
    }
    const found = inv.binTruth[sku]!;
    const recorded = inv.binRecord[sku]!;
    if (found < qty || recorded < qty) {
      if (found !== recorded) this.hooks.adjustRecord(sku, found - recorded, found < qty ? 'short-pick' : 'cycle-count');
      if (found < qty) {
        this.metrics.shortPicks++;
        this.metrics.shortUnits += qty - found;
        this.hooks.shortPicked(f, sku, qty, found);
      }
    }
    const picked = found < qty ? found : qty;
    if (picked > 0) {
      inv.pickTruth(sku, picked);
      inv.pickRecord(sku, picked);
    }
    this.lastPicked = picked;
    return sku;
  }
}

// n zeros, built by push (a packed array of small integers).
function zeros(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(0);
  return out;
}
