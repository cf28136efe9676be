import { describe, expect, it } from 'vitest';
import { intervalRows, metricIntervalChart, pointLabel, summaryMetrics } from '../../../viz/charts/metric-intervals.js';
import { sweepSummary } from '../support/fixtures.js';
import { snapshotOf } from '../support/snapshot-svg.js';

describe('metricIntervalChart', () => {
  it('labels a point by the last segment of each varied path', () => {
    expect(pointLabel({ index: 3, parameters: { 'channels[*].syncIntervalSeconds': 1800, ownership: 'no-oms' } })).toBe('#3 syncIntervalSeconds=1800 · ownership=no-oms');
  });

  it('reads mean and interval bounds per point', () => {
    const rows = intervalRows(sweepSummary(), 'oversellRate');
    expect(rows.map((r) => r.mean)).toEqual([0.0004, 0.012, 0.003, 0.041]);
    expect(rows[3]).toMatchObject({ low: 0.0261, high: 0.0559, n: 3 });
  });

  it('lists the metrics in the experiment order', () => {
    expect(summaryMetrics(sweepSummary())).toEqual(['oversellRate', 'driftRate']);
  });

  it('draws a point with one replication as a dot without an interval', () => {
    const summary = sweepSummary();
    summary.points[0]!.metrics.oversellRate = { n: 1, mean: 0.002, sd: null, halfWidth: null, low: null, high: null };
    const options = metricIntervalChart(summary, 'oversellRate');
    const rule = (options.marks as { data?: unknown[] }[])[1]!;
    expect(rule.data).toHaveLength(3);
  });

  it('names a metric the summary lacks', () => {
    expect(() => intervalRows(sweepSummary(), 'fillRate')).toThrow('point 0 of sync-small has no metric "fillRate"; it has oversellRate, driftRate');
  });

  it('matches the snapshot of oversell per point', async () => {
    const { markup, extension } = snapshotOf(metricIntervalChart(sweepSummary(), 'oversellRate'));
    await expect(markup).toMatchFileSnapshot(`../snapshots/intervals-oversell.${extension}`);
  });

  it('matches the snapshot of drift per point', async () => {
    const { markup, extension } = snapshotOf(metricIntervalChart(sweepSummary(), 'driftRate'));
    await expect(markup).toMatchFileSnapshot(`../snapshots/intervals-drift.${extension}`);
  });
});
