// The state of a scenario before its first event, read from freshly built agents (nothing runs):
// every system's number per SKU, the bins each SKU sits in, and what the floors look like.
import type { ScenarioConfig } from '../../models/config.js';
import { buildPipeline } from '../../models/pipeline.js';

const defaults = { binsPerFloor: 3_000 };

/** One warehouse's opening state. */
export interface StartWarehouse {
  name: string;
  record: Int32Array;
  physical: Int32Array;
  /** Bin address per SKU index, for the first `binsPerFloor` SKUs. */
  bins: string[];
}

/** Every system's opening number per SKU index, and the SKU codes by index. */
export interface TwinStart {
  skuCodes: string[];
  /** SKU indexes, most popular first (ties by index). */
  byPopularity: number[];
  warehouses: StartWarehouse[];
  /** Each channel's opening view and the share of ATS withheld from it. */
  channels: { name: string; view: Int32Array; bufferShare: number }[];
  /** OMS available-to-sell per SKU; null without an OMS. */
  ats: Int32Array | null;
  erp: Int32Array;
}

/** Builds the scenario's agents (without running them) and reads their opening numbers. */
export function readStart(config: ScenarioConfig): TwinStart {
  const { ctx, warehouses, oms, channels, erp } = buildPipeline(config);
  const { catalog } = ctx;
  const count = catalog.size;
  const each = (f: (s: number) => number) => Int32Array.from({ length: count }, (_, s) => f(s));
  const byPopularity = Array.from({ length: count }, (_, s) => s).sort((a, b) => catalog.popularity[b]! - catalog.popularity[a]! || a - b);
  return {
    skuCodes: [...catalog.codes],
    byPopularity,
    warehouses: warehouses.map((w) => ({
      name: w.name,
      record: each((s) => w.recordOnHand(s)),
      physical: each((s) => w.physicalOnHand(s)),
      bins: Array.from({ length: Math.min(count, defaults.binsPerFloor) }, (_, s) => w.binOf(s)),
    })),
    channels: channels.map((c) => ({ name: c.config.name, view: each((s) => c.view(s)), bufferShare: c.config.bufferShare })),
    ats: oms === null ? null : each((s) => oms.ats(s)),
    erp: each((s) => erp.quantity(s)),
  };
}
