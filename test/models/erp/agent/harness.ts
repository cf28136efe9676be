// Test harness for the ERP agent: a context built from the scenario defaults and a fake warehouse that
// keeps its own record, ships, adjusts and receives POs, and reports to 'erp' over the bus either
// movement by movement (clean) or in batches (erp-own-count).
import type { ScenarioConfig, SkuItemConfig } from '../../../../models/config.js';
import { createAgentContext, type AgentContext } from '../../../../models/context.js';
import { defaultScenarioConfig } from '../../../../models/defaults.js';
import { Erp, type ErpOptions } from '../../../../models/erp/erp-agent.js';
import type { AdjustmentReason, MessagePayloads } from '../../../../models/messages.js';
import type { BatonTrace } from '../../../../models/trace.js';
import { type Message } from '../../../../sim/index.js';

export const day = 86_400;

export interface TestContext extends AgentContext {
  traces: BatonTrace[];
}

/** A context over a fresh simulation; `items` replaces the generated catalogue. */
export function makeContext(overrides: Partial<ScenarioConfig> = {}, items?: SkuItemConfig[]): TestContext {
  const config = defaultScenarioConfig(overrides);
  if (items !== undefined) config.catalog = { items, zipfAlpha: 1 };
  const traces: BatonTrace[] = [];
  return { ...createAgentContext(config, { trace: (record) => traces.push(record) }), traces };
}

/** The seed's SKU 4471 at $14.00 cost and $24.99 price. */
export const sku4471: SkuItemConfig = { code: '4471', costCents: 1400, priceCents: 2499 };

/** A warehouse stand-in at 'wms:<name>' with a per-SKU record (truth = record). */
export class FakeWms {
  readonly address: string;
  readonly record: Int32Array;
  /** The record at the last batch export (what reconciliation compares with in erp-own-count). */
  readonly exportedRecord: Int32Array;
  readonly shortUnits: Int32Array;
  readonly pos: MessagePayloads['erp.po.placed'][] = [];
  readonly poPlacedAt: number[] = [];
  #pending = new Map<string, { sku: number; delta: number; kind: 'ship' | 'receipt' | 'adjust'; valueHintCents: number }>();
  #nextId = 1;

  constructor(
    readonly ctx: AgentContext,
    readonly name: string,
    opening: Int32Array,
  ) {
    this.address = `wms:${name}`;
    this.record = Int32Array.from(opening);
    this.exportedRecord = Int32Array.from(opening);
    this.shortUnits = new Int32Array(opening.length);
    ctx.bus.register(this.address, (message: Message<any>) => {
      if (message.type !== 'erp.po.placed') throw new Error(`fake wms: unexpected ${message.type}`);
      const po = message.payload as MessagePayloads['erp.po.placed'];
      this.pos.push(po);
      this.poPlacedAt.push(ctx.sim.now);
      ctx.sim.scheduleAt(po.expectedAt, () => this.receive(po));
    });
  }

  get ownCount(): boolean {
    return this.ctx.config.ownership.erpOwnCount;
  }

  /** Ships what the record covers of `qty` units; the rest is counted short. */
  ship(sku: number, qty: number, unitPriceCents: number): number {
    const shipped = Math.min(qty, this.record[sku]);
    this.shortUnits[sku] += qty - shipped;
    if (shipped === 0) return 0;
    this.record[sku] -= shipped;
    if (this.ownCount) {
      this.#accumulate(sku, -shipped, 'ship', shipped * unitPriceCents);
    } else {
      const fulfillmentId = this.#nextId++;
      this.ctx.bus.send(this.address, 'erp', 'wms.order.shipped', {
        orderId: fulfillmentId, fulfillmentId, warehouse: this.name, shippedAt: this.ctx.sim.now,
        lines: [{ sku, qtyShipped: shipped, qtyShort: qty - shipped, unitPriceCents }],
      } satisfies MessagePayloads['wms.order.shipped']);
    }
    return shipped;
  }

  /** Changes the record by `delta` (not below zero) for `reason`. */
  adjust(sku: number, delta: number, reason: AdjustmentReason): void {
    const applied = Math.max(delta, -this.record[sku]);
    if (applied === 0) return;
    this.record[sku] += applied;
    if (this.ownCount) this.#accumulate(sku, applied, 'adjust', 0);
    else {
      this.ctx.bus.send(this.address, 'erp', 'wms.stock.adjusted', {
        eventId: `${this.name}:adj:${this.#nextId++}`, warehouse: this.name, sku, delta: applied, reason,
      } satisfies MessagePayloads['wms.stock.adjusted']);
    }
  }

  /** Sends the movements since the last export as one batch. */
  exportBatch(): void {
    const batchId = `b${this.#nextId++}`;
    const movements = [...this.#pending.values()];
    this.#pending.clear();
    this.exportedRecord.set(this.record);
    this.ctx.bus.send(this.address, 'erp', 'wms.batch.exported', {
      batchId, warehouse: this.name, periodEnd: this.ctx.sim.now, movements,
    } satisfies MessagePayloads['wms.batch.exported']);
  }

  receive(po: MessagePayloads['erp.po.placed']): void {
    this.record[po.sku] += po.qty;
    if (this.ownCount) {
      this.#accumulate(po.sku, po.qty, 'receipt', po.qty * po.unitCostCents);
      return;
    }
    this.ctx.bus.send(this.address, 'erp', 'wms.receipt.completed', {
      eventId: `${this.name}:rcv:${po.poId}`, warehouse: this.name, poId: po.poId, sku: po.sku, qty: po.qty, unitCostCents: po.unitCostCents,
    } satisfies MessagePayloads['wms.receipt.completed']);
  }

  #accumulate(sku: number, delta: number, kind: 'ship' | 'receipt' | 'adjust', valueHintCents: number): void {
    const key = `${sku}:${kind}`;
    const movement = this.#pending.get(key);
    if (movement === undefined) this.#pending.set(key, { sku, delta, kind, valueHintCents });
    else {
      movement.delta += delta;
      movement.valueHintCents += valueHintCents;
    }
  }
}

/** An ERP with the journal kept and the given opening units. */
export function makeErp(ctx: AgentContext, openingUnits: Int32Array, options: Partial<ErpOptions> = {}): Erp {
  return new Erp(ctx, { openingUnits, wmsRecordTotal: () => 0, keepJournal: true, ...options });
}

/** Asserts the ledger's own invariants: each entry balances, the trial balance is zero, inventory equals layers. */
export function booksInvariants(erp: Erp): { unbalancedEntries: number; trialBalanceCents: number; inventoryDifferenceCents: number } {
  const entries = erp.books.ledger.entries();
  const unbalancedEntries = entries.filter((entry) => {
    let debits = 0;
    let credits = 0;
    for (const line of entry.lines) {
      debits += line.debitCents ?? 0;
      credits += line.creditCents ?? 0;
    }
    return debits !== credits;
  }).length;
  return {
    unbalancedEntries,
    trialBalanceCents: erp.books.ledger.trialBalance().totals.balanceCents,
    inventoryDifferenceCents: erp.books.inventoryDifferenceCents(),
  };
}
