// Moving (weighted) average valuation: receipts re-average the unit cost, issues leave it unchanged.
//
// Value and quantity are kept as exact integers; the average is their ratio and is never stored
// rounded. An issue of q out of Q held units costs round(value * q / Q) with halves rounded up, except
// that issuing every unit held costs exactly the value held: the last units absorb the rounding
// remainder, so a SKU that runs out is left with value 0, never a stray cent.

import { checkAvailable, checkDeltaQuantity, checkPositiveQuantity, checkSku, checkUnitCost, extendedCents, sumCents, keyAsLabel, type SkuKey, type SkuLabel } from './errors.js';
import { mulDivRoundHalfUp } from './rounding.js';
import type { AdjustResult, InventoryValuation, IssueResult, ReceiveResult, ValuationOptions } from './types.js';

interface SkuAverage {
  quantity: number;
  valueCents: number;
  // The average (rounded) after the latest receipt, so a SKU that ran out still has a cost.
  lastUnitCostCents: number;
}

/** Weighted-average cost per SKU, exact in integers; see the module comment for the rounding rule. */
export class MovingAverageValuation<Sku extends SkuKey = string> implements InventoryValuation<Sku> {
  readonly method = 'moving-average' as const;
  readonly #bySku = new Map<Sku, SkuAverage>();
  #totalValueCents = 0;
  readonly #label: SkuLabel<Sku>;

  constructor(options: ValuationOptions<Sku> = {}) {
    this.#label = options.skuLabel ?? keyAsLabel;
  }

  /** Adds the receipt's value; the new average is (old value + qty x cost) / (old qty + qty). */
  receive(sku: Sku, qty: number, unitCostCents: number): ReceiveResult {
    checkSku(sku);
    checkPositiveQuantity(qty, sku, 'receive', this.#label);
    checkUnitCost(unitCostCents, sku, this.#label);
    const valueCents = extendedCents(qty, unitCostCents, sku, this.#label);
    const state = this.#state(sku);
    state.valueCents = sumCents(state.valueCents, valueCents, sku, this.#label);
    state.quantity += qty;
    state.lastUnitCostCents = mulDivRoundHalfUp(state.valueCents, 1, state.quantity);
    this.#totalValueCents += valueCents;
    return { valueCents, varianceCents: 0 };
  }

  /** Costs `qty` at the current average (rounded half up); the last units take the remainder. */
  issue(sku: Sku, qty: number): IssueResult {
    checkSku(sku);
    checkPositiveQuantity(qty, sku, 'issue', this.#label);
    const state = this.#bySku.get(sku);
    checkAvailable(qty, state?.quantity ?? 0, sku, this.#label);
    const held = state as SkuAverage;
    const costCents = qty === held.quantity ? held.valueCents : mulDivRoundHalfUp(held.valueCents, qty, held.quantity);
    held.quantity -= qty;
    held.valueCents -= costCents;
    this.#totalValueCents -= costCents;
    return { costCents };
  }

  /** Gains enter at the current average (value x delta / qty, rounded half up), or the last average when empty. */
  adjust(sku: Sku, deltaQty: number): AdjustResult {
    checkSku(sku);
    checkDeltaQuantity(deltaQty, sku, this.#label);
    if (deltaQty < 0) return { valueCents: -this.issue(sku, -deltaQty).costCents };
    if (deltaQty === 0) return { valueCents: 0 };
    const state = this.#state(sku);
    const valueCents = state.quantity > 0
      ? mulDivRoundHalfUp(state.valueCents, deltaQty, state.quantity)
      : extendedCents(deltaQty, state.lastUnitCostCents, sku, this.#label);
    state.valueCents = sumCents(state.valueCents, valueCents, sku, this.#label);
    state.quantity += deltaQty;
    this.#totalValueCents += valueCents;
    return { valueCents };
  }

  quantity(sku: Sku): number {
    return this.#bySku.get(sku)?.quantity ?? 0;
  }

  value(sku: Sku): number {
    return this.#bySku.get(sku)?.valueCents ?? 0;
  }

  skuLabel(sku: Sku): string {
    return this.#label(sku);
  }

  totalValue(): number {
    return this.#totalValueCents;
  }

  /** The current average rounded half up; when nothing is held, the average after the last receipt. */
  unitCost(sku: Sku): number {
    const state = this.#bySku.get(sku);
    if (state === undefined) return 0;
    return state.quantity > 0 ? mulDivRoundHalfUp(state.valueCents, 1, state.quantity) : state.lastUnitCostCents;
  }

  skus(): readonly Sku[] {
    return [...this.#bySku.keys()];
  }

  #state(sku: Sku): SkuAverage {
    let state = this.#bySku.get(sku);
    if (state === undefined) {
      state = { quantity: 0, valueCents: 0, lastUnitCostCents: 0 };
      this.#bySku.set(sku, state);
    }
    return state;
  }
}
