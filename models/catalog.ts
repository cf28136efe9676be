// The SKU catalogue: codes, unit cost, price and demand weight, indexed 0..count-1 so agents
// can keep per-SKU state in typed arrays.
import type { CatalogConfig } from './config.js';
import { pow } from '../sim/index.js';

/** Resolved SKUs; `index(code)` maps a scenario's SKU code to its array index. */
export class Catalog {
  readonly codes: string[];
  readonly costCents: Int32Array;
  readonly priceCents: Int32Array;
  /** Demand weights, normalised to sum to 1. */
  readonly popularity: Float64Array;
  private readonly indexByCode = new Map<string, number>();

  constructor(config: CatalogConfig) {
    const items = config.items ?? generateItems(config);
    this.codes = items.map((item) => item.code);
    const n = items.length;
    this.costCents = new Int32Array(n);
    this.priceCents = new Int32Array(n);
    const weights = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const item = items[i]!;
      this.costCents[i] = item.costCents;
      this.priceCents[i] = item.priceCents;
      weights[i] = item.popularity ?? pow(i + 1, -config.zipfAlpha);
      total += weights[i]!;
    }
    this.popularity = new Float64Array(n);
    for (let i = 0; i < n; i++) this.popularity[i] = total > 0 ? weights[i]! / total : 0;
    items.forEach((item, i) => {
      if (this.indexByCode.has(item.code)) throw new RangeError(`catalog: duplicate SKU code "${item.code}"`);
      this.indexByCode.set(item.code, i);
    });
  }

  /** Number of SKUs. */
  get size(): number {
    return this.codes.length;
  }

  /** Index of a SKU code; throws naming the code when unknown. */
  index(code: string): number {
    const i = this.indexByCode.get(code);
    if (i === undefined) throw new RangeError(`unknown SKU "${code}"`);
    return i;
  }

  /** True when the code is in the catalogue. */
  has(code: string): boolean {
    return this.indexByCode.has(code);
  }
}

function generateItems(config: CatalogConfig) {
  const g = config.generate;
  if (g === undefined) throw new RangeError('catalog: give either items or generate');
  // Costs spread evenly over [min, max] by a fixed stride, so generation needs no random stream.
  const span = g.costCentsMax - g.costCentsMin;
  return Array.from({ length: g.count }, (_, i) => {
    const costCents = g.costCentsMin + Math.round((span * ((i * 7919) % g.count)) / Math.max(1, g.count - 1));
    return {
      code: `${g.codePrefix}${String(i + 1).padStart(String(g.count).length, '0')}`,
      costCents,
      priceCents: Math.round(costCents * (1 + g.marginPct / 100)),
      popularity: undefined as number | undefined,
    };
  });
}
