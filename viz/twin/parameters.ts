// The main knobs of the web twin applied to a scenario document (before validation): channel sync
// interval, ownership mode, OMS and pick routing policies, number of channels, fault rates, seed and
// horizon. Only the knobs given are changed; the document itself is never mutated.
import { defaultChannel, defaultOms, defaultWarehouse, noFaults } from '../../models/defaults.js';

const extraChannelNames = ['amazon', 'shopify', 'ebay', 'walmart', 'wholesale', 'etsy', 'tiktok', 'zalando'];
const limits = { channels: 8 };

/** Fault rates the twin exposes (the scenario file's `faults` keys). */
export const faultKeys = ['misPickProbability', 'shrinkUnitsPerDayPerWarehouse', 'damageProbabilityPerPick', 'misScanProbabilityPerReceipt', 'workerAbsenceProbability'] as const;
export type FaultKey = (typeof faultKeys)[number];

export const ownershipModes = ['clean', 'no-oms', 'erp-own-count'] as const;
export type OwnershipMode = (typeof ownershipModes)[number];

/** The knobs; an absent knob keeps the scenario's own value. */
export interface TwinParameters {
  seed?: number;
  days?: number;
  /** Applied to every channel. */
  syncIntervalSeconds?: number;
  ownership?: OwnershipMode;
  omsRoutingPolicy?: string;
  /** Applied to every warehouse. */
  pickRoutingPolicy?: string;
  /** Keeps the first n channels, or adds copies of the last one under new names. */
  channels?: number;
  faults?: Partial<Record<FaultKey, number>>;
  /** Loss probability on every link between agents. */
  messageLossProbability?: number;
}

type Doc = Record<string, any>;

/** Every knob's value (what a scenario says, or the models' default). */
export type TwinKnobValues = Required<Omit<TwinParameters, 'faults'>> & { faults: Record<FaultKey, number> };

/** The knobs' current values in a scenario document, with the models' defaults where it is silent. */
export function parametersOf(document: unknown): TwinKnobValues {
  const doc = asDoc(document);
  const channels: Doc[] = Array.isArray(doc.channels) ? doc.channels : [];
  const warehouses: Doc[] = Array.isArray(doc.warehouses) ? doc.warehouses : [];
  const ownership = Array.isArray(doc.ownership) ? doc.ownership[0] : doc.ownership;
  const links: Doc[] = Array.isArray(doc.links) ? doc.links : [];
  return {
    seed: typeof doc.seed === 'number' ? doc.seed : 1,
    days: typeof doc.horizonDays === 'number' ? doc.horizonDays : 1,
    syncIntervalSeconds: channels[0]?.syncIntervalSeconds ?? defaultChannel('').syncIntervalSeconds,
    ownership: ownershipModes.includes(ownership) ? ownership : 'clean',
    omsRoutingPolicy: doc.oms?.routingPolicy ?? defaultOms.routingPolicy,
    pickRoutingPolicy: warehouses[0]?.routingPolicy ?? defaultWarehouse('').routingPolicy,
    channels: channels.length,
    faults: Object.fromEntries(faultKeys.map((k) => [k, doc.faults?.[k] ?? noFaults[k]])) as Record<FaultKey, number>,
    messageLossProbability: Math.max(0, ...links.map((l) => (typeof l.lossProbability === 'number' ? l.lossProbability : 0))),
  };
}

/** A copy of the document with the given knobs applied; throws a RangeError naming a bad knob value. */
export function applyParameters(document: unknown, parameters: TwinParameters): unknown {
  const doc: Doc = structuredClone(asDoc(document));
  const p = parameters;
  if (p.seed !== undefined) doc.seed = p.seed;
  if (p.days !== undefined) doc.horizonDays = p.days;
  if (p.ownership !== undefined) doc.ownership = p.ownership;
  if (p.omsRoutingPolicy !== undefined) doc.oms = { ...(doc.oms ?? {}), routingPolicy: p.omsRoutingPolicy };
  if (p.pickRoutingPolicy !== undefined && Array.isArray(doc.warehouses)) for (const w of doc.warehouses) w.routingPolicy = p.pickRoutingPolicy;
  if (p.channels !== undefined) resizeChannels(doc, p.channels);
  if (p.syncIntervalSeconds !== undefined && Array.isArray(doc.channels)) for (const c of doc.channels) c.syncIntervalSeconds = p.syncIntervalSeconds;
  if (p.faults !== undefined) {
    const given = Object.entries(p.faults).filter(([, v]) => v !== undefined);
    doc.faults = { ...(doc.faults ?? {}), ...Object.fromEntries(given) };
  }
  if (p.messageLossProbability !== undefined) {
    const links: Doc[] = Array.isArray(doc.links) ? doc.links : [];
    // Keep each link's latency; only its reliability changes (a later entry overrides an earlier one).
    doc.links = links.length > 0 ? links.map((l) => ({ ...l, lossProbability: p.messageLossProbability })) : [{ from: '*', to: '*', lossProbability: p.messageLossProbability }];
  }
  return doc;
}

function resizeChannels(doc: Doc, count: number): void {
  if (!Number.isInteger(count) || count < 1 || count > limits.channels) throw new RangeError(`number of channels must be an integer in 1..${limits.channels}, got ${count}`);
  const channels: Doc[] = Array.isArray(doc.channels) ? doc.channels : [];
  if (channels.length === 0) throw new RangeError('the scenario has no channel to copy');
  if (count <= channels.length) {
    const kept = new Set(channels.slice(0, count).map((c) => c.name));
    doc.channels = channels.slice(0, count);
    if (doc.scripted?.orders) doc.scripted.orders = doc.scripted.orders.filter((o: Doc) => kept.has(o.channel));
    if (Array.isArray(doc.links)) doc.links = doc.links.filter((l: Doc) => [l.from, l.to].every((end: string) => !end.startsWith('channel:') || end === 'channel:*' || kept.has(end.slice(8))));
    return;
  }
  const used = new Set(channels.map((c) => c.name));
  const template = channels[channels.length - 1]!;
  const added: Doc[] = [];
  for (let i = channels.length; i < count; i++) {
    const name = extraChannelNames.find((n) => !used.has(n)) ?? `channel-${i + 1}`;
    used.add(name);
    added.push({ ...structuredClone(template), name });
  }
  doc.channels = [...channels, ...added];
}

function asDoc(document: unknown): Doc {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) throw new RangeError('a scenario document must be a JSON object');
  return document as Doc;
}
