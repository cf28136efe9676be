// Scenarios stored once by content for queue workers: equal scenarios share a key whatever their key
// order, a stored scenario comes back equal and unshared, a missing or altered one is an error, and
// the worker's cache serves repeats without asking Redis again.
import { describe, expect, it } from 'vitest';
import type { ScenarioConfig } from '../../../../models/config.js';
import { ScenarioCache, storedScenario, uploadScenario, type ScenarioStoreClient } from '../../../../scenarios/experiment/queue/scenario-store.js';
import { loadScenario } from '../../../../scenarios/load.js';

/** An in-memory stand-in for the three Redis commands, counting reads. */
function memoryStore(): ScenarioStoreClient & { data: Map<string, string>; gets: number; sets: number } {
  const data = new Map<string, string>();
  return {
    data,
    gets: 0,
    sets: 0,
    async set(key, value) {
      this.sets++;
      data.set(key, value);
    },
    async exists(key) {
      return data.has(key) ? 1 : 0;
    },
    async get(key) {
      this.gets++;
      return data.get(key) ?? null;
    },
  };
}

describe('scenario store', () => {
  const config = loadScenario('seed-walkthrough');

  it('equal scenarios get one key whatever their key order; another scenario another key', () => {
    const reordered = Object.fromEntries(Object.entries(config).reverse()) as ScenarioConfig;
    expect(storedScenario(reordered).sha256).toBe(storedScenario(config).sha256);
    expect(storedScenario(config).sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(storedScenario({ ...config, seed: config.seed + 1 }).sha256).not.toBe(storedScenario(config).sha256);
  });

  it('is uploaded once, and a worker gets back an equal copy it may change', async () => {
    const store = memoryStore();
    const stored = storedScenario(config);
    await uploadScenario(store, stored);
    await uploadScenario(store, stored);
    expect(store.sets).toBe(1);
    const cache = new ScenarioCache(store);
    const first = await cache.get(stored.sha256);
    expect(first).toEqual(JSON.parse(JSON.stringify(config)));
    first.name = 'changed by a run';
    expect((await cache.get(stored.sha256)).name).toBe(config.name);
    expect(store.gets).toBe(1);
  });

  it('a missing, altered or malformed reference is an error, not a wrong run', async () => {
    const store = memoryStore();
    const stored = storedScenario(config);
    const cache = new ScenarioCache(store);
    await expect(cache.get(stored.sha256)).rejects.toThrow(/is not in the queue's store/);
    store.data.set(`baton:scenario:${stored.sha256}`, stored.json.replace('"seed":', '"seed":1'));
    await expect(cache.get(stored.sha256)).rejects.toThrow(/does not match its hash/);
    await expect(cache.get('../etc/passwd')).rejects.toThrow(/malformed scenario reference/);
  });

  it('keeps only the last few scenarios parsed', async () => {
    const store = memoryStore();
    const cache = new ScenarioCache(store, 2);
    const scenarios = [1, 2, 3].map((seed) => storedScenario({ ...config, seed }));
    for (const s of scenarios) await uploadScenario(store, s);
    for (const s of scenarios) await cache.get(s.sha256);
    expect(store.gets).toBe(3);
    await cache.get(scenarios[2]!.sha256);
    await cache.get(scenarios[1]!.sha256);
    expect(store.gets).toBe(3);
    await cache.get(scenarios[0]!.sha256);
    expect(store.gets).toBe(4);
  });
});
