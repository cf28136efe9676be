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

// Fills the slots of the open batch between batches (a value of the same kind as real entries).
const cleared = Object.freeze({}) as Fulfillment;

/** Groups arriving fulfillments into tours and hands each tour to `release`. */
export class Batcher {
  // The open batch or wave: open[0, openCount), in arrival order. Reused; each tour released gets
  // an array of its own of exactly its size (an array grown by push reserves room for many more).
  private readonly open: Fulfillment[] = [];
  private openCount = 0;
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
    if (this.openCount < this.open.length) this.open[this.openCount] = f;
    else this.open.push(f);
    this.openCount++;
    if (mode === 'batch') {
      if (this.openCount >= this.config.batchSize) this.flush();
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
    if (this.config.mode !== 'batch' || this.openCount === 0) return false;
    this.flush();
    return true;
  }

  /** Fulfillments held in an open batch or wave. */
  get waiting(): number {
    return this.openCount;
  }

  private flush(): void {
    const batch = this.takeOpen(0, this.openCount);
    this.clearOpen();
    this.release(batch);
  }

  private releaseWave(): void {
    this.waveScheduled = false;
    const count = this.openCount;
    const size = this.config.batchSize;
    const tours: Fulfillment[][] = [];
    for (let i = 0; i < count; i += size) tours.push(this.takeOpen(i, Math.min(count, i + size)));
    this.clearOpen();
    for (const tour of tours) this.release(tour);
  }

  // A new array of open[from, to) (a slice: exact size and no holes).
  private takeOpen(from: number, to: number): Fulfillment[] {
    return this.open.slice(from, to);
  }

  // Empties the open batch, dropping its references so released tours are not kept alive here.
  private clearOpen(): void {
    for (let i = 0; i < this.openCount; i++) this.open[i] = cleared;
    this.openCount = 0;
  }
}
