// OMS throughput: orders routed per second for 4 channels, 2 warehouses and 5,000 SKUs.
//
// What is timed: sim.run() over a pre-generated stream of orders (20,000 a day over 15 days, Zipf SKU
// popularity, 1 + NegBin extra lines, 1 + Poisson extra units), which covers for each order its bus
// delivery from the channel, dedupe, routing by `nearest` with split allowed, reservations, the
// fulfilment request to a fake WMS, the fake WMS's shipment report an hour later and the OMS releasing
// the reservations and lowering the record; plus the ATS deltas published to the four channels every
// 5 minutes (the channels are sinks). All links are instant. Not timed: generating the orders and
// building the agents. Reported: the median of the timed runs after one warm-up run.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { MessageBus, RandomStreams, Simulation, type Message } from '../sim/index.js';
import { Catalog } from '../models/catalog.js';
import { IdSource, type AgentContext } from '../models/context.js';
import { defaultChannel, defaultScenarioConfig, defaultWarehouse } from '../models/defaults.js';
import type { MessagePayloads, Order } from '../models/messages.js';
import { Metrics } from '../models/metrics.js';
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
  const orders = generateOrders();
  runOnce(orders);
  const seconds: number[] = [];
  for (let i = 0; i < defaults.timedRuns; i++) seconds.push(runOnce(orders));
  seconds.sort((a, b) => a - b);
  const median = seconds[(seconds.length - 1) >> 1]!;
  return { ordersPerSecond: Math.round(orders.length / median), orders: orders.length, channels: 4, warehouses: 2, skus: 5000 };
}

function config() {
  return defaultScenarioConfig({
    catalog: { generate: { count: defaults.skus, costCentsMin: 500, costCentsMax: 5000, marginPct: 60, codePrefix: 'SKU-' }, zipfAlpha: defaults.zipfAlpha },
    warehouses: Array.from({ length: defaults.warehouses }, (_, w) => defaultWarehouse(`w${w}`, { position: { x: 100 * w, y: 0 } })),
    channels: Array.from({ length: defaults.channels }, (_, c) => defaultChannel(`c${c}`, { syncIntervalSeconds: defaults.syncIntervalSeconds, position: { x: 30 * c, y: 10 } })),
  });
}

// Orders with the demand shape of the channels, spread evenly in time, channels in turn.
function generateOrders(): Order[] {
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
  const spacingSeconds = 86_400 / defaults.ordersPerDay;
  const seqs = new Array<number>(defaults.channels).fill(0);
  const orders: Order[] = [];
  for (let i = 0; i < count; i++) {
    const channelIndex = i % defaults.channels;
    const lineCount = 1 + rng.negativeBinomial(r, p);
    const lines: Order['lines'] = [];
    for (let l = 0; l < lineCount; l++) {
      const sku = drawSku();
      const qty = 1 + rng.poisson(defaults.extraUnitsMean);
      const same = lines.find((x) => x.sku === sku);
      if (same !== undefined) same.qty += qty;
      else lines.push({ sku, qty, unitPriceCents: catalog.priceCents[sku]! });
    }
    orders.push({ id: i + 1, channel: `c${channelIndex}`, channelIndex, channelSeq: ++seqs[channelIndex]!, placedAt: i * spacingSeconds, lines });
  }
  return orders;
}

// One run over all orders; returns wall seconds of sim.run().
function runOnce(orders: Order[]): number {
  const cfg = config();
  const sim = new Simulation();
  const ctx: AgentContext = {
    sim,
    bus: new MessageBus(sim),
    rng: new RandomStreams(defaults.seed),
    catalog: new Catalog(cfg.catalog),
    metrics: new Metrics(),
    config: cfg,
    ids: new IdSource(),
    trace: () => {},
    tracing: false,
  };
  const initial = Array.from({ length: defaults.warehouses }, () => new Int32Array(defaults.skus).fill(defaults.unitsPerSkuPerWarehouse));
  const oms = new Oms(ctx, initial);
  let atsMessages = 0;
  for (const c of cfg.channels) ctx.bus.register(`channel:${c.name}`, () => atsMessages++);
  for (const w of cfg.warehouses) {
    const address = `wms:${w.name}`;
    ctx.bus.register(address, (m: Message<MessagePayloads['oms.fulfillment.requested']>) => {
      const request = m.payload;
      sim.schedule(defaults.shipAfterSeconds, () => {
        const lines = request.lines.map((l) => ({ sku: l.sku, qtyShipped: l.qty, qtyShort: 0, unitPriceCents: l.unitPriceCents }));
        ctx.bus.send(address, 'oms', 'wms.order.shipped', { orderId: request.orderId, fulfillmentId: request.fulfillmentId, warehouse: w.name, shippedAt: sim.now, lines });
      });
    });
  }
  let next = 0;
  const inject = (): void => {
    const order = orders[next++]!;
    ctx.bus.send(`channel:${order.channel}`, 'oms', 'channel.order.placed', { order });
    if (next < orders.length) sim.scheduleAt(orders[next]!.placedAt, inject);
  };
  sim.scheduleAt(orders[0]!.placedAt, inject);
  oms.start();
  const horizon = orders[orders.length - 1]!.placedAt + 2 * defaults.shipAfterSeconds;
  const start = performance.now();
  sim.run({ until: horizon });
  const seconds = (performance.now() - start) / 1000;
  const states = oms.orderStates();
  if (states.shipped !== orders.length || atsMessages === 0) {
    throw new Error(`bench oms: expected ${orders.length} orders shipped, got ${JSON.stringify(states)} and ${atsMessages} ATS messages`);
  }
  return seconds;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(benchOms(), null, 2));
