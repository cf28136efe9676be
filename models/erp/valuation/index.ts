export type { AdjustResult, InventoryValuation, IssueResult, ReceiveResult, ValuationMethod, ValuationOptions } from './types.js';
export { ValuationError, keyAsLabel, type SkuKey, type SkuLabel, type ValuationErrorCode } from './errors.js';
export { FifoValuation, type CostLayer } from './fifo.js';
export { MovingAverageValuation } from './moving-average.js';
export { StandardCostValuation, type StandardCostTable } from './standard-cost.js';
export { createValuation, type ValuationConfig } from './create.js';
export { mulDivRoundHalfUp } from './rounding.js';
