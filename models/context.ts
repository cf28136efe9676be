// What every agent is given: the clock, the bus, random streams, the catalogue, the metrics and
// id sources. Agents never create their own randomness or ids.
import type { RandomStreams, Simulation } from '../sim/index.js';
import type { Catalog } from './catalog.js';
import type { ScenarioConfig } from './config.js';
import type { BatonBus } from './messages.js';
import type { Metrics } from './metrics.js';
import type { BatonTrace } from './trace.js';

/** Per-run id counters (never module-level), so ids depend only on the run. */
export class IdSource {
  private counters = new Map<string, number>();
  /** The next id of a kind: 1, 2, 3... */
  next(kind: string): number {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return n;
  }
}

export interface AgentContext {
  sim: Simulation;
  bus: BatonBus;
  rng: RandomStreams;
  catalog: Catalog;
  metrics: Metrics;
  config: ScenarioConfig;
  ids: IdSource;
  /** Emits a trace record when tracing is on (check `tracing` first on hot paths). */
  trace(record: BatonTrace): void;
  tracing: boolean;
}
