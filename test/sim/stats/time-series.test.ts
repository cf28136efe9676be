import { describe, expect, it } from 'vitest';
import { TimeSeries } from '../../../sim/stats/time-series.js';

describe('TimeSeries', () => {
  it('keeps the last value recorded in each step, labelled by the step start', () => {
    const series = new TimeSeries({ stepSeconds: 60 });
    series.record(5, 1);
    series.record(59, 2);
    series.record(60, 3);
    series.record(119.5, 4);
    expect(series.points()).toEqual([
      { time: 0, value: 2 },
      { time: 60, value: 4 },
    ]);
  });

  it('carries the last value through steps without records', () => {
    const series = new TimeSeries({ stepSeconds: 10 });
    series.record(15, 7);
    series.record(42, 9);
    expect(series.points()).toEqual([
      { time: 10, value: 7 },
      { time: 20, value: 7 },
      { time: 30, value: 7 },
      { time: 40, value: 9 },
    ]);
    expect(series.length).toBe(4);
  });

  it('measures steps from startTime', () => {
    const series = new TimeSeries({ stepSeconds: 3600, startTime: 1800 });
    series.record(1800, 1);
    series.record(5400, 2);
    expect(series.points()).toEqual([
      { time: 1800, value: 1 },
      { time: 5400, value: 2 },
    ]);
  });

  it('is empty before any record', () => {
    expect(new TimeSeries({ stepSeconds: 1 }).points()).toEqual([]);
  });

  it('rejects a bad step, time going backwards and non-finite values, naming them', () => {
    expect(() => new TimeSeries({ stepSeconds: -1 })).toThrowError('TimeSeries: stepSeconds must be > 0 and finite, got -1');
    const series = new TimeSeries({ stepSeconds: 10 });
    series.record(30, 1);
    expect(() => series.record(20, 1)).toThrowError(RangeError);
    expect(() => series.record(20, 1)).toThrowError('TimeSeries.record: time must be finite and >= 30, got 20');
    expect(() => series.record(40, NaN)).toThrowError('TimeSeries.record: value must be finite, got NaN');
  });
});
