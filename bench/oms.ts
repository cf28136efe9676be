// OMS throughput: orders routed per second for 4 channels, 2 warehouses and 5,000 SKUs.
//
// What is timed: sim.run() over a pre-drawn stream of orders (20,000 a day over 15 days, Zipf SKU
// popularity, 1 + NegBin extra lines, 1 + Poisson extra units). For each order that covers building the
// Order object from the draws (as a channel would), its bus delivery to the OMS, dedupe, routing by
// `nearest` with split allowed, reservations, the fulfilment request to a fake WMS, the fake WMS's
// shipment report an hour later, and the OMS releasing the reservations and lowering the record; plus
// the ATS deltas published to the four channels every 5 minutes (the channels are sinks). All links
// are instant. Not timed: drawing the orders and building the agents. Reported: the median of the
// timed runs after one warm-up run.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { RandomStreams } from '../sim/index.js';
import { Catalog } from '../models/catalog.js';
import { createAgentContext } from '../models/context.js';
import { defaultChannel, defaultScenarioConfig, defaultWarehouse } from '../models/defaults.js';
import type { MessageOf, Order } from '../models/messages.js';
import { Oms } from '../models/oms/index.js';

const defaults = {
  channels: 4,
  warehouses: 2,
  skus: 5_000,
  ordersPerDay: 20_000,
  days: 15,
  unitsPerSkuPerWarehouse: 1_000_000,
  shipAfterSeconds: 3_600,
  syncIntervalSeconds: 300,
  extraLinesMean: 0.4,
  extraLinesDispersion: 2,
  extraUnitsMean: 0.15,
  zipfAlpha: 1,
  timedRuns: 5,
  seed: 'bench-oms',
};

export interface OmsBenchResult {
  ordersPerSecond: number;
  orders: number;
  channels: 4;
  warehouses: 2;
  skus: 5000;
}

/** Orders routed per second (median of timed runs) through an OMS with 4 channels, 2 warehouses, 5,000 SKUs. */
export function benchOms(): OmsBenchResult {
  const draws = generateOrders();
  runOnce(draws);
  const seconds: number[] = [];
  for (let i = 0; i < defaults.timedRuns; i++) seconds.push(runOnce(draws));
  seconds.sort((a, b) => a - b);
  const median = seconds[(seconds.length - 1) >> 1]!;
  return { ordersPerSecond: Math.round(draws.count / median), orders: draws.count, channels: 4, warehouses: 2, skus: 5000 };
}

function config() {
  return defaultScenarioConfig({
    catalog: { generate: { count: defaults.skus, costCentsMin: 500, costCentsMax: 5000, marginPct: 60, codePrefix: 'SKU-' }, zipfAlpha: defaults.zipfAlpha },
    warehouses: Array.from({ length: defaults.warehouses }, (_, w) => defaultWarehouse(`w${w}`, { position: { x: 100 * w, y: 0 } })),
    channels: Array.from({ length: defaults.channels }, (_, c) => defaultChannel(`c${c}`, { syncIntervalSeconds: defaults.syncIntervalSeconds, position: { x: 30 * c, y: 10 } })),
  });
}

/** Pre-drawn orders in flat arrays; the Order objects are built as they are sent, as a channel would. */
interface OrderDraws {
  count: number;
  spacingSeconds: number;
  /** Lines of order i are lineStart[i] .. lineStart[i + 1] - 1. */
  lineStart: Int32Array;
  lineSku: Int32Array;
  lineQty: Int32Array;
  priceCents: Int32Array;
}

// Orders with the demand shape of the channels, spread evenly in time, channels in turn.
function generateOrders(): OrderDraws {
  const cfg = config();
  const catalog = new Catalog(cfg.catalog);
  const rng = new RandomStreams(defaults.seed).stream('orders');
  const cumulative = new Float64Array(catalog.size);
  let sum = 0;
  for (let s = 0; s < catalog.size; s++) cumulative[s] = sum += catalog.popularity[s]!;
  const drawSku = (): number => {
    const u = rng.random() * sum;
    let lo = 0;
    let hi = catalog.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const r = defaults.extraLinesDispersion;
  const p = r / (r + defaults.extraLinesMean);
  const count = defaults.ordersPerDay * defaults.days;
  const lineStart = new Int32Array(count + 1);
  const skus: number[] = [];
  const qtys: number[] = [];
  for (let i = 0; i < count; i++) {
    lineStart[i] = skus.length;
    const lineCount = 1 + rng.negativeBinomial(r, p);
    for (let l = 0; l < lineCount; l++) {
      const sku = drawSku();
      const qty = 1 + rng.poisson(defaults.extraUnitsMean);
      const same = skus.indexOf(sku, lineStart[i]);
      if (same >= 0) qtys[same]! += qty;
      else {
        skus.push(sku);
        qtys.push(qty);
      }
    }
  }
  lineStart[count] = skus.length;
  return { count, spacingSeconds: 86_400 / defaults.ordersPerDay, lineStart, lineSku: Int32Array.from(skus), lineQty: Int32Array.from(qtys), priceCents: catalog.priceCents };
}

// One run over all orders; returns wall seconds of sim.run().
function runOnce(draws: OrderDraws): number {
  const cfg = config();
  const ctx = createAgentContext(cfg);
  const sim = ctx.sim;
  const initial = Array.from({ length: defaults.warehouses }, () => new Int32Array(defaults.skus).fill(defaults.unitsPerSkuPerWarehouse));
  const oms = new Oms(ctx, initial);
  let atsMessages = 0;
  for (const c of cfg.channels) ctx.bus.register(`channel:${c.name}`, () => atsMessages++);
  for (const w of cfg.warehouses) {
    const address = `wms:${w.name}`;
    ctx.bus.register(address, (m) => {
      const request = (m as MessageOf<'oms.fulfillment.requested'>).payload;
      sim.schedule(defaults.shipAfterSeconds, () => {
        const lines = request.lines.map((l) => ({ sku: l.sku, qtyShipped: l.qty, qtyShort: 0, unitPriceCents: l.unitPriceCents }));
        ctx.bus.send(address, 'oms', 'wms.order.shipped', { orderId: request.orderId, fulfillmentId: request.fulfillmentId, warehouse: w.name, shippedAt: sim.now, lines });
      });
    });
  }
  const channelAddresses = cfg.channels.map((c) => `channel:${c.name}`);
  const seqs = new Array<number>(defaults.channels).fill(0);
  let next = 0;
  const inject = (): void => {
    const i = next++;
    const channelIndex = i % defaults.channels;
    const lines: Order['lines'] = [];
    for (let k = draws.lineStart[i]!; k < draws.lineStart[i + 1]!; k++) {
      lines.push({ sku: draws.lineSku[k]!, qty: draws.lineQty[k]!, unitPriceCents: draws.priceCents[draws.lineSku[k]!]! });
    }
    const order: Order = { id: i + 1, channel: cfg.channels[channelIndex]!.name, channelIndex, channelSeq: ++seqs[channelIndex]!, placedAt: sim.now, lines };
    ctx.bus.send(channelAddresses[channelIndex]!, 'oms', 'channel.order.placed', { order });
    if (next < draws.count) sim.scheduleAt(next * draws.spacingSeconds, inject);
  };
  sim.schedule(0, inject);
  oms.start();
  const horizon = draws.count * draws.spacingSeconds + 2 * defaults.shipAfterSeconds;
  const start = performance.now();
  sim.run({ until: horizon });
  const seconds = (performance.now() - start) / 1000;
  const states = oms.orderStates();
  if (states.shipped !== draws.count || atsMessages === 0) {
    throw new Error(`bench oms: expected ${draws.count} orders shipped, got ${JSON.stringify(states)} and ${atsMessages} ATS messages`);
  }
  return seconds;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(benchOms(), null, 2));
