// Simulated seconds shown as hours for short runs and as days for long ones, shared by the
// time-series charts so they label time the same way.

const defaults = { hoursUpToSeconds: 3 * 86_400 };

/** How a chart shows simulated time: the divisor from seconds and the axis label. */
export interface TimeUnit {
  divisor: number;
  label: string;
}

/** Hours when the last time is within three days, else days. */
export function timeUnitFor(times: readonly number[]): TimeUnit {
  const last = times.length > 0 ? times[times.length - 1]! : 0;
  return last <= defaults.hoursUpToSeconds ? { divisor: 3_600, label: 'simulated time (hours)' } : { divisor: 86_400, label: 'simulated time (days)' };
}
