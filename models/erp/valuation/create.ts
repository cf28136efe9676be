// One entry point that builds a valuation method from a plain configuration.

import { FifoValuation } from './fifo.js';
import { MovingAverageValuation } from './moving-average.js';
import { StandardCostValuation, type StandardCostTable } from './standard-cost.js';
import type { SkuKey } from './errors.js';
import type { InventoryValuation, ValuationOptions } from './types.js';

export type ValuationConfig<Sku extends SkuKey = string> =
  | { readonly method: 'fifo' }
  | { readonly method: 'moving-average' }
  | { readonly method: 'standard'; readonly standardCostCents: StandardCostTable<Sku> };

/** A fresh, empty valuation of the configured method, keyed by SKU code unless told otherwise. */
export function createValuation<Sku extends SkuKey = string>(config: ValuationConfig<Sku>, options: ValuationOptions<Sku> = {}): InventoryValuation<Sku> {
  switch (config.method) {
    case 'fifo':
      return new FifoValuation<Sku>(options);
    case 'moving-average':
      return new MovingAverageValuation<Sku>(options);
    case 'standard':
      return new StandardCostValuation<Sku>(config.standardCostCents, options);
    default: {
      const method: unknown = (config as { method: unknown }).method;
      throw new RangeError(`unknown valuation method ${JSON.stringify(method) ?? String(method)}; expected fifo, moving-average or standard`);
    }
  }
}
