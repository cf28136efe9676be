// What every agent is given: the clock, the bus, random streams, the catalogue, the metrics and
// id sources. Agents never create their own randomness or ids.
import { MessageBus, RandomStreams, Simulation, type TraceSink } from '../sim/index.js';
import { Catalog } from './catalog.js';
import type { ScenarioConfig } from './config.js';
import type { BatonBus, MessagePayloads } from './messages.js';
import { Metrics } from './metrics.js';
import { ZoneTable } from './economics/zones.js';
import { builtInPolicies, type PolicyRegistries } from './policies.js';
import type { BatonTrace } from './trace.js';

/** Per-run id counters (never module-level), so ids depend only on the run. */
export class IdSource {
  // One mutable counter per kind, so an id costs one map lookup (orders and fulfilments take one each).
  private counters = new Map<string, { last: number }>();
  /** The next id of a kind: 1, 2, 3... */
  next(kind: string): number {
    let counter = this.counters.get(kind);
    if (counter === undefined) {
      counter = { last: 0 };
      this.counters.set(kind, counter);
    }
    return ++counter.last;
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
  /** The OMS routing and pick-path policies this run may name (the built-ins unless a loader gave more). */
  policies: PolicyRegistries;
  /** Zone tables built once per run (agents build their own from config when absent). */
  zones?: ZoneTable;
  /** Emits a trace record when tracing is on (check `tracing` first on hot paths). */
  trace(record: BatonTrace): void;
  /** Whether agents build trace records; `stopTracing` turns it off for the rest of the run. */
  tracing: boolean;
  /** What the visuals gather over a whole run without the trace; null when nobody asks. */
  observer: RunObserver | null;
}

/** Cheap hooks for run-long visuals (called whether or not the trace is on). */
export interface RunObserver {
  /** An order's last parcel left, `cycleSeconds` after the channel accepted it. */
  orderCompleted(cycleSeconds: number): void;
  /** A worker finished a pick round at `time` over these bin addresses. */
  pickCompleted(warehouse: string, time: number, bins: string[]): void;
}

/** Ends tracing for the rest of the run: agents and the bus stop building records (results are unaffected). */
export function stopTracing(ctx: AgentContext): void {
  ctx.tracing = false;
  ctx.trace = () => {};
  ctx.sim.tracer = null;
}

/** What a context is built with besides the scenario. */
export interface AgentContextOptions {
  /** Receives the simulation's own records (bus sends, deliveries, losses); none by default. */
  simTracer?: TraceSink<any> | null;
  /** Receives every agent trace record; tracing is on exactly when this is given. */
  trace?: ((record: BatonTrace) => void) | null;
  /** Run-long hooks for the visuals. */
  observer?: RunObserver | null;
  /** The policies the scenario may name; the built-ins by default. */
  policies?: PolicyRegistries;
}

/** Link randomness comes from the run's stream `bus.<from>-><to>`: adding a link never shifts another. */
const busStreamName = (link: string): string => `bus.${link}`;

/**
 * The one place a run's context is built (runs, demos, tests, benchmarks alike): a new clock, random
 * streams rooted at the scenario's seed, a bus drawing each link's randomness from its named stream,
 * the catalogue, fresh metrics and per-run id counters.
 */
export function createAgentContext(config: ScenarioConfig, options: AgentContextOptions = {}): AgentContext {
  const sim = new Simulation({ tracer: options.simTracer ?? null });
  const rng = new RandomStreams(config.seed);
  const trace = options.trace ?? null;
  return {
    sim,
    bus: new MessageBus<MessagePayloads>(sim, (link) => rng.stream(busStreamName(link))),
    rng,
    catalog: new Catalog(config.catalog),
    metrics: new Metrics(),
    config,
    ids: new IdSource(),
    policies: options.policies ?? builtInPolicies,
    zones: new ZoneTable(config),
    tracing: trace !== null,
    trace: trace ?? (() => {}),
    observer: options.observer ?? null,
  };
}
