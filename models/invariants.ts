// The invariants of the README's "Invariants", checked against the agents' independent bookkeeping at each close
// and at the end of a run. Each violation is one readable line.
import type { PipelineAgents } from './pipeline.js';

/** Every violated invariant (empty when all hold). */
export function checkInvariants({ ctx, warehouses, oms, erp }: PipelineAgents): string[] {
  const violations: string[] = [];
  const { catalog, metrics } = ctx;
  const skuCount = catalog.size;
  for (const [wi, w] of warehouses.entries()) {
    const c = w.conservation();
    const expected = c.initial + c.received - c.shipped - c.shrunk - c.damaged;
    if (expected !== c.physicalOnHand) {
      violations.push(`wms:${w.name}: units not conserved: initial ${c.initial} + received ${c.received} - shipped ${c.shipped} - shrunk ${c.shrunk} - damaged ${c.damaged} = ${expected}, but ${c.physicalOnHand} on hand`);
    }
    for (let s = 0; s < skuCount; s++) {
      const record = w.recordOnHand(s);
      const physical = w.physicalOnHand(s);
      if (record < 0 || physical < 0) violations.push(`wms:${w.name}: negative on-hand for SKU ${catalog.codes[s]} (record ${record}, physical ${physical})`);
      // The OMS's contract (models/oms/stock.ts): 0 <= reserved <= max(0, record). Its record is its
      // belief of the WMS record and may fall below zero when it missed messages; it never reserves
      // units that belief does not back.
      if (oms !== null) {
        const reserved = oms.reserved(wi, s);
        const record = oms.record(wi, s);
        if (reserved < 0 || reserved > Math.max(0, record)) {
          violations.push(`oms: reserved ${reserved} outside 0..max(0, record ${record}) for SKU ${catalog.codes[s]} at ${w.name}`);
        }
      }
    }
  }
  const trial = erp.books.ledger.trialBalance().totals;
  if (trial.debitCents !== trial.creditCents || trial.balanceCents !== 0) {
    violations.push(`erp: trial balance does not sum to zero (debits ${trial.debitCents}, credits ${trial.creditCents})`);
  }
  if (!erp.books.inventoryMatchesLayers()) {
    violations.push(`erp: the inventory account differs from the valuation layers by ${erp.books.inventoryDifferenceCents()} cents`);
  }
  if (oms !== null) {
    // Every order the OMS received is in exactly one state; accepted orders still on the bus are not received yet.
    const s = oms.orderStates();
    const accounted = s.open + s.backordered + s.shipped + s.cancelled;
    if (accounted !== s.received) {
      violations.push(`oms: ${s.received} orders received but ${s.open} open + ${s.backordered} backordered + ${s.shipped} shipped + ${s.cancelled} cancelled = ${accounted}`);
    }
    if (s.received > metrics.ordersAccepted) violations.push(`oms: received ${s.received} orders but channels accepted only ${metrics.ordersAccepted}`);
  }
  return violations;
}
