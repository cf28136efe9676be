import { describe, expect, it } from 'vitest';
import { formatCents, formatClock, formatDuration, formatMetric, formatMetricDifference, formatMoney, formatPlain, formatRate, formatShare, metricUnit } from '../../../viz/format/index.js';

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
    expect(formatMetric('cycleTimeP50', 25_200)).toBe('7 h');
    expect(formatMetric('oversoldOrders', 2)).toBe('2');
    expect(formatMetric('oversellRate', 1 / 2_400)).toBe('1 in 2,400');
    expect(formatMetric('totalCost', 199_888_242)).toBe('$1,998,882');
    expect(formatMetric('pickTravelPerLine', 19.56)).toBe('19.56 m');
  });

  it('reads rare rates as 1 in N and durations in h/min', () => {
    expect(formatRate(0)).toBe('none');
    expect(formatRate(1 / 31_000)).toBe('1 in 31,000');
    expect(formatRate(0.05)).toBe('5.00%');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(750)).toBe('12.5 min');
    expect(formatDuration(26_695.4581)).toBe('7 h 25 min');
    expect(formatDuration(200_000)).toBe('2 d 8 h');
  });

  it('prints money in its currency, large sums in whole units', () => {
    expect(formatCents(1_200, 'EUR')).toBe('€12.00');
    expect(formatCents(1_200, 'CHF')).toBe('CHF 12.00');
    expect(formatMoney(124_000_49)).toBe('$124,000');
    expect(formatMoney(9_999)).toBe('$99.99');
    expect(formatMetricDifference('shippingCost', -1_372_102)).toBe('-$13,721');
    expect(formatMetricDifference('fillRate', 0.0123)).toBe('+1.23 pp');
    expect(metricUnit('shippingCost')).toBe('cents');
    expect(metricUnit('cycleTimeP95')).toBe('s');
  });
});
