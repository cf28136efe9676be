import { describe, expect, it } from 'vitest';
import { createValuation } from '../../../../models/erp/valuation/create.js';

describe('createValuation()', () => {
  it('builds each method from its name', () => {
    expect(createValuation({ method: 'fifo' }).method).toBe('fifo');
    expect(createValuation({ method: 'moving-average' }).method).toBe('moving-average');
    expect(createValuation({ method: 'standard', standardCostCents: { P: 1 } }).method).toBe('standard');
  });

  it('names an unknown method', () => {
    expect(() => createValuation({ method: 'lifo' } as never)).toThrow('unknown valuation method "lifo"');
  });
});
