// FIFO valuation: each receipt is a cost layer; issues consume the oldest layers first, so the stock
// left is valued at the most recent prices.

import { checkAvailable, checkDeltaQuantity, checkPositiveQuantity, checkSku, checkUnitCost, extendedCents, sumCents, keyAsLabel, type SkuKey, type SkuLabel } from './errors.js';
import type { AdjustResult, InventoryValuation, IssueResult, ReceiveResult, ValuationOptions } from './types.js';

const defaults = {
  // Drop consumed layers from the front of a SKU's queue once this many have piled up.
  consumedLayersCompact: 32,
  /** Numeric SKU keys below this (catalogue indices) are also held in an array, for lookups without hashing. */
  indexedSkuMax: 1 << 20,
};

export interface CostLayer {
  readonly qty: number;
  readonly unitCostCents: number;
}

interface MutableLayer {
  qty: number;
  readonly unitCostCents: number;
}

interface SkuLayers {
  layers: MutableLayer[];
  head: number;
  quantity: number;
  valueCents: number;
  lastUnitCostCents: number;
}

/** FIFO layers per SKU. `unitCost` is the newest receipt's cost (the best estimate of current cost). */
export class FifoValuation<Sku extends SkuKey = string> implements InventoryValuation<Sku> {
  readonly method = 'fifo' as const;
  // Every SKU's layers by key (insertion order is `skus()`'s), and for small numeric keys the same
  // objects by index: a pipeline run books each shipped line here, and an array read beats a hash.
  readonly #bySku = new Map<Sku, SkuLayers>();
  readonly #byIndex: (SkuLayers | undefined)[] = [];
  #totalValueCents = 0;
  readonly #label: SkuLabel<Sku>;

  constructor(options: ValuationOptions<Sku> = {}) {
    this.#label = options.skuLabel ?? keyAsLabel;
  }

  /** Appends a layer (merged into the newest one when the unit cost is the same). */
  receive(sku: Sku, qty: number, unitCostCents: number): ReceiveResult {
    checkSku(sku);
    checkPositiveQuantity(qty, sku, 'receive', this.#label);
    checkUnitCost(unitCostCents, sku, this.#label);
    const valueCents = extendedCents(qty, unitCostCents, sku, this.#label);
    const state = this.#state(sku);
    const newValueCents = sumCents(state.valueCents, valueCents, sku, this.#label);
    const newest = state.head < state.layers.length ? state.layers[state.layers.length - 1] : undefined;
    if (newest !== undefined && newest.unitCostCents === unitCostCents) newest.qty += qty;
    else state.layers.push({ qty, unitCostCents });
    state.quantity += qty;
    state.valueCents = newValueCents;
    state.lastUnitCostCents = unitCostCents;
    this.#totalValueCents += valueCents;
    return { valueCents, varianceCents: 0 };
  }

  /** Consumes the oldest layers; the cost is the sum of units times their layer's cost. */
  issue(sku: Sku, qty: number): IssueResult {
    checkSku(sku);
    checkPositiveQuantity(qty, sku, 'issue', this.#label);
    const state = this.#find(sku);
    checkAvailable(qty, state?.quantity ?? 0, sku, this.#label);
    const held = state as SkuLayers;
    let remaining = qty;
    let costCents = 0;
    while (remaining > 0) {
      const layer = held.layers[held.head]!;
      const taken = Math.min(layer.qty, remaining);
      costCents += taken * layer.unitCostCents;
      layer.qty -= taken;
      remaining -= taken;
      if (layer.qty === 0) held.head += 1;
    }
    held.quantity -= qty;
    held.valueCents -= costCents;
    this.#totalValueCents -= costCents;
    compact(held);
    return { costCents };
  }

  /** Gains enter as a new layer at `unitCost(sku)`; losses are issued like a delivery. */
  adjust(sku: Sku, deltaQty: number): AdjustResult {
    checkSku(sku);
    checkDeltaQuantity(deltaQty, sku, this.#label);
    if (deltaQty > 0) return { valueCents: this.receive(sku, deltaQty, this.unitCost(sku)).valueCents };
    if (deltaQty < 0) return { valueCents: -this.issue(sku, -deltaQty).costCents };
    return { valueCents: 0 };
  }

  quantity(sku: Sku): number {
    return this.#find(sku)?.quantity ?? 0;
  }

  value(sku: Sku): number {
    return this.#find(sku)?.valueCents ?? 0;
  }

  skuLabel(sku: Sku): string {
    return this.#label(sku);
  }

  totalValue(): number {
    return this.#totalValueCents;
  }

  /** The newest receipt's unit cost, kept after the stock runs out; 0 for a SKU never received. */
  unitCost(sku: Sku): number {
    return this.#find(sku)?.lastUnitCostCents ?? 0;
  }

  skus(): readonly Sku[] {
    return [...this.#bySku.keys()];
  }

  /** The open layers of a SKU, oldest first (copies). */
  layers(sku: Sku): readonly CostLayer[] {
    const state = this.#find(sku);
    if (state === undefined) return [];
    return state.layers.slice(state.head).map((layer) => ({ qty: layer.qty, unitCostCents: layer.unitCostCents }));
  }

  #state(sku: Sku): SkuLayers {
    let state = this.#find(sku);
    if (state === undefined) {
      state = { layers: [], head: 0, quantity: 0, valueCents: 0, lastUnitCostCents: 0 };
      this.#bySku.set(sku, state);
      if (typeof sku === 'number' && sku < defaults.indexedSkuMax) {
        // Grown by push so the array stays packed (no holes).
        while (this.#byIndex.length <= sku) this.#byIndex.push(undefined);
        this.#byIndex[sku] = state;
      }
    }
    return state;
  }

  // The layers of `sku`, or undefined when it was never received.
  #find(sku: Sku): SkuLayers | undefined {
    return typeof sku === 'number' && sku < defaults.indexedSkuMax ? this.#byIndex[sku] : this.#bySku.get(sku);
  }
}

function compact(state: SkuLayers): void {
  if (state.head === state.layers.length) {
    // Emptied in place: a fresh [] would change its elements kind again at the next receipt.
    const layers = state.layers;
    while (layers.length > 0) layers.pop();
    state.head = 0;
  } else if (state.head >= defaults.consumedLayersCompact && state.head * 2 >= state.layers.length) {
    state.layers = state.layers.slice(state.head);
    state.head = 0;
  }
}
