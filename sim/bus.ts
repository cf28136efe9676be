// The message bus between named agents. Integration lives here, and so do its faults: each
// directed link has latency, jitter, loss, duplication, optional reordering and outage windows.
// Every message gets an id issued by the bus, so receivers can be idempotent.
import { NORMAL } from './event.js';
import { CALL } from './event-queue.js';
import type { Simulation } from './simulation.js';

/** One message of type `T` in flight or delivered; `id` is unique within the simulation. */
export interface Envelope<T extends string = string, P = unknown> {
  id: number;
  from: string;
  to: string;
  type: T;
  payload: P;
  sentAt: number;
}

/**
 * Every message a payload map allows (`{ 'a.b': { n: number }, ... }`), as a union discriminated by
 * `type`: a receiver that switches on `message.type` gets the payload typed, without casts.
 */
export type Message<Payloads extends object = Record<string, unknown>> = {
  [K in keyof Payloads & string]: Envelope<K, Payloads[K]>;
}[keyof Payloads & string];

/** A window [startSeconds, endSeconds) during which the link is down. */
export interface OutageWindow {
  startSeconds: number;
  endSeconds: number;
}

/** How one directed link behaves. */
export interface LinkOptions {
  latencySeconds: number;
  /** Extra delay drawn uniformly from [0, jitterSeconds). */
  jitterSeconds: number;
  lossProbability: number;
  duplicateProbability: number;
  /** When false (default) a link delivers in send order (jitter cannot overtake); when true it may reorder. */
  reorder: boolean;
  outages: OutageWindow[];
  /** What a message sent during an outage suffers: held and delivered after it ends, or dropped. */
  outageMode: 'hold' | 'drop';
}

// Every link's options are built here, so they all share one object shape and the send path sees
// a single shape (two shapes would each deoptimize it once).
function linkOptions(o: LinkOptions): LinkOptions {
  return {
    latencySeconds: o.latencySeconds,
    jitterSeconds: o.jitterSeconds,
    lossProbability: o.lossProbability,
    duplicateProbability: o.duplicateProbability,
    reorder: o.reorder,
    outages: o.outages,
    outageMode: o.outageMode,
  };
}

export const defaultLink: LinkOptions = linkOptions({
  latencySeconds: 0,
  jitterSeconds: 0,
  lossProbability: 0,
  duplicateProbability: 0,
  reorder: false,
  outages: [],
  outageMode: 'hold',
});

/** A source of uniform draws in [0, 1); each link gets its own so links never shift each other. */
export interface UniformSource {
  random(): number;
}

/** Per-link counters. */
export interface LinkStats {
  sent: number;
  delivered: number;
  lost: number;
  duplicated: number;
  held: number;
}

/** Receives every message addressed to one agent. */
export type MessageHandler<Payloads extends object = Record<string, unknown>> = (message: Message<Payloads>) => void;

type AnyEnvelope = Envelope<string, unknown>;
type AnyHandler = (message: AnyEnvelope) => void;

interface Link {
  name: string;
  options: LinkOptions;
  random: UniformSource | null;
  lastDeliveryAt: number;
  stats: LinkStats;
  /** The receiver's handler, looked up at the first delivery (agents may register after sending starts). */
  handler: AnyHandler | null;
  /**
   * Messages in flight on an in-order link, oldest first (a ring buffer), with the time and queue seq
   * of each one's delivery. Deliveries are at non-decreasing times with increasing seqs, so only the
   * head's is queued (under the seq reserved when it was sent, so it pops exactly where an entry per
   * message would have); delivering it queues the next. A burst of thousands of parcels thus costs
   * the event queue one entry per link, not one per message, and no closure.
   */
  inFlight: AnyEnvelope[];
  inFlightTimes: Float64Array;
  inFlightSeqs: Float64Array;
  inFlightHead: number;
  inFlightCount: number;
  /** Delivers the head of `inFlight`; made once per link. */
  deliverNext: () => void;
}

const defaults = {
  // Small on purpose (a power of two): rings then grow in the first minutes of a run, before the
  // send path is optimized, instead of deoptimizing it at the first burst of parcels hours later.
  inFlightCapacity: 2,
};

/** Routes messages between registered agents over configured links; `Payloads` maps each type to its payload. */
export class MessageBus<Payloads extends object = Record<string, unknown>> {
  private readonly handlers = new Map<string, AnyHandler>();
  private readonly links = new Map<string, Map<string, Link>>();
  private nextId = 1;

  constructor(
    private readonly sim: Simulation,
    private readonly streamFor: (linkName: string) => UniformSource = noRandomness,
  ) {}

  /** Registers the agent that receives messages addressed to `agent`. */
  register(agent: string, handler: MessageHandler<Payloads>): void {
    if (this.handlers.has(agent)) throw new Error(`bus: agent "${agent}" is already registered`);
    this.handlers.set(agent, handler as unknown as AnyHandler);
  }

  /** Configures the directed link from -> to (unconfigured links are instant and reliable). */
  link(from: string, to: string, options: Partial<LinkOptions> = {}): void {
    const merged = linkOptions({ ...defaultLink, ...options, outages: [...(options.outages ?? [])] });
    checkLink(`${from}->${to}`, merged);
    merged.outages.sort((a, b) => a.startSeconds - b.startSeconds);
    const link = this.getLink(from, to);
    link.options = merged;
    const needsRandom = merged.jitterSeconds > 0 || merged.lossProbability > 0 || merged.duplicateProbability > 0;
    link.random = needsRandom ? this.streamFor(link.name) : null;
  }

  /** Counters of the directed link from -> to. */
  statsOf(from: string, to: string): LinkStats {
    return this.getLink(from, to).stats;
  }

  /** Counters summed over every link. */
  totals(): LinkStats {
    const total: LinkStats = { sent: 0, delivered: 0, lost: 0, duplicated: 0, held: 0 };
    for (const byTarget of this.links.values()) {
      for (const { stats } of byTarget.values()) {
        total.sent += stats.sent;
        total.delivered += stats.delivered;
        total.lost += stats.lost;
        total.duplicated += stats.duplicated;
        total.held += stats.held;
      }
    }
    return total;
  }

  /** Sends a message; returns it (with its id) whether or not it will arrive. */
  send<K extends keyof Payloads & string>(from: string, to: string, type: K, payload: Payloads[K]): Envelope<K, Payloads[K]> {
    const message: Envelope<K, Payloads[K]> = { id: this.nextId++, from, to, type, payload, sentAt: this.sim.now };
    const link = this.getLink(from, to);
    const { options, random, stats } = link;
    stats.sent++;
    const tracer = this.sim.tracer;
    if (tracer !== null) tracer.emit({ time: this.sim.now, kind: 'bus.message.sent', id: message.id, from, to, type } );
    if (random !== null && options.lossProbability > 0 && random.random() < options.lossProbability) {
      this.lose(link, message, 'loss');
      return message;
    }
    let departAt = this.sim.now;
    const outage = outageAt(options.outages, departAt);
    if (outage !== null) {
      if (options.outageMode === 'drop') {
        this.lose(link, message, 'outage');
        return message;
      }
      stats.held++;
      departAt = outage.endSeconds;
    }
    this.deliverAt(link, message, departAt + this.delay(link));
    if (random !== null && options.duplicateProbability > 0 && random.random() < options.duplicateProbability) {
      stats.duplicated++;
      this.deliverAt(link, message, departAt + this.delay(link));
    }
    return message;
  }

  private delay(link: Link): number {
    const { latencySeconds, jitterSeconds } = link.options;
    return jitterSeconds > 0 ? latencySeconds + link.random!.random() * jitterSeconds : latencySeconds;
  }

  private deliverAt(link: Link, message: AnyEnvelope, time: number): void {
    if (link.options.reorder) {
      this.sim.scheduleAt(time, () => this.deliver(link, message));
      return;
    }
    const at = time < link.lastDeliveryAt ? link.lastDeliveryAt : time;
    link.lastDeliveryAt = at;
    const seq = this.sim._reserveSeq();
    pushInFlight(link, message, at, seq);
    if (link.inFlightCount === 1) this.sim._scheduleReserved(at, NORMAL, seq, CALL, link.deliverNext);
  }

  private deliverHead(link: Link): void {
    const head = link.inFlightHead;
    const message = link.inFlight[head]!;
    link.inFlight[head] = undefined as unknown as AnyEnvelope;
    const next = (head + 1) & (link.inFlight.length - 1);
    link.inFlightHead = next;
    link.inFlightCount--;
    if (link.inFlightCount > 0) this.sim._scheduleReserved(link.inFlightTimes[next]!, NORMAL, link.inFlightSeqs[next]!, CALL, link.deliverNext);
    this.deliver(link, message);
  }

  private deliver(link: Link, message: AnyEnvelope): void {
    let handler = link.handler;
    if (handler === null) {
      handler = this.handlers.get(message.to) ?? null;
      if (handler === null) throw new Error(`bus: no agent registered as "${message.to}" (message ${message.id} ${message.type} from ${message.from})`);
      link.handler = handler;
    }
    link.stats.delivered++;
    const tracer = this.sim.tracer;
    if (tracer !== null) {
      tracer.emit({ time: this.sim.now, kind: 'bus.message.delivered', id: message.id, from: message.from, to: message.to, type: message.type } );
    }
    handler(message);
  }

  private lose(link: Link, message: AnyEnvelope, reason: 'loss' | 'outage'): void {
    link.stats.lost++;
    const tracer = this.sim.tracer;
    if (tracer !== null) {
      tracer.emit({ time: this.sim.now, kind: 'bus.message.lost', id: message.id, from: message.from, to: message.to, type: message.type, reason } );
    }
  }

  private getLink(from: string, to: string): Link {
    // Two-level lookup: no string building on the hot path of every send.
    let byTarget = this.links.get(from);
    if (byTarget === undefined) {
      byTarget = new Map();
      this.links.set(from, byTarget);
    }
    let link = byTarget.get(to);
    if (link === undefined) {
      const name = `${from}->${to}`;
      const created: Link = {
        name, options: defaultLink, random: null, lastDeliveryAt: -Infinity, stats: { sent: 0, delivered: 0, lost: 0, duplicated: 0, held: 0 },
        handler: null, inFlight: emptyRing(defaults.inFlightCapacity), inFlightTimes: new Float64Array(defaults.inFlightCapacity),
        inFlightSeqs: new Float64Array(defaults.inFlightCapacity), inFlightHead: 0, inFlightCount: 0, deliverNext: () => this.deliverHead(created),
      };
      link = created;
      byTarget.set(to, link);
    }
    return link;
  }
}

// A ring of n empty slots, built by push: a large `new Array(n)` would deoptimize the send path.
function emptyRing(n: number): AnyEnvelope[] {
  const ring: AnyEnvelope[] = [];
  for (let i = 0; i < n; i++) ring.push(undefined as unknown as AnyEnvelope);
  return ring;
}

// Appends to the link's ring of in-flight messages (with its delivery time and seq), doubling the
// ring (oldest first) when full.
function pushInFlight(link: Link, message: AnyEnvelope, time: number, seq: number): void {
  let ring = link.inFlight;
  if (link.inFlightCount === ring.length) {
    const capacity = ring.length * 2;
    const grown = emptyRing(capacity);
    const times = new Float64Array(capacity);
    const seqs = new Float64Array(capacity);
    for (let i = 0; i < link.inFlightCount; i++) {
      const from = (link.inFlightHead + i) & (ring.length - 1);
      grown[i] = ring[from]!;
      times[i] = link.inFlightTimes[from]!;
      seqs[i] = link.inFlightSeqs[from]!;
    }
    link.inFlight = ring = grown;
    link.inFlightTimes = times;
    link.inFlightSeqs = seqs;
    link.inFlightHead = 0;
  }
  const at = (link.inFlightHead + link.inFlightCount) & (ring.length - 1);
  ring[at] = message;
  link.inFlightTimes[at] = time;
  link.inFlightSeqs[at] = seq;
  link.inFlightCount++;
}

const noRandomness = (linkName: string): UniformSource => {
  throw new Error(`bus: link ${linkName} has random faults but the bus was created without random streams`);
};

function outageAt(outages: OutageWindow[], time: number): OutageWindow | null {
  for (let i = 0; i < outages.length; i++) {
    const outage = outages[i]!;
    if (time < outage.startSeconds) return null;
    if (time < outage.endSeconds) return outage;
  }
  return null;
}

function checkLink(name: string, options: LinkOptions): void {
  const nonNegative = (field: keyof LinkOptions, value: number) => {
    if (!(value >= 0 && value < Infinity)) throw new RangeError(`bus link ${name}: ${field} must be finite and >= 0, got ${value}`);
  };
  nonNegative('latencySeconds', options.latencySeconds);
  nonNegative('jitterSeconds', options.jitterSeconds);
  for (const field of ['lossProbability', 'duplicateProbability'] as const) {
    const p = options[field];
    if (!(p >= 0 && p <= 1)) throw new RangeError(`bus link ${name}: ${field} must be within [0, 1], got ${p}`);
  }
  for (const outage of options.outages) {
    if (!(outage.startSeconds >= 0 && outage.endSeconds > outage.startSeconds && outage.endSeconds < Infinity)) {
      throw new RangeError(`bus link ${name}: outage window [${outage.startSeconds}, ${outage.endSeconds}) must satisfy 0 <= start < end < Infinity`);
    }
  }
}
