// Customer cancellations and returns through the whole pipeline. One SKU (cost 1400, price 2499),
// one warehouse whose pickers work 08:00-16:00 and whose carrier leaves at 17:00, 10 units in stock.
// Every expected number is worked out by hand from those rules.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../models/pipeline.js';
import { MemoryTrace } from '../../sim/index.js';
import { validateScenario } from '../../scenarios/validate.js';
import { narrate } from '../../scenarios/explain.js';
import type { BatonTrace } from '../../models/trace.js';

const hour = 3_600;
const day = 86_400;

type Scripted = { orders?: unknown[]; returns?: unknown[] };

function scenario(scripted: Scripted, options: { oms?: boolean; erpOwnCount?: boolean; stock?: number; view?: number; oversellAction?: 'cancel' | 'backorder'; links?: unknown[] } = {}) {
  return validateScenario(
    {
      name: 'after-sale',
      seed: 1,
      horizonDays: 6,
      ownership: options.oms === false ? 'no-oms' : options.erpOwnCount === true ? 'erp-own-count' : 'clean',
      catalog: { items: [{ code: '4471', costCents: 1400, priceCents: 2499 }] },
      warehouses: [
        {
          name: 'east',
          layout: { aisles: 4, baysPerAisle: 20, levels: 4, aisleLength: 30, aisleSpacing: 3 },
          workers: { count: 1, shiftStartHour: 8, shiftEndHour: 16 },
          shipping: { pickupHours: [17] },
          initialStock: { unitsPerSku: 0, items: [{ sku: '4471', units: options.stock ?? 10 }] },
        },
      ],
      channels: [{ name: 'shop', demand: { ordersPerDay: 0 }, ...(options.view === undefined ? {} : { initialView: [{ sku: '4471', units: options.view }] }) }],
      oms: { oversellAction: options.oversellAction ?? 'cancel' },
      // The ERP's own count keys every batch line right here, so its figures are exact too.
      erp: { valuation: 'fifo', purchasing: { policy: 'none' }, ownCount: { entryErrorProbability: 0 } },
      scripted,
      links: options.links ?? [],
    },
    'after-sale',
  );
}

const order = (atSeconds: number, qty: number, extra: Record<string, number> = {}) => ({ atSeconds, channel: 'shop', lines: [{ sku: '4471', qty }], ...extra });

describe('customer cancellations', () => {
  for (const traced of [false, true]) {
    const label = traced ? ' (traced)' : '';
    it(`an order still waiting for a picker is stopped: nothing ships, its reservation goes back${label}`, () => {
      // Placed at 01:00, cancelled at 02:00; the picker starts at 08:00.
      const { metrics, agents, invariants } = runPipeline(scenario({ orders: [order(hour, 2, { cancelAtSeconds: 2 * hour })] }), traced ? { tracer: new MemoryTrace() } : {});
      expect(invariants.violations).toEqual([]);
      expect([metrics.cancelRequests, metrics.ordersCancelledByCustomer, metrics.cancelsTooLate]).toEqual([1, 1, 0]);
      expect([metrics.ordersShipped, metrics.unitsShipped, metrics.revenue, metrics.cogs, agents.warehouses[0]!.stats.linesPicked]).toEqual([0, 0, 0, 0, 0]);
      expect(agents.oms!.orderStates()).toMatchObject({ received: 1, open: 0, cancelled: 1, shipped: 0 });
      expect([agents.oms!.reserved(0, 0), agents.oms!.ats(0)]).toEqual([0, 10]);
      expect(agents.warehouses[0]!.openFulfillments()).toBe(0);
      expect(metrics.closingUnits).toBe(10);
      // The customer's cancellation is not the seller's: it does not count against the channel's health.
      expect(metrics.sellerCancellationRate).toBe(0);
    });
  }

  it('a cancellation after a picker started is too late: the order ships in full', () => {
    // Placed at 10:00 (picked at once), cancelled at 12:00; it leaves at 17:00.
    const { metrics, agents, invariants } = runPipeline(scenario({ orders: [order(10 * hour, 2, { cancelAtSeconds: 12 * hour })] }));
    expect(invariants.violations).toEqual([]);
    expect([metrics.cancelRequests, metrics.ordersCancelledByCustomer, metrics.cancelsTooLate]).toEqual([1, 0, 1]);
    expect([metrics.ordersShipped, metrics.unitsShipped, metrics.revenue, metrics.cogs]).toEqual([1, 2, 2 * 2499, 2 * 1400]);
    expect(agents.oms!.orderStates()).toMatchObject({ received: 1, shipped: 1, cancelled: 0 });
  });

  it('a cancellation after shipment is too late', () => {
    const { metrics } = runPipeline(scenario({ orders: [order(10 * hour, 1, { cancelAtSeconds: 2 * day })] }));
    expect([metrics.ordersCancelledByCustomer, metrics.cancelsTooLate, metrics.unitsShipped]).toEqual([0, 1, 1]);
  });

  it('a backordered order is cancelled at once and never routed again', () => {
    // The channel believes in 5 units the floor does not have: the order is accepted, then backordered.
    const { metrics, agents, invariants } = runPipeline(scenario({ orders: [order(10 * hour, 1, { cancelAtSeconds: 11 * hour })] }, { stock: 0, view: 5, oversellAction: 'backorder' }));
    expect(invariants.violations).toEqual([]);
    expect([metrics.ordersAccepted, metrics.backorderedOrders, metrics.ordersCancelledByCustomer, metrics.cancelsTooLate]).toEqual([1, 1, 1, 0]);
    expect(agents.oms!.orderStates()).toMatchObject({ received: 1, backordered: 0, cancelled: 1 });
  });

  it('without an OMS the warehouse stops the order itself and frees its allocation', () => {
    const { metrics, agents, invariants } = runPipeline(scenario({ orders: [order(hour, 3, { cancelAtSeconds: 2 * hour }), order(10 * hour, 1, { cancelAtSeconds: 12 * hour })] }, { oms: false }));
    expect(invariants.violations).toEqual([]);
    expect([metrics.cancelRequests, metrics.ordersCancelledByCustomer, metrics.cancelsTooLate]).toEqual([2, 1, 1]);
    expect([metrics.ordersShipped, metrics.unitsShipped]).toEqual([1, 1]);
    expect(agents.warehouses[0]!.allocated(0)).toBe(0);
    expect(metrics.closingUnits).toBe(9);
  });

  it('refuses a cancellation before its order', () => {
    expect(() => scenario({ orders: [order(2 * hour, 1, { cancelAtSeconds: hour })] })).toThrow(/scripted\.orders\[0\]\.cancelAtSeconds/);
  });
});

describe('customer returns', () => {
  for (const [mode, erpOwnCount, traced] of [['clean', false, false], ['clean, traced', false, true], ['erp-own-count', true, false]] as const) {
    it(`a returned order comes back into stock and the books reverse the sale (${mode})`, () => {
      // 2 units placed at 10:00 leave at 17:00, arrive 3 transit days later, come back 1 day after that (day 4.7).
      const { metrics, agents, invariants } = runPipeline(scenario({ orders: [order(10 * hour, 2, { returnAfterSeconds: day })] }, { erpOwnCount }), traced ? { tracer: new MemoryTrace() } : {});
      expect(invariants.violations).toEqual([]);
      expect([metrics.unitsShipped, metrics.returnsReceived, metrics.unitsReturned]).toEqual([2, 1, 2]);
      expect([metrics.revenue, metrics.refunds, metrics.cogs, metrics.grossMargin]).toEqual([2 * 2499, 2 * 2499, 0, 0]);
      expect(metrics.closingUnits).toBe(10);
      expect(metrics.closingUnits).toBe(metrics.openingUnits + metrics.unitsReceived + metrics.unitsReturned - metrics.unitsShipped - metrics.shrinkUnits - metrics.damagedUnits);
      expect(agents.warehouses[0]!.recordOnHand(0)).toBe(10);
      expect([agents.oms!.record(0, 0), agents.oms!.ats(0)]).toEqual([10, 10]);
      expect([agents.erp.quantity(0), agents.erp.inventoryValue()]).toEqual([10, 10 * 1400]);
      const ledger = agents.erp.books.ledger;
      expect([ledger.balance('salesReturns'), ledger.balance('accountsReceivable'), ledger.balance('cogs')]).toEqual([2 * 2499, 0, 0]);
    });
  }

  it('a return not tied to an order (a credit note) puts its units back at the channel price', () => {
    const { metrics, agents, invariants } = runPipeline(scenario({ returns: [{ atSeconds: hour, channel: 'shop', lines: [{ sku: '4471', qty: 3 }] }] }));
    expect(invariants.violations).toEqual([]);
    expect([metrics.returnsReceived, metrics.unitsReturned, metrics.refunds, metrics.cogs]).toEqual([1, 3, 3 * 2499, -3 * 1400]);
    expect([metrics.closingUnits, agents.warehouses[0]!.recordOnHand(0), agents.oms!.record(0, 0), agents.erp.quantity(0)]).toEqual([13, 13, 13, 13]);
  });

  it('an order cancelled in time is never returned', () => {
    const { metrics } = runPipeline(scenario({ orders: [order(hour, 1, { cancelAtSeconds: 2 * hour, returnAfterSeconds: day })] }));
    expect([metrics.ordersCancelledByCustomer, metrics.unitsReturned, metrics.refunds]).toEqual([1, 0, 0]);
  });

  it('names an unknown warehouse or SKU of a scripted return', () => {
    expect(() => scenario({ returns: [{ atSeconds: 0, channel: 'shop', warehouse: 'west', lines: [{ sku: '4471', qty: 1 }] }] })).toThrow(/scripted\.returns\[0\]\.warehouse/);
    expect(() => scenario({ returns: [{ atSeconds: 0, channel: 'shop', lines: [{ sku: 'NOPE', qty: 1 }] }] })).toThrow(/scripted\.returns\[0\]\.lines\[0\]\.sku/);
  });
});

describe('duplicated messages', () => {
  it('every message delivered twice changes nothing: one cancellation, one return, one parcel back', () => {
    const scripted = {
      orders: [order(hour, 1, { cancelAtSeconds: 2 * hour }), order(10 * hour, 2, { returnAfterSeconds: day })],
      returns: [{ atSeconds: 3 * hour, channel: 'shop', lines: [{ sku: '4471', qty: 3 }] }],
    };
    const twice = ['channel:*', 'oms', 'wms:*', 'erp'].flatMap((from) => ['channel:*', 'oms', 'wms:*', 'erp'].filter((to) => to !== from).map((to) => ({ from, to, duplicateProbability: 1 })));
    for (const oms of [true, false]) {
      const clean = runPipeline(scenario(scripted, { oms })).metrics;
      const { metrics, invariants } = runPipeline(scenario(scripted, { oms, links: twice }));
      expect(invariants.violations).toEqual([]);
      const key = (m: typeof metrics) => [m.cancelRequests, m.ordersCancelledByCustomer, m.cancelsTooLate, m.returnsReceived, m.unitsReturned, m.refunds, m.unitsShipped, m.closingUnits];
      expect(key(metrics)).toEqual(key(clean));
      expect(key(clean)).toEqual([1, 1, 0, 2, 5, 5 * 2499, 2, 13]);
    }
  });
});

describe('the narration of cancellations and returns', () => {
  it('tells the student who stopped the order, and when the units came back', () => {
    const trace = new MemoryTrace<BatonTrace>();
    runPipeline(scenario({ orders: [order(hour, 1, { cancelAtSeconds: 2 * hour }), order(10 * hour, 2, { returnAfterSeconds: day })] }), { tracer: trace });
    const texts = narrate(trace.records).map((l) => `${l.actor}: ${l.text}`);
    expect(texts.filter((t) => /cancels order|stops order|back in stock/.test(t))).toEqual([
      expect.stringMatching(/^channel:shop: the customer cancels order #1/),
      expect.stringMatching(/^wms:east: stops order #1 before any picker started it/),
      expect.stringMatching(/^wms:east: receives a customer return of order #2: 2 x SKU 4471 back in stock, on-hand 8 -> 10/),
    ]);
    expect(texts.some((t) => /^erp: posts "Customer return/.test(t) && t.includes('Sales returns'))).toBe(true);
  });
});

describe("a channel's after-sale shares (a forecast calibrated on a history)", () => {
  const generated = (afterSale: Record<string, number>) =>
    validateScenario(
      {
        name: 'after-sale-rates',
        seed: 7,
        horizonDays: 20,
        catalog: { items: [{ code: '4471', costCents: 1400, priceCents: 2499 }] },
        warehouses: [{ name: 'east', initialStock: { unitsPerSku: 0, items: [{ sku: '4471', units: 100_000 }] }, shipping: { pickupHours: [17] }, batching: { mode: 'wave', waveIntervalSeconds: 86_400 } }],
        channels: [{ name: 'shop', demand: { ordersPerDay: 200, extraLinesMean: 0, extraUnitsMean: 0 }, afterSale }],
        erp: { purchasing: { policy: 'none' } },
      },
      'after-sale-rates',
    );

  it('cancels and returns the given shares of generated orders, within binomial error', () => {
    const { metrics, invariants } = runPipeline(generated({ cancelShare: 0.3, cancelAfterSecondsMean: 600, returnShare: 0.2, returnAfterSeconds: 86_400 }));
    expect(invariants.violations).toEqual([]);
    const n = metrics.ordersAccepted;
    expect(n).toBeGreaterThan(3_000);
    // 4 standard deviations of a binomial count
    expect(Math.abs(metrics.cancelRequests - 0.3 * n)).toBeLessThan(4 * Math.sqrt(n * 0.3 * 0.7));
    // Picks are released once a day, so a cancellation 10 minutes (mean) later nearly always stops the order.
    expect(metrics.ordersCancelledByCustomer).toBeGreaterThan(0.95 * metrics.cancelRequests);
    // Returned: 20% of the orders that shipped and were delivered early enough to come back before the horizon.
    expect(metrics.returnsReceived).toBeGreaterThan(0.15 * metrics.ordersShipped * 0.8);
    expect(metrics.returnsReceived).toBeLessThan(0.2 * metrics.ordersShipped + 4 * Math.sqrt(metrics.ordersShipped * 0.2 * 0.8));
  });

  it('leaves the demand and every other draw as it was', () => {
    const without = runPipeline(generated({ cancelShare: 0, returnShare: 0 })).metrics;
    const withShares = runPipeline(generated({ cancelShare: 0.5, returnShare: 0.5 })).metrics;
    expect([withShares.ordersAccepted, withShares.unitsAccepted]).toEqual([without.ordersAccepted, without.unitsAccepted]);
    expect([without.cancelRequests, without.returnsReceived]).toEqual([0, 0]);
  });
});
