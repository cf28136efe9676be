// Replenishment arithmetic: per-SKU levels from the purchasing configuration, and how much a policy
// orders at a review. Pure functions; the purchasing agent applies them to the ERP's own figures.

import type { PurchasingConfig } from '../config.js';

/** Per-SKU levels in units, indexed by catalogue index. */
export interface ReplenishmentLevels {
  /** Order when the inventory position (on hand + on order) is at or below this. */
  reorderPointUnits: Int32Array;
  /** The fixed order quantity (reorder-point policy) or the order-up-to level (s-S policy). */
  orderUnits: Int32Array;
}

/**
 * Levels for `skuCount` SKUs: the configured units when given (same for every SKU), else days of
 * mean daily demand rounded to the nearest unit. Throws naming the missing input when neither exists.
 */
export function replenishmentLevels(config: PurchasingConfig, skuCount: number, meanDailyDemand?: Float64Array): ReplenishmentLevels {
  if (meanDailyDemand !== undefined) checkDemand(meanDailyDemand, skuCount);
  return {
    reorderPointUnits: levelPerSku('reorderPointUnits', config.reorderPointUnits, 'reorderPointDays', config.reorderPointDays, skuCount, meanDailyDemand),
    orderUnits: levelPerSku('orderQuantityUnits', config.orderQuantityUnits, 'orderUpToDays', config.orderUpToDays, skuCount, meanDailyDemand),
  };
}

/**
 * Units to order at a review for a SKU at `positionUnits`. Reorder point: the smallest multiple of the
 * order quantity that lifts the position above the reorder point. (s, S): up to S. 0 when above s.
 */
export function orderQuantity(policy: PurchasingConfig['policy'], positionUnits: number, reorderPointUnits: number, orderUnits: number): number {
  if (policy === 'none' || positionUnits > reorderPointUnits) return 0;
  if (policy === 's-S') return Math.max(0, orderUnits - positionUnits);
  if (orderUnits <= 0) return 0;
  return orderUnits * (Math.floor((reorderPointUnits - positionUnits) / orderUnits) + 1);
}

function levelPerSku(
  unitsField: string, units: number | undefined, daysField: string, days: number, skuCount: number, meanDailyDemand: Float64Array | undefined,
): Int32Array {
  if (units !== undefined) {
    if (!(Number.isSafeInteger(units) && units >= 0)) throw new RangeError(`erp.purchasing.${unitsField} must be an integer >= 0, got ${units}`);
    return new Int32Array(skuCount).fill(units);
  }
  if (meanDailyDemand === undefined) {
    throw new RangeError(`erp.purchasing.${unitsField} is not set and no meanDailyDemand was given to compute it from ${daysField}`);
  }
  if (!(days >= 0 && days < Infinity)) throw new RangeError(`erp.purchasing.${daysField} must be finite and >= 0, got ${days}`);
  const levels = new Int32Array(skuCount);
  for (let s = 0; s < skuCount; s++) levels[s] = Math.round(days * meanDailyDemand[s]!);
  return levels;
}

function checkDemand(meanDailyDemand: Float64Array, skuCount: number): void {
  if (meanDailyDemand.length !== skuCount) {
    throw new RangeError(`meanDailyDemand has ${meanDailyDemand.length} entries for a catalogue of ${skuCount} SKUs`);
  }
  meanDailyDemand.forEach((mean, sku) => {
    if (!(mean >= 0 && mean < Infinity)) throw new RangeError(`meanDailyDemand[${sku}] must be finite and >= 0, got ${mean}`);
  });
}
