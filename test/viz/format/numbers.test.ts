import { describe, expect, it } from 'vitest';
import { formatCents, formatClock, formatMetric, formatPlain, formatShare } from '../../../viz/format/index.js';

describe('number formatting', () => {
  it('prints integer cents as dollars with separators and sign', () => {
    expect(formatCents(2800)).toBe('$28.00');
    expect(formatCents(120400)).toBe('$1,204.00');
    expect(formatCents(-123456)).toBe('-$1,234.56');
    expect(formatCents(5)).toBe('$0.05');
  });

  it('prints shares as percentages and other numbers plainly', () => {
    expect(formatShare(1 / 6)).toBe('16.67%');
    expect(formatPlain(1234567)).toBe('1,234,567');
    expect(formatPlain(0.000555555)).toBe('0.0005556');
  });

  it('prints simulated seconds as a clock, with the day after the first', () => {
    expect(formatClock(36_002)).toBe('10:00:02');
    expect(formatClock(86_400 + 61_200)).toBe('d2 17:00:00');
  });

  it('formats each metric in the unit its name says', () => {
    expect(formatMetric('cogs', 2800)).toBe('$28.00');
    expect(formatMetric('oversellRate', 2 / 12)).toBe('16.67%');
    expect(formatMetric('cycleTimeP50', 25_200)).toBe('7.00 h');
    expect(formatMetric('oversoldOrders', 2)).toBe('2');
  });
});
