// The swarm's auditor: checks computed from a run's outputs alone (its metrics and its trace of ERP
// postings), independent of the bookkeeping the invariants read.
import type { BatonTrace } from '../../models/trace.js';

/** Sums the ERP postings of a trace, per account (debits minus credits, cents). */
export class PostingTotals {
  readonly balances = new Map<string, number>();

  /** Takes one trace record (others are ignored). */
  add(record: BatonTrace): void {
    if (record.kind !== 'erp.posted') return;
    for (const line of record.lines) this.balances.set(line.account, (this.balances.get(line.account) ?? 0) + (line.debitCents ?? 0) - (line.creditCents ?? 0));
  }

  /** The net debit balance of an account. */
  balance(account: string): number {
    return this.balances.get(account) ?? 0;
  }
}

/** Every audit finding for a run (empty when all hold). */
export function auditRun(metrics: Record<string, number>, postings: PostingTotals, orderStates: { received: number; open: number; backordered: number; shipped: number; cancelled: number } | null): string[] {
  const m = (name: string) => metrics[name] ?? NaN;
  const problems: string[] = [];
  const physical = m('openingUnits') + m('unitsReceived') + m('unitsReturned') - m('unitsShipped') - m('shrinkUnits') - m('damagedUnits');
  if (physical !== m('closingUnits')) problems.push(`units: opening + received + returned - shipped - shrink - damaged = ${physical}, but closingUnits = ${m('closingUnits')}`);
  const record = m('openingRecordUnits') + m('recordReceivedUnits') - m('recordShippedUnits') + m('recordAdjustedUnits');
  if (record !== m('closingRecordUnits')) problems.push(`record units: opening + received - shipped + adjusted = ${record}, but closingRecordUnits = ${m('closingRecordUnits')}`);
  if (postings.balance('cogs') !== m('cogs')) problems.push(`COGS from the postings is ${postings.balance('cogs')} cents, the result says ${m('cogs')}`);
  if (postings.balance('salesReturns') !== m('refunds')) problems.push(`refunds from the postings are ${postings.balance('salesReturns')} cents, the result says ${m('refunds')}`);
  if (postings.balance('inventory') !== m('inventoryValue')) problems.push(`inventory from the postings is ${postings.balance('inventory')} cents, the result says ${m('inventoryValue')}`);
  let total = 0;
  for (const value of postings.balances.values()) total += value;
  if (total !== 0) problems.push(`the postings do not balance: debits - credits = ${total} cents`);
  if (orderStates !== null) {
    const states = orderStates.open + orderStates.backordered + orderStates.shipped + orderStates.cancelled;
    if (states !== orderStates.received) problems.push(`orders: ${orderStates.received} received by the OMS but ${states} in a state (open, backordered, shipped, cancelled)`);
    if (orderStates.received > m('ordersAccepted')) problems.push(`orders: the OMS received ${orderStates.received}, more than the ${m('ordersAccepted')} accepted`);
  }
  return problems;
}
