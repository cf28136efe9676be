// Revenue and receivables through the whole pipeline, keyed (traced) and unkeyed: every shipped unit
// is owed by the customer at its price, in the metrics and in the ERP's ledger, to the cent.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../models/pipeline.js';
import { MemoryTrace } from '../../sim/index.js';
import { loadScenario } from '../../scenarios/load.js';

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
});
