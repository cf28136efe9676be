// Random sales and refreshes against a channel's view, checked after every step against a model kept
// apart from it: views never go negative, a sale is accepted exactly when the view covers it, and the
// pending units are the sales the last applied figure did not include.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChannelView } from '../../../models/channels/index.js';

const skuCount = 3;

type Op =
  | { kind: 'sell'; lines: { sku: number; qty: number }[] }
  | { kind: 'ats'; age: number; watermarkBack: number; figures: [number, number][] }
  | { kind: 'stock'; age: number; watermarkBack: number; figures: [number, number][]; share: number };

const sku = fc.integer({ min: 0, max: skuCount - 1 });
const figures = fc.array(fc.tuple(sku, fc.integer({ min: 0, max: 12 })), { maxLength: 3 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sell' as const), lines: fc.array(fc.record({ sku, qty: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('ats' as const), age: fc.integer({ min: -2, max: 3 }), watermarkBack: fc.integer({ min: 0, max: 3 }), figures }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stock' as const), age: fc.integer({ min: -2, max: 3 }), watermarkBack: fc.integer({ min: 0, max: 3 }), figures, share: fc.constantFrom(1, 0.5, 0.3) }) },
);

describe('ChannelView under random sales and refreshes', () => {
  it('never goes negative and matches an independent model', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: skuCount, maxLength: skuCount }), fc.array(op, { maxLength: 80 }), (initial, ops) => {
        const view = new ChannelView(skuCount);
        view.setAll(Int32Array.from(initial));
        const model = { view: [...initial], sales: [] as { seq: number; sku: number; qty: number }[], lastComputedAt: -Infinity };
        let seq = 0;
        let now = 0;
        for (const o of ops) {
          now += 1;
          if (o.kind === 'sell') {
            const wanted = new Array<number>(skuCount).fill(0);
            for (const l of o.lines) wanted[l.sku]! += l.qty;
            const covered = wanted.every((w, s) => w <= model.view[s]!);
            expect(view.trySell(seq + 1, o.lines)).toBe(covered);
            if (covered) {
              seq++;
              for (const l of o.lines) {
                model.view[l.sku]! -= l.qty;
                model.sales.push({ seq, sku: l.sku, qty: l.qty });
              }
            }
          } else {
            // Figures for a SKU listed twice: the later one wins in both.
            const computedAt = now - o.age;
            const skus = o.figures.map(([s]) => s);
            const values = o.figures.map(([, v]) => v);
            const watermark = Math.max(0, seq - o.watermarkBack);
            const applied = o.kind === 'ats' ? view.applyAts(computedAt, watermark, skus, values) : view.applyStock(computedAt, watermark, skus, values, o.share);
            expect(applied).toBe(computedAt >= model.lastComputedAt);
            if (applied) {
              model.lastComputedAt = computedAt;
              // Both feeds say by watermark which sales their figures include.
              const included = (x: { seq: number }) => x.seq <= watermark;
              // Sales leave in order, so only a leading run of included ones goes.
              while (model.sales.length > 0 && included(model.sales[0]!)) model.sales.shift();
              const share = o.kind === 'stock' ? o.share : 1;
              for (const [s, v] of o.figures) {
                const pending = model.sales.filter((x) => x.sku === s).reduce((a, x) => a + x.qty, 0);
                model.view[s] = Math.max(0, Math.floor(v * share + 1e-9) - pending);
              }
            }
          }
          for (let s = 0; s < skuCount; s++) {
            expect(view.get(s)).toBeGreaterThanOrEqual(0);
            expect(view.get(s)).toBe(model.view[s]);
            expect(view.pending(s)).toBe(model.sales.filter((x) => x.sku === s).reduce((a, x) => a + x.qty, 0));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
