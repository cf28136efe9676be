import { describe, expect, it } from 'vitest';
import { OutcomeTally, PROBLEM_LIMIT, formatRowProblem } from '../../../scenarios/import/outcomes.js';

describe('OutcomeTally', () => {
  it('counts every row in one outcome and keeps only the first problems', () => {
    const tally = new OutcomeTally();
    for (let i = 0; i < 150; i++) tally.add('rejected', { file: 'f.csv', line: i + 2, field: 'qty', value: 'x', reason: 'bad' });
    tally.add('accepted');
    expect(tally.rows).toBe(151);
    expect(Object.values(tally.outcomes).reduce((a, b) => a + b, 0)).toBe(151);
    expect(tally.problems).toHaveLength(PROBLEM_LIMIT);
    expect(tally.problemCount).toBe(150);
  });

  it('formats file:line: field, value, reason', () => {
    expect(formatRowProblem({ file: 'orders.csv', line: 7, field: 'Lineitem quantity', value: 'two', reason: 'not a whole number' }))
      .toBe('orders.csv:7: Lineitem quantity, "two", not a whole number');
  });
});
