// Random sequences of orders, shipments (some short), adjustments, receipts and time steps against
// the OMS, checked after every step against bookkeeping kept apart from it: the fake warehouses'
// outstanding lines and a model of each WMS record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultChannel, defaultWarehouse } from '../../../models/defaults.js';
import { Oms, builtInOmsRoutingPolicies } from '../../../models/oms/index.js';
import { ChannelSink, FakeWms, adjust, makeContext, makeOrder, placeOrder, receive, smallCatalog } from './support.js';

const skuCount = 3;
const warehouseNames = ['east', 'west'] as const;

type Op =
  | { kind: 'order'; channel: number; lines: [number, number][] }
  | { kind: 'ship'; pick: number; shortBy: number[] }
  | { kind: 'adjust'; w: number; sku: number; delta: number }
  | { kind: 'receipt'; w: number; sku: number; qty: number }
  | { kind: 'tick'; seconds: number };

const sku = fc.integer({ min: 0, max: skuCount - 1 });
const w = fc.integer({ min: 0, max: 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('order' as const), channel: fc.integer({ min: 0, max: 1 }), lines: fc.array(fc.tuple(sku, fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 3 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('ship' as const), pick: fc.nat(), shortBy: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('adjust' as const), w, sku, delta: fc.integer({ min: -5, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('receipt' as const), w, sku, qty: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tick' as const), seconds: fc.integer({ min: 0, max: 400 }) }) },
);

const setup = fc.record({
  records: fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: skuCount, maxLength: skuCount }), { minLength: 2, maxLength: 2 }),
  policy: fc.constantFrom(...builtInOmsRoutingPolicies.map((p) => p.name)),
  allowSplit: fc.boolean(),
  oversellAction: fc.constantFrom('cancel' as const, 'backorder' as const),
  safetyStockUnits: fc.integer({ min: 0, max: 2 }),
  duplicates: fc.boolean(),
});

describe('Oms invariants under random operations', () => {
  it('keeps reserved <= record, open lines = reserved + unbacked, and every order in exactly one state', () => {
    fc.assert(
      fc.property(setup, fc.array(op, { maxLength: 60 }), (s, ops) => {
        const { ctx, traces } = makeContext(
          {
            catalog: smallCatalog(skuCount),
            warehouses: warehouseNames.map((name, i) => defaultWarehouse(name, { position: { x: 10 * i, y: 0 }, rank: 2 - i, shippingCostCentsPerUnit: 100 + 50 * i })),
            channels: [defaultChannel('amazon', { syncIntervalSeconds: 60 }), defaultChannel('shopify', { syncIntervalSeconds: 300, bufferShare: 0.2 })],
            oms: { routingPolicy: s.policy, allowSplit: s.allowSplit, safetyStockUnits: s.safetyStockUnits, oversellAction: s.oversellAction, fullSyncIntervalSeconds: 900 },
          },
          { tracing: true },
        );
        const oms = new Oms(ctx, s.records.map((r) => Int32Array.from(r)));
        const wms = warehouseNames.map((name) => new FakeWms(ctx, name));
        for (const c of ctx.config.channels) new ChannelSink(ctx, c.name);
        if (s.duplicates) {
          for (const from of ['channel:amazon', 'channel:shopify', 'wms:east', 'wms:west']) ctx.bus.link(from, 'oms', { duplicateProbability: 0.5, jitterSeconds: 3 });
        }
        oms.start();
        // The independent model of each WMS record: initial + receipts + adjustments - units shipped.
        const model = s.records.map((r) => [...r]);
        const seqs = [0, 0];
        let ordersPlaced = 0;
        let eventId = 0;
        const settle = (seconds = 0) => ctx.sim.run({ until: ctx.sim.now + seconds + 10 });

        const check = () => {
          for (let wi = 0; wi < 2; wi++) {
            for (let k = 0; k < skuCount; k++) {
              const reserved = oms.reserved(wi, k);
              expect(reserved).toBeGreaterThanOrEqual(0);
              expect(reserved).toBeLessThanOrEqual(Math.max(0, oms.record(wi, k)));
              expect(oms.unbacked(wi, k)).toBeGreaterThanOrEqual(0);
              expect(reserved + oms.unbacked(wi, k)).toBe(wms[wi]!.outstandingUnits(k));
              expect(oms.record(wi, k)).toBe(model[wi]![k]);
            }
          }
          const st = oms.orderStates();
          expect(st.received).toBe(ordersPlaced);
          expect(st.open + st.backordered + st.shipped + st.cancelled).toBe(st.received);
        };

        for (const o of ops) {
          if (o.kind === 'order') {
            ordersPlaced++;
            placeOrder(ctx, makeOrder(ctx, o.channel, ++seqs[o.channel]!, o.lines));
          } else if (o.kind === 'ship') {
            const open = wms.flatMap((x, wi) => [...x.outstanding.values()].map((r) => ({ wi, r })));
            if (open.length === 0) continue;
            const { wi, r } = open[o.pick % open.length]!;
            r.lines.forEach((line, i) => (model[wi]![line.sku]! -= line.qty - Math.min(line.qty, o.shortBy[i] ?? 0)));
            wms[wi]!.ship(r.fulfillmentId, o.shortBy);
          } else if (o.kind === 'adjust') {
            const delta = Math.max(o.delta, -Math.max(0, model[o.w]![o.sku]!));
            if (delta === 0) continue;
            model[o.w]![o.sku]! += delta;
            adjust(ctx, warehouseNames[o.w]!, o.sku, delta, `a${++eventId}`);
          } else if (o.kind === 'receipt') {
            model[o.w]![o.sku]! += o.qty;
            receive(ctx, warehouseNames[o.w]!, o.sku, o.qty, `r${++eventId}`);
          }
          settle(o.kind === 'tick' ? o.seconds : 0);
          check();
        }

        // Drain: ship everything still outstanding, in full.
        for (let round = 0; round < 20 && wms.some((x) => x.outstanding.size > 0); round++) {
          for (const [wi, x] of wms.entries()) {
            for (const r of [...x.outstanding.values()]) {
              r.lines.forEach((line) => (model[wi]![line.sku]! -= line.qty));
              x.ship(r.fulfillmentId);
            }
          }
          settle();
        }
        check();
        const st = oms.orderStates();
        expect(st.open).toBe(0);
        if (s.oversellAction === 'cancel') expect(st.backordered).toBe(0);

        // From the trace alone: each order was accepted once and has at most one terminal state,
        // and an order without one is still backordered.
        const byOrder = new Map<number, string[]>();
        for (const t of traces) if (t.kind === 'oms.order.state') byOrder.set(t.orderId, [...(byOrder.get(t.orderId) ?? []), t.state]);
        expect(byOrder.size).toBe(ordersPlaced);
        const tally = { shipped: 0, cancelled: 0, backordered: 0 };
        for (const states of byOrder.values()) {
          expect(states.filter((x) => x === 'accepted')).toHaveLength(1);
          const terminal = states.filter((x) => x === 'shipped' || x === 'cancelled');
          expect(terminal.length).toBeLessThanOrEqual(1);
          const last = states[states.length - 1]! as keyof typeof tally;
          expect(['shipped', 'cancelled', 'backordered']).toContain(last);
          if (terminal.length === 1) expect(last).toBe(terminal[0]);
          tally[last]++;
        }
        expect(tally).toEqual({ shipped: st.shipped, cancelled: st.cancelled, backordered: st.backordered });
      }),
      { numRuns: 300 },
    );
  });
});
