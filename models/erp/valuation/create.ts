// One entry point that builds a valuation method from a plain configuration.

import { FifoValuation } from './fifo.js';
import { MovingAverageValuation } from './moving-average.js';
import { StandardCostValuation, type StandardCostTable } from './standard-cost.js';
import type { InventoryValuation } from './types.js';

export type ValuationConfig =
  | { readonly method: 'fifo' }
  | { readonly method: 'moving-average' }
  | { readonly method: 'standard'; readonly standardCostCents: StandardCostTable };

/** A fresh, empty valuation of the configured method. */
export function createValuation(config: ValuationConfig): InventoryValuation {
  switch (config.method) {
    case 'fifo':
      return new FifoValuation();
    case 'moving-average':
      return new MovingAverageValuation();
    case 'standard':
      return new StandardCostValuation(config.standardCostCents);
    default: {
      const method: unknown = (config as { method: unknown }).method;
      throw new RangeError(`unknown valuation method ${JSON.stringify(method) ?? String(method)}; expected fifo, moving-average or standard`);
    }
  }
}
