// A quantity sampled on a fixed time grid, for charts: one value per step, memory grows with the horizon only.

const defaults = {
  startTime: 0,
};

export interface TimeSeriesOptions {
  stepSeconds: number;
  startTime?: number;
}

export interface TimeSeriesPoint {
  /** Start of the step, in seconds. */
  time: number;
  value: number;
}

/**
 * The last value recorded in each step. A step with no record carries the previous step's value
 * forward (the quantity did not change); steps before the first record are absent.
 */
export class TimeSeries {
  readonly stepSeconds: number;
  readonly startTime: number;
  private readonly values: number[] = [];
  // Step index of values[0]; -1 until the first record.
  private firstStep = -1;
  private lastTime = -Infinity;

  constructor({ stepSeconds, startTime = defaults.startTime }: TimeSeriesOptions) {
    if (!(stepSeconds > 0 && stepSeconds < Infinity)) throw new RangeError(`TimeSeries: stepSeconds must be > 0 and finite, got ${stepSeconds}`);
    if (!Number.isFinite(startTime)) throw new RangeError(`TimeSeries: startTime must be finite, got ${startTime}`);
    this.stepSeconds = stepSeconds;
    this.startTime = startTime;
  }

  /** The quantity is `value` at `time`; times must not decrease and may not precede startTime. */
  record(time: number, value: number): void {
    if (!(time >= this.startTime && time >= this.lastTime && time < Infinity)) {
      throw new RangeError(
        `TimeSeries.record: time must be finite and >= ${Math.max(this.startTime, this.lastTime)}, got ${time}`,
      );
    }
    if (!Number.isFinite(value)) throw new RangeError(`TimeSeries.record: value must be finite, got ${value}`);
    this.lastTime = time;
    const step = Math.floor((time - this.startTime) / this.stepSeconds);
    if (this.firstStep < 0) this.firstStep = step;
    const index = step - this.firstStep;
    const values = this.values;
    if (values.length > 0) {
      const carried = values[values.length - 1]!;
      while (values.length < index) values.push(carried);
    }
    values[index] = value;
  }

  get length(): number {
    return this.values.length;
  }

  /** One point per step from the first recorded step to the last. */
  points(): TimeSeriesPoint[] {
    return this.values.map((value, i) => ({ time: this.startTime + (this.firstStep + i) * this.stepSeconds, value }));
  }
}
