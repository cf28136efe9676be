// The one error type of the valuation methods and the argument checks they share.

export type ValuationErrorCode = 'invalid-quantity' | 'invalid-cost' | 'insufficient-quantity' | 'unknown-sku';

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

/** Throws unless `sku` is a non-empty string. */
export function checkSku(sku: unknown): asserts sku is string {
  if (typeof sku !== 'string' || sku.length === 0) {
    throw new ValuationError('unknown-sku', `sku ${JSON.stringify(sku) ?? String(sku)} must be a non-empty string`);
  }
}

/** Throws unless `qty` is a positive safe integer. */
export function checkPositiveQuantity(qty: unknown, sku: string, what: string): asserts qty is number {
  if (!Number.isSafeInteger(qty) || (qty as number) <= 0) {
    throw new ValuationError('invalid-quantity', `${what} of SKU ${sku}: quantity ${String(qty)} must be a positive integer`, sku);
  }
}

/** Throws unless `deltaQty` is a safe integer (any sign). */
export function checkDeltaQuantity(deltaQty: unknown, sku: string): asserts deltaQty is number {
  if (!Number.isSafeInteger(deltaQty)) {
    throw new ValuationError('invalid-quantity', `adjust of SKU ${sku}: deltaQty ${String(deltaQty)} must be an integer`, sku);
  }
}

/** Throws unless `cents` is a non-negative safe integer. */
export function checkUnitCost(cents: unknown, sku: string): asserts cents is number {
  if (!Number.isSafeInteger(cents) || (cents as number) < 0) {
    throw new ValuationError('invalid-cost', `SKU ${sku}: unit cost ${String(cents)} must be a non-negative integer number of cents`, sku);
  }
}

/** qty * unitCostCents, refusing products outside the safe integer range. */
export function extendedCents(qty: number, unitCostCents: number, sku: string): number {
  const cents = qty * unitCostCents;
  if (!Number.isSafeInteger(cents)) {
    throw new ValuationError('invalid-cost', `SKU ${sku}: ${qty} x ${unitCostCents} cents exceeds the safe integer range`, sku);
  }
  return cents;
}

/** Throws unless `held` covers an issue of `qty`. */
export function checkAvailable(qty: number, held: number, sku: string): void {
  if (qty > held) {
    throw new ValuationError('insufficient-quantity', `issue of ${qty} units of SKU ${sku} exceeds the ${held} held`, sku);
  }
}

/** a + b, refusing sums outside the safe integer range. */
export function sumCents(a: number, b: number, sku: string): number {
  const cents = a + b;
  if (!Number.isSafeInteger(cents)) {
    throw new ValuationError('invalid-cost', `SKU ${sku}: value ${a} + ${b} cents exceeds the safe integer range`, sku);
  }
  return cents;
}
