// Cycle counting: `binsPerDay` bins counted at even intervals round the clock. 'random' counts a
// uniformly drawn SKU's bin each time. 'abc' ranks SKUs by popularity into A (top 20 %), B (next
// 30 %) and C (the rest) and counts A items `weights.a` times as often as C items: each count
// picks a class with probability proportional to (class size x weight) and takes that class's
// next SKU in turn, so every item of a class is counted before any is counted twice.
import type { RandomStream, Simulation } from '../../sim/index.js';
import { SECONDS_PER_DAY, type WarehouseConfig } from '../config.js';
import { rankByPopularity } from './slotting.js';

const defaults = {
  /** Cumulative shares of the SKU ranking that end classes A and B. */
  classEnds: [0.2, 0.5],
  /** Relative count frequency per item of classes A, B, C. */
  weights: [4, 2, 1],
};

export type CycleCountConfig = WarehouseConfig['cycleCount'];

/** Chooses which SKU's bin to count next and counts on a schedule. */
export class CycleCounter {
  private readonly classes: Int32Array[];
  private readonly classNext: number[];
  private readonly classCumulative: number[];
  private readonly intervalSeconds: number;
  private readonly skuCount: number;

  constructor(
    private readonly sim: Simulation,
    private readonly config: CycleCountConfig,
    popularity: Float64Array,
    private readonly random: RandomStream,
    private readonly count: (sku: number) => void,
    label = 'cycleCount',
  ) {
    if (!(Number.isFinite(config.binsPerDay) && config.binsPerDay >= 0)) {
      throw new RangeError(`${label}: binsPerDay must be >= 0 and finite, got ${config.binsPerDay}`);
    }
    if (config.method !== 'random' && config.method !== 'abc') {
      throw new RangeError(`${label}: method must be random or abc, got ${JSON.stringify(config.method)}`);
    }
    this.intervalSeconds = config.binsPerDay > 0 ? SECONDS_PER_DAY / config.binsPerDay : Infinity;
    this.skuCount = popularity.length;
    this.classes = abcClasses(popularity);
    this.classNext = this.classes.map(() => 0);
    let total = 0;
    this.classCumulative = this.classes.map((members, i) => (total += members.length * defaults.weights[i]!));
  }

  /** Schedules the counts (none when binsPerDay is 0 or the catalogue is empty). */
  start(): void {
    if (this.intervalSeconds < Infinity && this.classCumulative[2]! > 0) this.sim.schedule(this.intervalSeconds, () => this.tick());
  }

  /** The SKU whose bin is counted next (draws from the stream). */
  nextSku(): number {
    const all = this.classCumulative[2]!;
    if (this.config.method === 'random') return this.random.index(this.skuCount);
    const u = this.random.random() * all;
    let k = 0;
    while (k < 2 && u >= this.classCumulative[k]!) k++;
    const members = this.classes[k]!;
    const sku = members[this.classNext[k]!]!;
    this.classNext[k] = (this.classNext[k]! + 1) % members.length;
    return sku;
  }

  private tick(): void {
    this.count(this.nextSku());
    this.sim.schedule(this.intervalSeconds, () => this.tick());
  }
}

/** SKU indices of classes A, B and C, each most popular first. */
export function abcClasses(popularity: Float64Array): Int32Array[] {
  const n = popularity.length;
  const ranked = new Int32Array(n);
  for (let s = 0; s < n; s++) ranked[s] = s;
  rankByPopularity(ranked, popularity);
  const endA = Math.round(n * defaults.classEnds[0]!);
  const endB = Math.round(n * defaults.classEnds[1]!);
  return [ranked.slice(0, endA), ranked.slice(endA, endB), ranked.slice(endB)];
}
