import { describe, expect, it } from 'vitest';
import { axisScale, lineRows, metricLineChart, numericKnob } from '../../../viz/charts/index.js';
import { sweepSummary } from '../support/fixtures.js';

describe('metric lines', () => {
  it('finds the numeric knob and reads seconds in minutes', () => {
    expect(numericKnob(sweepSummary())).toBe('channels[*].syncIntervalSeconds');
    expect(axisScale('channels[*].syncIntervalSeconds')).toEqual({ factor: 1 / 60, label: 'syncInterval (min)' });
    expect(axisScale('erp.purchasing.reorderPointUnits')).toEqual({ factor: 1, label: 'reorderPointUnits' });
    const categorical = sweepSummary();
    categorical.points = categorical.points.map((p) => ({ ...p, parameters: { ownership: p.parameters.ownership } }));
    expect(numericKnob(categorical)).toBeNull();
  });

  it('gives one line per ownership mode with the summary\'s means and intervals', () => {
    // The fixture's points: (300 s, clean) 0.0004, (300 s, no-oms) 0.012, (1800 s, clean) 0.003, (1800 s, no-oms) 0.041.
    expect(lineRows(sweepSummary(), 'oversellRate', 'channels[*].syncIntervalSeconds')).toEqual([
      { x: 5, series: 'ownership=clean', mean: 0.0004, low: -0.000097, high: 0.000897 },
      { x: 30, series: 'ownership=clean', mean: 0.003, low: 0.00052, high: 0.00548 },
      { x: 5, series: 'ownership=no-oms', mean: 0.012, low: 0.00455, high: 0.01945 },
      { x: 30, series: 'ownership=no-oms', mean: 0.041, low: 0.0261, high: 0.0559 },
    ]);
    expect(() => lineRows(sweepSummary(), 'profit', 'channels[*].syncIntervalSeconds')).toThrow(/no metric "profit"/);
  });

  it('draws a band, a line and dots', () => {
    const chart = metricLineChart(sweepSummary(), 'oversellRate', 'channels[*].syncIntervalSeconds');
    expect(chart.marks).toHaveLength(3);
    expect(chart.x).toMatchObject({ label: 'syncInterval (min)' });
  });
});
