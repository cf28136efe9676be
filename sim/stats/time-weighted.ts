// Time-average of a piecewise-constant quantity (queue length, stock level, busy workers) in O(1) memory.

const defaults = {
  initialValue: 0,
  startTime: 0,
};

export interface TimeWeightedOptions {
  initialValue?: number;
  startTime?: number;
}

/** Integrates a step function of time; the caller passes the clock, so it works with any time source. */
export class TimeWeighted {
  readonly startTime: number;
  private current: number;
  private lastTime: number;
  // Integral of the value from startTime to lastTime.
  private area = 0;
  private highest: number;
  private lowest: number;

  constructor({ initialValue = defaults.initialValue, startTime = defaults.startTime }: TimeWeightedOptions = {}) {
    if (!Number.isFinite(initialValue)) throw new RangeError(`TimeWeighted: initialValue must be finite, got ${initialValue}`);
    if (!Number.isFinite(startTime)) throw new RangeError(`TimeWeighted: startTime must be finite, got ${startTime}`);
    this.startTime = startTime;
    this.lastTime = startTime;
    this.current = initialValue;
    this.highest = initialValue;
    this.lowest = initialValue;
  }

  /** The quantity becomes `value` at time `now` (which may not go back in time). */
  update(value: number, now: number): void {
    if (!Number.isFinite(value)) throw new RangeError(`TimeWeighted.update: value must be finite, got ${value}`);
    this.advance(now, 'update');
    this.current = value;
    if (value > this.highest) this.highest = value;
    if (value < this.lowest) this.lowest = value;
  }

  /** The quantity changes by `delta` at time `now`. */
  add(delta: number, now: number): void {
    this.update(this.current + delta, now);
  }

  /** The integral of the quantity over [startTime, now]. */
  integral(now: number): number {
    this.checkTime(now, 'integral');
    return this.area + this.current * (now - this.lastTime);
  }

  /** The time-average over [startTime, now]; the current value if no time has passed. */
  mean(now: number): number {
    const elapsed = now - this.startTime;
    const area = this.integral(now);
    return elapsed > 0 ? area / elapsed : this.current;
  }

  get value(): number {
    return this.current;
  }

  get max(): number {
    return this.highest;
  }

  get min(): number {
    return this.lowest;
  }

  private advance(now: number, method: string): void {
    this.checkTime(now, method);
    this.area += this.current * (now - this.lastTime);
    this.lastTime = now;
  }

  private checkTime(now: number, method: string): void {
    if (!(now >= this.lastTime && now < Infinity)) {
      throw new RangeError(`TimeWeighted.${method}: now must be finite and >= the last update time ${this.lastTime}, got ${now}`);
    }
  }
}
