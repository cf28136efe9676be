// Order lines as the OMS handles them: one line per SKU, and the part of an order one location ships.
import type { FulfillmentLine, Order } from '../messages.js';

/**
 * One line per SKU: lines repeating a SKU are merged (quantities added, the first line's price kept),
 * so per-location availability is never promised twice within one order; without repeats the order's
 * own lines are returned. Throws naming a bad SKU index or quantity.
 */
export function mergeLines(order: Order, skuCount: number): FulfillmentLine[] {
  const lines = order.lines;
  let repeats = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!(Number.isInteger(line.sku) && line.sku >= 0 && line.sku < skuCount)) throw new RangeError(`oms: order ${order.id} names SKU index ${line.sku}, outside the catalogue of ${skuCount}`);
    if (!(Number.isInteger(line.qty) && line.qty > 0)) throw new RangeError(`oms: order ${order.id} has a line of SKU ${line.sku} with qty ${line.qty} (must be a positive integer)`);
    for (let j = 0; j < i; j++) if (lines[j]!.sku === line.sku) repeats = true;
  }
  if (!repeats) return lines;
  const merged: FulfillmentLine[] = [];
  for (const line of lines) {
    const same = merged.find((m) => m.sku === line.sku);
    if (same !== undefined) same.qty += line.qty;
    else merged.push({ sku: line.sku, qty: line.qty, unitPriceCents: line.unitPriceCents });
  }
  return merged;
}

/** True when units[l] equals every line's quantity. */
export function sameQuantities(lines: readonly FulfillmentLine[], units: readonly number[]): boolean {
  for (let l = 0; l < lines.length; l++) if (lines[l]!.qty !== units[l]) return false;
  return true;
}

/** The lines with units[l] > 0, at those quantities. */
export function linesFrom(lines: readonly FulfillmentLine[], units: readonly number[]): FulfillmentLine[] {
  const out: FulfillmentLine[] = [];
  for (let l = 0; l < lines.length; l++) if (units[l]! > 0) out.push({ sku: lines[l]!.sku, qty: units[l]!, unitPriceCents: lines[l]!.unitPriceCents });
  return out;
}
