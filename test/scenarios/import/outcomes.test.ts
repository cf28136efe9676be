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

describe('OutcomeTally problem order', () => {
  it('keeps the problems of the first rows whatever order the rows come in', () => {
    const problem = (line: number) => ({ file: 'f.csv', line, field: 'qty', value: 'x', reason: 'bad' });
    const inOrder = new OutcomeTally();
    const shuffled = new OutcomeTally();
    const seqs = Array.from({ length: 300 }, (_, i) => i);
    for (const seq of seqs) inOrder.add('rejected', problem(seq + 2), seq);
    // a fixed permutation: odd rows first (descending), then even rows
    const order = [...seqs.filter((s) => s % 2 === 1).reverse(), ...seqs.filter((s) => s % 2 === 0)];
    for (const seq of order) shuffled.add('rejected', problem(seq + 2), seq);
    expect(shuffled.problems).toEqual(inOrder.problems);
    expect(shuffled.problems.map((p) => p.line)).toEqual(Array.from({ length: PROBLEM_LIMIT }, (_, i) => i + 2));
    expect(shuffled.problemCount).toBe(300);
  });
});
