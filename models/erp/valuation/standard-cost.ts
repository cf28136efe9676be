// Standard cost valuation: every unit of a SKU moves at its standard cost; the difference between
// what a receipt actually cost and its standard value is the purchase price variance.

import {
  ValuationError, checkAvailable, checkDeltaQuantity, checkPositiveQuantity, checkSku, checkUnitCost, extendedCents, keyAsLabel,
  type SkuKey, type SkuLabel,
} from './errors.js';
import type { AdjustResult, InventoryValuation, IssueResult, ReceiveResult, ValuationOptions } from './types.js';

/** Standard cost per SKU in cents, as a Map or (for SKU codes) a plain object (own keys only are read). */
export type StandardCostTable<Sku extends SkuKey = string> = ReadonlyMap<Sku, number> | (Sku extends string ? Readonly<Record<string, number>> : never);

/** Inventory at standard; `receive` reports varianceCents = qty x (actual - standard). */
export class StandardCostValuation<Sku extends SkuKey = string> implements InventoryValuation<Sku> {
  readonly method = 'standard' as const;
  readonly #standardCents = new Map<Sku, number>();
  readonly #quantityBySku = new Map<Sku, number>();
  #totalValueCents = 0;
  readonly #label: SkuLabel<Sku>;

  constructor(standardCostCents: StandardCostTable<Sku>, options: ValuationOptions<Sku> = {}) {
    this.#label = options.skuLabel ?? keyAsLabel;
    if (typeof standardCostCents !== 'object' || standardCostCents === null) {
      throw new ValuationError('invalid-cost', `standardCostCents ${String(standardCostCents)} must be a Map or an object of SKU to cents`);
    }
    const pairs = (standardCostCents instanceof Map ? [...standardCostCents.entries()] : Object.entries(standardCostCents)) as Array<[Sku, number]>;
    for (const [sku, cents] of pairs) {
      checkSku(sku);
      checkUnitCost(cents, sku, this.#label);
      this.#standardCents.set(sku, cents);
    }
  }

  /** Values the receipt at standard; a positive variance is unfavourable (paid above standard). */
  receive(sku: Sku, qty: number, unitCostCents: number): ReceiveResult {
    checkSku(sku);
    checkPositiveQuantity(qty, sku, 'receive', this.#label);
    checkUnitCost(unitCostCents, sku, this.#label);
    const valueCents = extendedCents(qty, this.standardCost(sku), sku, this.#label);
    const actualCents = extendedCents(qty, unitCostCents, sku, this.#label);
    extendedCents(this.quantity(sku) + qty, this.standardCost(sku), sku, this.#label); // the SKU's value must stay exact too
    this.#quantityBySku.set(sku, this.quantity(sku) + qty);
    this.#totalValueCents += valueCents;
    return { valueCents, varianceCents: actualCents - valueCents };
  }

  /** Costs the issue at standard. */
  issue(sku: Sku, qty: number): IssueResult {
    checkSku(sku);
    checkPositiveQuantity(qty, sku, 'issue', this.#label);
    const held = this.quantity(sku);
    checkAvailable(qty, held, sku, this.#label);
    const costCents = qty * this.standardCost(sku);
    this.#quantityBySku.set(sku, held - qty);
    this.#totalValueCents -= costCents;
    return { costCents };
  }

  /** Gains enter and losses leave at standard. */
  adjust(sku: Sku, deltaQty: number): AdjustResult {
    checkSku(sku);
    checkDeltaQuantity(deltaQty, sku, this.#label);
    if (deltaQty > 0) return { valueCents: this.receive(sku, deltaQty, this.standardCost(sku)).valueCents };
    if (deltaQty < 0) return { valueCents: -this.issue(sku, -deltaQty).costCents };
    return { valueCents: 0 };
  }

  /** The standard cost of a SKU; throws ValuationError for a SKU without one. */
  standardCost(sku: Sku): number {
    const cents = this.#standardCents.get(sku);
    if (cents === undefined) throw new ValuationError('unknown-sku', `SKU ${this.#label(sku)} has no standard cost`, this.#label(sku));
    return cents;
  }

  /** Sets a SKU's standard; refused while the SKU holds stock, since that would need a revaluation entry. */
  setStandardCost(sku: Sku, cents: number): void {
    checkSku(sku);
    checkUnitCost(cents, sku, this.#label);
    const held = this.quantity(sku);
    if (held > 0) {
      throw new ValuationError('invalid-cost', `cannot change the standard of SKU ${this.#label(sku)} while ${held} units are held`, this.#label(sku));
    }
    this.#standardCents.set(sku, cents);
  }

  quantity(sku: Sku): number {
    return this.#quantityBySku.get(sku) ?? 0;
  }

  value(sku: Sku): number {
    const held = this.quantity(sku);
    return held === 0 ? 0 : held * this.standardCost(sku);
  }

  skuLabel(sku: Sku): string {
    return this.#label(sku);
  }

  totalValue(): number {
    return this.#totalValueCents;
  }

  /** The standard cost; throws ValuationError for a SKU without one. */
  unitCost(sku: Sku): number {
    return this.standardCost(sku);
  }

  skus(): readonly Sku[] {
    return [...this.#quantityBySku.keys()];
  }
}
