// erp-own-count: the ERP's count is fed by periodic batch imports of WMS movements instead of every
// movement. A whole import can be lost, and each line is keyed by hand and can be off by a few units;
// nothing corrects either until a reconciliation.

import type { OwnCountConfig } from '../config.js';
import type { AgentContext } from '../context.js';
import type { MessagePayloads } from '../messages.js';
import type { Purchasing } from './purchasing.js';
import type { ErpStockBooks } from './stock-books.js';

type Batch = MessagePayloads['wms.batch.exported'];
type Movement = Batch['movements'][number];

export type ImportOutcome = 'imported' | 'dropped' | 'duplicate';

/** Counters of what the imports did. */
export interface ImportStats {
  batchesImported: number;
  batchesDropped: number;
  linesKeyed: number;
  /** Lines keyed with the wrong quantity. */
  entryErrors: number;
  /** Sum of (keyed - true) units over the lines keyed wrong. */
  entryErrorUnitsNet: number;
}

/** Applies 'wms.batch.exported' batches to the ERP's books once each, with the configured faults. */
export class BatchImporter {
  readonly stats: ImportStats = { batchesImported: 0, batchesDropped: 0, linesKeyed: 0, entryErrors: 0, entryErrorUnitsNet: 0 };
  readonly #ctx: AgentContext;
  readonly #stock: ErpStockBooks;
  readonly #purchasing: Purchasing;
  readonly #config: OwnCountConfig;
  // One entry per batch ever seen (batches come every import interval, so this stays small).
  readonly #seen = new Set<string>();

  constructor(ctx: AgentContext, stock: ErpStockBooks, purchasing: Purchasing) {
    this.#ctx = ctx;
    this.#stock = stock;
    this.#purchasing = purchasing;
    this.#config = ctx.config.erp.ownCount;
  }

  /** Imports a batch unless it was seen before; the drop decision is made once per batch. */
  import(batch: Batch): ImportOutcome {
    const key = `${batch.warehouse}:${batch.batchId}`;
    if (this.#seen.has(key)) return 'duplicate';
    this.#seen.add(key);
    const ctx = this.#ctx;
    const dropProbability = this.#config.importDropProbability;
    const dropped = dropProbability > 0 && ctx.rng.stream('erp.import.drop').bernoulli(dropProbability);
    const errorsBefore = this.stats.entryErrors;
    if (dropped) this.stats.batchesDropped += 1;
    else {
      batch.movements.forEach((movement, line) => this.#apply(movement, `batch:${key}:${line}`));
      this.stats.batchesImported += 1;
    }
    if (ctx.tracing) {
      ctx.trace({
        time: ctx.sim.now, kind: 'erp.batch.imported', warehouse: batch.warehouse, batchId: batch.batchId, dropped,
        lines: batch.movements.length, entryErrors: this.stats.entryErrors - errorsBefore,
      });
    }
    return dropped ? 'dropped' : 'imported';
  }

  #apply(movement: Movement, eventId: string): void {
    const { sku, delta, kind, valueHintCents } = movement;
    checkMovement(movement, eventId, this.#ctx.catalog.size);
    if (delta === 0) return;
    const units = Math.abs(delta);
    const keyed = this.#keyed(units);
    if (keyed === 0) return;
    const now = this.#ctx.sim.now;
    switch (kind) {
      case 'ship':
        // The batch carries the sales value; the ERP books it as exported whatever quantity was keyed.
        this.#stock.ship(sku, keyed, valueHintCents, eventId, now);
        return;
      case 'receipt': {
        const unitCostCents = valueHintCents > 0 ? Math.round(valueHintCents / units) : this.#ctx.catalog.costCents[sku]!;
        this.#purchasing.receiveUnmatched(sku, keyed, unitCostCents, eventId);
        return;
      }
      case 'adjust':
        this.#ctx.metrics.shrinkValueCents -= this.#stock.adjust(sku, Math.sign(delta) * keyed, 'count-loss', eventId, now);
        return;
      case 'return':
        // The batch carries the refunds; the units come back at the method's cost.
        this.#stock.customerReturn(sku, keyed, valueHintCents, eventId, now);
        return;
    }
  }

  // The quantity as keyed: with entryErrorProbability off by 1..entryErrorUnitsMax either way (never below 0).
  #keyed(units: number): number {
    this.stats.linesKeyed += 1;
    const { entryErrorProbability: p, entryErrorUnitsMax: maxUnits } = this.#config;
    if (p === 0 || maxUnits < 1) return units;
    const stream = this.#ctx.rng.stream('erp.import.entry-error');
    if (!stream.bernoulli(p)) return units;
    const offBy = stream.int(1, maxUnits) * (stream.random() < 0.5 ? -1 : 1);
    const keyed = Math.max(0, units + offBy);
    this.stats.entryErrors += 1;
    this.stats.entryErrorUnitsNet += keyed - units;
    return keyed;
  }
}

function checkMovement(movement: Movement, where: string, skuCount: number): void {
  const { sku, delta, kind, valueHintCents } = movement;
  if (!(Number.isInteger(sku) && sku >= 0 && sku < skuCount)) throw new RangeError(`${where}: sku ${sku} is not a catalogue index`);
  if (!Number.isSafeInteger(delta)) throw new RangeError(`${where}: delta ${delta} must be an integer`);
  if (!Number.isSafeInteger(valueHintCents) || valueHintCents < 0) {
    throw new RangeError(`${where}: valueHintCents ${valueHintCents} must be a non-negative integer`);
  }
  if ((kind === 'ship' && delta > 0) || ((kind === 'receipt' || kind === 'return') && delta < 0)) {
    throw new RangeError(`${where}: a '${kind}' movement cannot have delta ${delta}`);
  }
  if (kind !== 'ship' && kind !== 'receipt' && kind !== 'adjust' && kind !== 'return') throw new RangeError(`${where}: unknown movement kind '${String(kind)}'`);
}
