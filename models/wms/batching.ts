// Batching: how fulfillments become pick tasks.
// - 'single': every order is its own tour.
// - 'batch': tours of `batchSize` orders; a full batch is released at once, and a partial batch is
//   released when a worker would otherwise stand idle (`releasePartial`), so batching never
//   leaves labour unused while orders wait.
// - 'wave': orders collect until the next multiple of `waveIntervalSeconds` on the clock, then the
//   whole wave is released as tours of up to `batchSize` orders, in arrival order.
import type { Simulation } from '../../sim/index.js';
import type { WarehouseConfig } from '../config.js';
import type { Fulfillment } from './pick-task.js';

export type BatchingConfig = WarehouseConfig['batching'];

/** Groups arriving fulfillments into tours and hands each tour to `release`. */
export class Batcher {
  private open: Fulfillment[] = [];
  private waveScheduled = false;

  constructor(
    private readonly sim: Simulation,
    private readonly config: BatchingConfig,
    private readonly release: (fulfillments: Fulfillment[]) => void,
    label = 'batching',
  ) {
    const { mode, batchSize, waveIntervalSeconds } = config;
    if (mode !== 'single' && mode !== 'batch' && mode !== 'wave') {
      throw new RangeError(`${label}: mode must be single, batch or wave, got ${JSON.stringify(mode)}`);
    }
    if (mode !== 'single' && !(Number.isInteger(batchSize) && batchSize >= 1)) {
      throw new RangeError(`${label}: batchSize must be an integer >= 1, got ${batchSize}`);
    }
    if (mode === 'wave' && !(waveIntervalSeconds > 0 && waveIntervalSeconds < Infinity)) {
      throw new RangeError(`${label}: waveIntervalSeconds must be > 0 and finite, got ${waveIntervalSeconds}`);
    }
  }

  /** Takes one fulfillment; may release a tour now (single, full batch) or later (wave). */
  add(f: Fulfillment): void {
    const mode = this.config.mode;
    if (mode === 'single') {
      this.release([f]);
      return;
    }
    this.open.push(f);
    if (mode === 'batch') {
      if (this.open.length >= this.config.batchSize) this.flush();
      return;
    }
    if (!this.waveScheduled) {
      this.waveScheduled = true;
      const interval = this.config.waveIntervalSeconds;
      const waveAt = (Math.floor(this.sim.now / interval) + 1) * interval;
      this.sim.scheduleAt(waveAt, () => this.releaseWave());
    }
  }

  /** In batch mode, releases the open partial batch; true if one was released. */
  releasePartial(): boolean {
    if (this.config.mode !== 'batch' || this.open.length === 0) return false;
    this.flush();
    return true;
  }

  /** Fulfillments held in an open batch or wave. */
  get waiting(): number {
    return this.open.length;
  }

  private flush(): void {
    const batch = this.open;
    this.open = [];
    this.release(batch);
  }

  private releaseWave(): void {
    this.waveScheduled = false;
    const wave = this.open;
    this.open = [];
    const size = this.config.batchSize;
    for (let i = 0; i < wave.length; i += size) this.release(wave.slice(i, i + size));
  }
}
