// Scenarios travel to queue workers by content, like policy files: the coordinator stores each
// validated scenario once in Redis under the SHA-256 of its canonical JSON and a job names the hash.
// So a point's replications (and equal points of later sweeps) share one copy, and a job stays a
// few hundred bytes however big its scenario is (an imported replay holds every order).
import { createHash } from 'node:crypto';
import type { ScenarioConfig } from '../../../models/config.js';
import { canonicalJson } from '../../result.js';

/** The Redis commands the store uses (an ioredis client satisfies it). */
export interface ScenarioStoreClient {
  set(key: string, value: string): Promise<unknown>;
  exists(key: string): Promise<number>;
  get(key: string): Promise<string | null>;
}

/** A scenario ready to store: its hash and its JSON. */
export interface StoredScenario {
  sha256: string;
  json: string;
}

const defaults = {
  /** Scenarios a worker keeps parsed (the replications of a point arrive close together). */
  cachedScenarios: 4,
};

const keyOf = (sha256: string) => `baton:scenario:${sha256}`;

/** The scenario's canonical JSON and its hash. */
export function storedScenario(config: ScenarioConfig): StoredScenario {
  const json = canonicalJson(config);
  return { sha256: createHash('sha256').update(json).digest('hex'), json };
}

/** Stores the scenario unless Redis has it already (again after a Redis restart lost it). */
export async function uploadScenario(client: ScenarioStoreClient, scenario: StoredScenario): Promise<void> {
  if ((await client.exists(keyOf(scenario.sha256))) === 0) await client.set(keyOf(scenario.sha256), scenario.json);
}

/** A worker's reader of stored scenarios: checks each against its hash and keeps the last few parsed. */
export class ScenarioCache {
  private readonly parsed = new Map<string, ScenarioConfig>();

  constructor(
    private readonly client: ScenarioStoreClient,
    private readonly capacity = defaults.cachedScenarios,
  ) {}

  /** The scenario stored under `sha256`; throws when it is missing (the coordinator stores it again) or altered. */
  async get(sha256: string): Promise<ScenarioConfig> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`malformed scenario reference ${JSON.stringify(sha256)}`);
    const hit = this.parsed.get(sha256);
    if (hit !== undefined) {
      // Most recently used last: Map keeps insertion order.
      this.parsed.delete(sha256);
      this.parsed.set(sha256, hit);
      return structuredClone(hit);
    }
    const json = await this.client.get(keyOf(sha256));
    if (json === null) throw new Error(`scenario ${sha256.slice(0, 12)} is not in the queue's store; the coordinator stores it again`);
    if (createHash('sha256').update(json).digest('hex') !== sha256) throw new Error(`scenario ${sha256.slice(0, 12)} does not match its hash`);
    const config = JSON.parse(json) as ScenarioConfig;
    this.parsed.set(sha256, config);
    if (this.parsed.size > this.capacity) this.parsed.delete(this.parsed.keys().next().value!);
    return structuredClone(config);
  }
}
