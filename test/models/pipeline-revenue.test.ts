// Revenue and receivables through the whole pipeline, keyed (traced) and unkeyed: every shipped unit
// is owed by the customer at its price, in the metrics and in the ERP's ledger, to the cent.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../models/pipeline.js';
import { MemoryTrace } from '../../sim/index.js';
import { loadScenario } from '../../scenarios/load.js';
import { validateScenario } from '../../scenarios/validate.js';

// The seed scenarios sell SKU 4471 at 2499 cents, bought at 1400.
const cases = [
  { name: 'seed-walkthrough', units: 2 },
  { name: 'seed-oversell', units: 10 },
] as const;

describe('revenue and receivables through the pipeline', () => {
  for (const { name, units } of cases) {
    for (const traced of [false, true]) {
      it(`${name}${traced ? ' (traced, keyed postings)' : ' (unkeyed postings)'}: ${units} units shipped -> revenue and AR ${units * 2499}, COGS ${units * 1400}`, () => {
        const { metrics, agents, invariants } = runPipeline(loadScenario(name), traced ? { tracer: new MemoryTrace() } : {});
        expect(invariants.violations).toEqual([]);
        expect(metrics.unitsShipped).toBe(units);
        expect(metrics.revenue).toBe(units * 2499);
        expect(metrics.cogs).toBe(units * 1400);
        expect(metrics.grossMargin).toBe(units * (2499 - 1400));
        const ledger = agents.erp.books.ledger;
        expect(ledger.balance('accountsReceivable')).toBe(units * 2499);
        expect(ledger.balance('revenue')).toBe(-units * 2499);
        expect(ledger.balance('cogs')).toBe(units * 1400);
      });
    }
  }

  // One order of two lines: 2 x 2499 + 3 x 1000 = 7998 cents owed; cost 2 x 1400 + 3 x 600 = 4600.
  const twoLines = () =>
    validateScenario(
      {
        name: 'two-lines',
        seed: 1,
        horizonDays: 1,
        catalog: { items: [{ code: '4471', costCents: 1400, priceCents: 2499 }, { code: '5000', costCents: 600, priceCents: 1000 }] },
        warehouses: [
          {
            name: 'east',
            layout: { aisles: 4, baysPerAisle: 20, levels: 4, aisleLength: 30, aisleSpacing: 3 },
            workers: { count: 1 },
            shipping: { pickupHours: [17] },
            initialStock: { unitsPerSku: 0, items: [{ sku: '4471', units: 10 }, { sku: '5000', units: 10 }] },
          },
        ],
        channels: [{ name: 'amazon', demand: { ordersPerDay: 0 } }],
        erp: { valuation: 'fifo', purchasing: { policy: 'none' } },
        scripted: { orders: [{ atSeconds: 36_000, channel: 'amazon', lines: [{ sku: '4471', qty: 2 }, { sku: '5000', qty: 3 }] }] },
      },
      'two-lines',
    );

  for (const traced of [false, true]) {
    it(`every line of a multi-line shipment is booked${traced ? ' (traced, keyed postings)' : ' (unkeyed postings)'}: revenue and AR 7998, COGS 4600`, () => {
      const { metrics, agents, invariants } = runPipeline(twoLines(), traced ? { tracer: new MemoryTrace() } : {});
      expect(invariants.violations).toEqual([]);
      expect(metrics.unitsShipped).toBe(5);
      expect(metrics.revenue).toBe(7_998);
      expect(metrics.cogs).toBe(4_600);
      const ledger = agents.erp.books.ledger;
      expect(ledger.balance('accountsReceivable')).toBe(7_998);
      expect(ledger.balance('revenue')).toBe(-7_998);
      expect(ledger.balance('cogs')).toBe(4_600);
    });
  }
});
