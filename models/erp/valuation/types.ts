// The contract every inventory valuation method implements: per-SKU quantity and value in integer
// cents, moved by receipts, issues and count adjustments. Methods differ only in what an issue costs.
// A SKU is a key: its code in standalone books, its catalogue index inside a run (labelled by code).
import type { SkuKey, SkuLabel } from './errors.js';

export type ValuationMethod = 'fifo' | 'moving-average' | 'standard';

export interface ReceiveResult {
  /** Value added to inventory. */
  readonly valueCents: number;
  /** Actual cost minus value added: the purchase price variance (non-zero under standard cost only). */
  readonly varianceCents: number;
}

export interface IssueResult {
  /** Value removed from inventory: the cost of the units issued. */
  readonly costCents: number;
}

export interface AdjustResult {
  /** Signed change of inventory value: positive for a gain, negative for a loss. */
  readonly valueCents: number;
}

/** What a valuation is built with besides its method. */
export interface ValuationOptions<Sku extends SkuKey> {
  /** How messages and postings name a SKU key; the key itself by default (right for codes). */
  skuLabel?: SkuLabel<Sku>;
}

/** Valued stock per SKU; every amount is an integer number of cents, every quantity an integer. */
export interface InventoryValuation<Sku extends SkuKey = string> {
  readonly method: ValuationMethod;
  /** Adds `qty` units bought at `unitCostCents` each. */
  receive(sku: Sku, qty: number, unitCostCents: number): ReceiveResult;
  /** Removes `qty` units and returns their cost; throws ValuationError if fewer are held. */
  issue(sku: Sku, qty: number): IssueResult;
  /** Applies a count difference: gains enter at `unitCost(sku)`, losses leave as an issue. */
  adjust(sku: Sku, deltaQty: number): AdjustResult;
  /** Units held (0 for an unknown SKU). */
  quantity(sku: Sku): number;
  /** Value held in cents (0 for an unknown SKU). */
  value(sku: Sku): number;
  /** The SKU's name in messages and postings (its code). */
  skuLabel(sku: Sku): string;
  /** Sum of `value` over all SKUs, kept incrementally. */
  totalValue(): number;
  /** Cents per unit at which a count gain or a default return enters (see each method). */
  unitCost(sku: Sku): number;
  /** SKUs ever received, in first-receipt order. */
  skus(): readonly Sku[];
}
