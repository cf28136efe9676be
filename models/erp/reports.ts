// Period-close reports: trial balance, inventory valuation, and profit and loss for a period.
// Plain data out, in integer cents; formatting belongs to viz/.

import { accountIds, chartOfAccounts, type AccountId, type AccountType } from './accounts.js';
import type { ErpBooks } from './books.js';
import type { JournalEntry } from './journal-entry.js';
import type { Ledger, TrialBalance } from './ledger.js';
import { mulDivRoundHalfUp } from './valuation/rounding.js';
import type { SkuKey } from './valuation/errors.js';
import type { InventoryValuation, ValuationMethod } from './valuation/types.js';

export interface TrialBalanceReportRow {
  readonly account: AccountId;
  readonly title: string;
  readonly type: AccountType;
  /** The balance when it is a debit balance, else 0. */
  readonly debitBalanceCents: number;
  /** The balance when it is a credit balance, else 0. */
  readonly creditBalanceCents: number;
}

export interface TrialBalanceReport {
  readonly rows: readonly TrialBalanceReportRow[];
  readonly totalDebitCents: number;
  readonly totalCreditCents: number;
  /** True when the debit and credit columns add up to the same total. */
  readonly balanced: boolean;
}

export interface ValuationReportRow {
  readonly sku: string;
  readonly quantity: number;
  /** value / quantity rounded half up (the carrying cost per unit); the method's unit cost when empty. */
  readonly unitCostCents: number;
  readonly valueCents: number;
}

export interface ValuationReport {
  readonly method: ValuationMethod;
  readonly rows: readonly ValuationReportRow[];
  readonly totalQuantity: number;
  readonly totalValueCents: number;
}

/** Amounts for [fromTime, toTime); expenses positive when they reduce profit. */
export interface ProfitAndLoss {
  readonly fromTime: number;
  readonly toTime: number;
  readonly revenueCents: number;
  readonly salesReturnsCents: number;
  readonly netRevenueCents: number;
  readonly cogsCents: number;
  readonly grossMarginCents: number;
  /** Net of count gains. */
  readonly shrinkageCents: number;
  /** Positive when purchases cost more than standard or than received. */
  readonly purchasePriceVarianceCents: number;
  readonly netIncomeCents: number;
}

export interface PeriodClose {
  readonly trialBalance: TrialBalanceReport;
  readonly valuation: ValuationReport;
  readonly profitAndLoss: ProfitAndLoss;
  /** Ledger inventory minus valuation total; anything but 0 is an invariant violation. */
  readonly inventoryDifferenceCents: number;
}

/** The classic two-column trial balance from the ledger's running balances. */
export function trialBalanceReport(ledger: Ledger): TrialBalanceReport {
  let totalDebitCents = 0;
  let totalCreditCents = 0;
  const rows = ledger.trialBalance().rows.map((row): TrialBalanceReportRow => {
    const debitBalanceCents = row.balanceCents > 0 ? row.balanceCents : 0;
    const creditBalanceCents = row.balanceCents < 0 ? -row.balanceCents : 0;
    totalDebitCents += debitBalanceCents;
    totalCreditCents += creditBalanceCents;
    return { account: row.account, title: chartOfAccounts[row.account].title, type: row.type, debitBalanceCents, creditBalanceCents };
  });
  return { rows, totalDebitCents, totalCreditCents, balanced: totalDebitCents === totalCreditCents };
}

/** Quantity, unit cost and value per SKU, named and sorted by its label (code-unit order, the same on every machine). */
export function inventoryValuationReport<Sku extends SkuKey>(valuation: InventoryValuation<Sku>, options: { includeEmpty?: boolean } = {}): ValuationReport {
  const skus = valuation.skus().map((key) => ({ key, label: valuation.skuLabel(key) })).sort((a, b) => compareCodeUnits(a.label, b.label));
  let totalQuantity = 0;
  let totalValueCents = 0;
  const rows: ValuationReportRow[] = [];
  for (const { key, label } of skus) {
    const quantity = valuation.quantity(key);
    if (quantity === 0 && options.includeEmpty !== true) continue;
    const valueCents = valuation.value(key);
    const unitCostCents = quantity > 0 ? mulDivRoundHalfUp(valueCents, 1, quantity) : valuation.unitCost(key);
    rows.push({ sku: label, quantity, unitCostCents, valueCents });
    totalQuantity += quantity;
    totalValueCents += valueCents;
  }
  return { method: valuation.method, rows, totalQuantity, totalValueCents };
}

/** Profit and loss over [fromTime, toTime) from the journal entries posted at those times. */
export function profitAndLoss(ledger: Ledger, fromTime: number, toTime: number): ProfitAndLoss {
  checkPeriod(fromTime, toTime);
  return profitAndLossFromMovements(movementsOf(ledger.entries(fromTime, toTime)), fromTime, toTime);
}

/**
 * Profit and loss from two trial balances taken at the period's start and end, for ledgers that keep
 * no journal (snapshot `ledger.trialBalance()` at each close).
 */
export function profitAndLossBetween(opening: TrialBalance, closing: TrialBalance, fromTime: number, toTime: number): ProfitAndLoss {
  checkPeriod(fromTime, toTime);
  const movements = zeroMovements();
  for (const row of closing.rows) movements[row.account] += row.balanceCents;
  for (const row of opening.rows) movements[row.account] -= row.balanceCents;
  return profitAndLossFromMovements(movements, fromTime, toTime);
}

/** Trial balance, valuation and P&L for [fromTime, toTime), with the inventory reconciliation. */
export function periodCloseReport<Sku extends SkuKey>(books: ErpBooks<Sku>, fromTime: number, toTime: number): PeriodClose {
  return {
    trialBalance: trialBalanceReport(books.ledger),
    valuation: inventoryValuationReport(books.valuation),
    profitAndLoss: profitAndLoss(books.ledger, fromTime, toTime),
    inventoryDifferenceCents: books.inventoryDifferenceCents(),
  };
}

// Signed net movement per account, debit positive.
type Movements = Record<AccountId, number>;

function zeroMovements(): Movements {
  const movements = {} as Movements;
  for (const account of accountIds) movements[account] = 0;
  return movements;
}

function movementsOf(entries: readonly JournalEntry[]): Movements {
  const movements = zeroMovements();
  for (const entry of entries) {
    for (const line of entry.lines) {
      if (line.debitCents !== undefined) movements[line.account] += line.debitCents;
      else movements[line.account] -= line.creditCents;
    }
  }
  return movements;
}

function profitAndLossFromMovements(movements: Movements, fromTime: number, toTime: number): ProfitAndLoss {
  const revenueCents = -movements.revenue;
  const salesReturnsCents = movements.salesReturns;
  const netRevenueCents = revenueCents - salesReturnsCents;
  const cogsCents = movements.cogs;
  const grossMarginCents = netRevenueCents - cogsCents;
  // Net income sums every revenue and expense account, so an account added to the chart is never missed.
  let netIncomeCents = 0;
  for (const account of accountIds) {
    const { type } = chartOfAccounts[account];
    if (type === 'revenue' || type === 'expense') netIncomeCents -= movements[account];
  }
  return {
    fromTime,
    toTime,
    revenueCents,
    salesReturnsCents,
    netRevenueCents,
    cogsCents,
    grossMarginCents,
    shrinkageCents: movements.shrinkage,
    purchasePriceVarianceCents: movements.purchasePriceVariance,
    netIncomeCents,
  };
}

function checkPeriod(fromTime: number, toTime: number): void {
  if (Number.isNaN(fromTime) || Number.isNaN(toTime) || fromTime > toTime) {
    throw new RangeError(`period [${fromTime}, ${toTime}) is invalid: fromTime must not exceed toTime`);
  }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
