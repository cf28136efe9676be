// Swarm testing: each seed draws its own operation and fault mix (ownership, policies, batching,
// valuation, purchasing, sync intervals, lossy/duplicating/reordering links with outages, mis-picks,
// shrink, damage, cycle counts, dropped ERP batches, customer cancellations and returns), small enough that thousands run in minutes.
// The draws come from the seed's own stream, so a seed always yields the same scenario.
import { RandomStreams, type RandomStream } from '../../sim/index.js';
import { builtInOmsRoutingPolicies } from '../../models/oms/routing/registry.js';
import { builtInPickPolicies } from '../../models/wms/routing/registry.js';
import { builtinScenarios } from '../builtin/index.js';

type Doc = Record<string, any>;

const pickOne = <T>(r: RandomStream, options: readonly T[]): T => options[Math.floor(r.random() * options.length)]!;
const chance = (r: RandomStream, p: number) => r.random() < p;
const between = (r: RandomStream, low: number, high: number) => low + r.random() * (high - low);

/** The scenario document seed `seed` draws, run for `days` days. */
export function swarmScenario(seed: number, days: number): Doc {
  const r = new RandomStreams(seed).stream('swarm.scenario');
  const doc: Doc = structuredClone(builtinScenarios.multichannel as Doc);
  delete doc.$schema;
  doc.name = `swarm-${seed}`;
  doc.seed = seed;
  doc.horizonDays = days;
  doc.ownership = pickOne(r, ['clean', 'no-oms', 'erp-own-count'] as const);
  doc.catalog.generate.count = 20 + Math.floor(r.random() * 100);
  doc.oms.routingPolicy = pickOne(r, builtInOmsRoutingPolicies.map((p) => p.name));
  doc.oms.oversellAction = pickOne(r, ['cancel', 'backorder'] as const);
  doc.oms.allowSplit = chance(r, 0.7);
  doc.oms.safetyStockUnits = chance(r, 0.3) ? Math.floor(r.random() * 4) : 0;
  const channelCount = 1 + Math.floor(r.random() * doc.channels.length);
  doc.channels = doc.channels.slice(0, channelCount);
  const warehouseCount = 1 + Math.floor(r.random() * doc.warehouses.length);
  doc.warehouses = doc.warehouses.slice(0, warehouseCount);
  const names = doc.warehouses.map((w: Doc) => w.name);
  for (const w of doc.warehouses) {
    w.routingPolicy = pickOne(r, builtInPickPolicies.map((p) => p.name));
    w.batching = { ...(w.batching ?? {}), mode: pickOne(r, ['single', 'batch', 'wave'] as const), batchSize: 1 + Math.floor(r.random() * 8) };
    w.cycleCount = { binsPerDay: Math.floor(r.random() * 60), method: pickOne(r, ['random', 'abc'] as const) };
    w.initialStock = { ...w.initialStock, unitsPerSku: Math.floor(r.random() * 15), daysOfCover: Math.floor(r.random() * 6) };
  }
  for (const c of doc.channels) {
    c.syncIntervalSeconds = pickOne(r, [60, 300, 900, 1800, 3600, 14_400]);
    c.demand = { ...c.demand, ordersPerDay: Math.round(between(r, 20, 300)) };
    c.noOmsAllocation = pickOne(r, ['full-pool', 'split'] as const);
    c.splitShare = Math.round(between(r, 0.2, 1) * 100) / 100;
    c.noOmsWarehouse = pickOne(r, names);
  }
  doc.erp.valuation = pickOne(r, ['fifo', 'moving-average', 'standard'] as const);
  doc.erp.purchasing = { ...doc.erp.purchasing, policy: pickOne(r, ['none', 'reorder-point', 's-S'] as const), receivingWarehouse: pickOne(r, names) };
  doc.erp.ownCount = { ...(doc.erp.ownCount ?? {}), importDropProbability: chance(r, 0.5) ? between(r, 0, 0.3) : 0, reconciliationIntervalDays: pickOne(r, [0, 1, 2]) };
  doc.faults = {
    misPickProbability: chance(r, 0.5) ? between(r, 0, 0.05) : 0,
    shrinkUnitsPerDayPerWarehouse: chance(r, 0.5) ? Math.floor(r.random() * 20) : 0,
    damageProbabilityPerPick: chance(r, 0.5) ? between(r, 0, 0.03) : 0,
    misScanProbabilityPerReceipt: chance(r, 0.5) ? between(r, 0, 0.1) : 0,
    workerAbsenceProbability: chance(r, 0.3) ? between(r, 0, 0.3) : 0,
  };
  const link = (from: string, to: string): Doc => {
    const outageStart = Math.floor(between(r, 0, days * 86_400));
    return {
      from,
      to,
      latencySeconds: Math.floor(between(r, 0, 600)),
      jitterSeconds: Math.floor(between(r, 0, 120)),
      lossProbability: chance(r, 0.4) ? between(r, 0, 0.2) : 0,
      duplicateProbability: chance(r, 0.4) ? between(r, 0, 0.2) : 0,
      reorder: chance(r, 0.3),
      outages: chance(r, 0.3) ? [{ startSeconds: outageStart, endSeconds: outageStart + Math.floor(between(r, 60, 14_400)) }] : [],
    };
  };
  doc.links = [link('channel:*', 'oms'), link('oms', 'channel:*'), link('oms', 'wms:*'), link('wms:*', 'oms'), link('wms:*', 'erp'), link('erp', 'wms:*'), link('wms:*', 'channel:*'), link('channel:*', 'wms:*')];
  if (chance(r, 0.5)) doc.scripted = afterSales(r, doc, days);
  return doc;
}

// Scripted orders customers cancel (soon or late) or send back, and returns not tied to an order.
function afterSales(r: RandomStream, doc: Doc, days: number): Doc {
  const count = doc.catalog.generate.count as number;
  const code = (i: number) => `${doc.catalog.generate.codePrefix}${String(i + 1).padStart(String(count).length, '0')}`;
  const channel = () => doc.channels[Math.floor(r.random() * doc.channels.length)].name as string;
  const lines = () => Array.from({ length: 1 + Math.floor(r.random() * 3) }, () => ({ sku: code(Math.floor(r.random() * count)), qty: 1 + Math.floor(r.random() * 3) }));
  const horizon = days * 86_400;
  const orders = Array.from({ length: 5 + Math.floor(r.random() * 40) }, () => {
    const atSeconds = Math.floor(between(r, 0, horizon));
    const order: Doc = { atSeconds, channel: channel(), lines: lines() };
    if (chance(r, 0.5)) order.cancelAtSeconds = atSeconds + Math.floor(between(r, 0, 6 * 3_600));
    if (chance(r, 0.5)) order.returnAfterSeconds = Math.floor(between(r, 0, 86_400));
    return order;
  });
  const returns = Array.from({ length: Math.floor(r.random() * 10) }, () => ({ atSeconds: Math.floor(between(r, 0, horizon)), channel: channel(), lines: lines() }));
  return { orders, returns };
}
