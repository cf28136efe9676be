// Cost accruals that happen at a single moment (an oversold order cancelled, a sale lost to a
// stockout): lost margin is the order's (price - cost) x units per line, never below zero per line.
import type { Catalog } from '../catalog.js';
import type { OrderLine } from '../messages.js';
import type { Metrics } from '../metrics.js';

/** Margin an order would have earned, integer cents (lines sold below cost count as zero). */
export function lostMarginCents(lines: readonly OrderLine[], catalog: Catalog): number {
  let cents = 0;
  const cost = catalog.costCents;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const margin = line.unitPriceCents - cost[line.sku]!;
    if (margin > 0) cents += margin * line.qty;
  }
  return cents;
}

/** Books an oversold order that was cancelled: the penalty plus its lost margin. */
export function chargeCancelledOversell(metrics: Metrics, catalog: Catalog, lines: readonly OrderLine[], penaltyCents: number): void {
  metrics.cancellationPenaltyCents += penaltyCents;
  metrics.oversellLostMarginCents += lostMarginCents(lines, catalog);
}

/** Holding cost of `valueCents` of inventory held for `seconds` at an annual rate, rounded to the cent. */
export function holdingCents(valueCents: number, ratePerYear: number, seconds: number): number {
  return Math.round((valueCents * ratePerYear * seconds) / (365 * 86_400));
}

/** Wages of `seconds` paid hours at `wageCentsPerHour`, rounded to the cent. */
export function labourCents(seconds: number, wageCentsPerHour: number): number {
  return Math.round((seconds * wageCentsPerHour) / 3_600);
}
