// Standard cost valuation: every unit of a SKU moves at its standard cost; the difference between
// what a receipt actually cost and its standard value is the purchase price variance.

import {
  ValuationError, checkAvailable, checkDeltaQuantity, checkPositiveQuantity, checkSku, checkUnitCost, extendedCents,
} from './errors.js';
import type { AdjustResult, InventoryValuation, IssueResult, ReceiveResult } from './types.js';

/** Standard cost per SKU in cents, as a Map or a plain object (own keys only are read). */
export type StandardCostTable = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

/** Inventory at standard; `receive` reports varianceCents = qty x (actual - standard). */
export class StandardCostValuation implements InventoryValuation {
  readonly method = 'standard' as const;
  readonly #standardCents = new Map<string, number>();
  readonly #quantityBySku = new Map<string, number>();
  #totalValueCents = 0;

  constructor(standardCostCents: StandardCostTable) {
    if (typeof standardCostCents !== 'object' || standardCostCents === null) {
      throw new ValuationError('invalid-cost', `standardCostCents ${String(standardCostCents)} must be a Map or an object of SKU to cents`);
    }
    const pairs = standardCostCents instanceof Map ? [...standardCostCents.entries()] : Object.entries(standardCostCents);
    for (const [sku, cents] of pairs) {
      checkSku(sku);
      checkUnitCost(cents, sku);
      this.#standardCents.set(sku, cents);
    }
  }

  /** Values the receipt at standard; a positive variance is unfavourable (paid above standard). */
  receive(sku: string, qty: number, unitCostCents: number): ReceiveResult {
    checkSku(sku);
    checkPositiveQuantity(qty, sku, 'receive');
    checkUnitCost(unitCostCents, sku);
    const valueCents = extendedCents(qty, this.standardCost(sku), sku);
    const actualCents = extendedCents(qty, unitCostCents, sku);
    extendedCents(this.quantity(sku) + qty, this.standardCost(sku), sku); // the SKU's value must stay exact too
    this.#quantityBySku.set(sku, this.quantity(sku) + qty);
    this.#totalValueCents += valueCents;
    return { valueCents, varianceCents: actualCents - valueCents };
  }

  /** Costs the issue at standard. */
  issue(sku: string, qty: number): IssueResult {
    checkSku(sku);
    checkPositiveQuantity(qty, sku, 'issue');
    const held = this.quantity(sku);
    checkAvailable(qty, held, sku);
    const costCents = qty * this.standardCost(sku);
    this.#quantityBySku.set(sku, held - qty);
    this.#totalValueCents -= costCents;
    return { costCents };
  }

  /** Gains enter and losses leave at standard. */
  adjust(sku: string, deltaQty: number): AdjustResult {
    checkSku(sku);
    checkDeltaQuantity(deltaQty, sku);
    if (deltaQty > 0) return { valueCents: this.receive(sku, deltaQty, this.standardCost(sku)).valueCents };
    if (deltaQty < 0) return { valueCents: -this.issue(sku, -deltaQty).costCents };
    return { valueCents: 0 };
  }

  /** The standard cost of a SKU; throws ValuationError for a SKU without one. */
  standardCost(sku: string): number {
    const cents = this.#standardCents.get(sku);
    if (cents === undefined) throw new ValuationError('unknown-sku', `SKU ${sku} has no standard cost`, sku);
    return cents;
  }

  /** Sets a SKU's standard; refused while the SKU holds stock, since that would need a revaluation entry. */
  setStandardCost(sku: string, cents: number): void {
    checkSku(sku);
    checkUnitCost(cents, sku);
    const held = this.quantity(sku);
    if (held > 0) {
      throw new ValuationError('invalid-cost', `cannot change the standard of SKU ${sku} while ${held} units are held`, sku);
    }
    this.#standardCents.set(sku, cents);
  }

  quantity(sku: string): number {
    return this.#quantityBySku.get(sku) ?? 0;
  }

  value(sku: string): number {
    const held = this.quantity(sku);
    return held === 0 ? 0 : held * this.standardCost(sku);
  }

  totalValue(): number {
    return this.#totalValueCents;
  }

  /** The standard cost; throws ValuationError for a SKU without one. */
  unitCost(sku: string): number {
    return this.standardCost(sku);
  }

  skus(): readonly string[] {
    return [...this.#quantityBySku.keys()];
  }
}
