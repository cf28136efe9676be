// The one error type of the valuation methods and the argument checks they share.

export type ValuationErrorCode = 'invalid-quantity' | 'invalid-cost' | 'insufficient-quantity' | 'unknown-sku';

/** What identifies a SKU to a valuation: its code (standalone books) or its catalogue index (inside a run). */
export type SkuKey = string | number;

/** How messages and postings name a SKU key: a code names itself, an index is looked up in the catalogue. */
export type SkuLabel<Sku extends SkuKey> = (sku: Sku) => string;

/** The label of a key that is its own name. */
export const keyAsLabel: SkuLabel<SkuKey> = (sku) => String(sku);

/** Thrown before any state changes when a valuation call is refused; `code` says why. */
export class ValuationError extends Error {
  readonly code: ValuationErrorCode;
  readonly sku: string | undefined;

  constructor(code: ValuationErrorCode, message: string, sku?: string) {
    super(message);
    this.name = 'ValuationError';
    this.code = code;
    this.sku = sku;
  }
}

/** Throws unless `sku` is a non-empty string (a code) or a non-negative safe integer (an index). */
export function checkSku(sku: unknown): asserts sku is SkuKey {
  const valid = typeof sku === 'string' ? sku.length > 0 : Number.isSafeInteger(sku) && (sku as number) >= 0;
  if (!valid) {
    throw new ValuationError('unknown-sku', `sku ${JSON.stringify(sku) ?? String(sku)} must be a non-empty string or a non-negative integer index`);
  }
}

/** Throws unless `qty` is a positive safe integer. */
export function checkPositiveQuantity<Sku extends SkuKey>(qty: unknown, sku: Sku, what: string, label: SkuLabel<Sku>): asserts qty is number {
  if (!Number.isSafeInteger(qty) || (qty as number) <= 0) {
    const name = label(sku);
    throw new ValuationError('invalid-quantity', `${what} of SKU ${name}: quantity ${String(qty)} must be a positive integer`, name);
  }
}

/** Throws unless `deltaQty` is a safe integer (any sign). */
export function checkDeltaQuantity<Sku extends SkuKey>(deltaQty: unknown, sku: Sku, label: SkuLabel<Sku>): asserts deltaQty is number {
  if (!Number.isSafeInteger(deltaQty)) {
    const name = label(sku);
    throw new ValuationError('invalid-quantity', `adjust of SKU ${name}: deltaQty ${String(deltaQty)} must be an integer`, name);
  }
}

/** Throws unless `cents` is a non-negative safe integer. */
export function checkUnitCost<Sku extends SkuKey>(cents: unknown, sku: Sku, label: SkuLabel<Sku>): asserts cents is number {
  if (!Number.isSafeInteger(cents) || (cents as number) < 0) {
    const name = label(sku);
    throw new ValuationError('invalid-cost', `SKU ${name}: unit cost ${String(cents)} must be a non-negative integer number of cents`, name);
  }
}

/** qty * unitCostCents, refusing products outside the safe integer range. */
export function extendedCents<Sku extends SkuKey>(qty: number, unitCostCents: number, sku: Sku, label: SkuLabel<Sku>): number {
  const cents = qty * unitCostCents;
  if (!Number.isSafeInteger(cents)) {
    const name = label(sku);
    throw new ValuationError('invalid-cost', `SKU ${name}: ${qty} x ${unitCostCents} cents exceeds the safe integer range`, name);
  }
  return cents;
}

/** Throws unless `held` covers an issue of `qty`. */
export function checkAvailable<Sku extends SkuKey>(qty: number, held: number, sku: Sku, label: SkuLabel<Sku>): void {
  if (qty > held) {
    const name = label(sku);
    throw new ValuationError('insufficient-quantity', `issue of ${qty} units of SKU ${name} exceeds the ${held} held`, name);
  }
}

/** a + b, refusing sums outside the safe integer range. */
export function sumCents<Sku extends SkuKey>(a: number, b: number, sku: Sku, label: SkuLabel<Sku>): number {
  const cents = a + b;
  if (!Number.isSafeInteger(cents)) {
    const name = label(sku);
    throw new ValuationError('invalid-cost', `SKU ${name}: value ${a} + ${b} cents exceeds the safe integer range`, name);
  }
  return cents;
}
