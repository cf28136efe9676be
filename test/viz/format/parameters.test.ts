import { describe, expect, it } from 'vitest';
import { formatParameterValue } from '../../../viz/format/index.js';

describe('formatParameterValue', () => {
  it('shows text bare, numbers and short JSON as JSON', () => {
    expect(formatParameterValue('no-oms')).toBe('no-oms');
    expect(formatParameterValue(300)).toBe('300');
    expect(formatParameterValue([11, 17])).toBe('[11,17]');
    expect(formatParameterValue(true)).toBe('true');
  });

  it('names the items of a list of named things, and cuts anything long to its size', () => {
    expect(formatParameterValue([{ name: 'amazon', demand: { ordersPerDay: 970 } }, { name: 'shopify' }])).toBe('amazon+shopify');
    expect(formatParameterValue(Array.from({ length: 30 }, (_, i) => i * 1000))).toBe('[30 items]');
    expect(formatParameterValue({ mode: 'batch', batchSize: 6, waveIntervalSeconds: 1800, extra: 'x'.repeat(20) })).toBe('{4 fields}');
  });
});
