// Chart of accounts for the ERP's perpetual, Anglo-Saxon inventory accounting.
//
// Count gains are credited to `shrinkage` rather than to a separate gain account: a gain found at a
// count usually undoes an earlier loss (a mis-scan, a mis-pick later found), so the `shrinkage`
// balance is net shrink (losses minus gains), as a single inventory-loss account does in Odoo.

export type AccountType = 'asset' | 'liability' | 'equity' | 'revenue' | 'expense';

/** The side on which an account's balance normally sits (a debit raises an asset, a credit a liability). */
export type NormalSide = 'debit' | 'credit';

export interface AccountDefinition {
  readonly type: AccountType;
  readonly normalSide: NormalSide;
  readonly title: string;
}

/** Every account the ledger accepts, keyed by its id. */
export const chartOfAccounts = {
  inventory: { type: 'asset', normalSide: 'debit', title: 'Inventory (stock valuation)' },
  grni: { type: 'liability', normalSide: 'credit', title: 'Goods received not invoiced' },
  accountsPayable: { type: 'liability', normalSide: 'credit', title: 'Accounts payable' },
  accountsReceivable: { type: 'asset', normalSide: 'debit', title: 'Accounts receivable' },
  cash: { type: 'asset', normalSide: 'debit', title: 'Cash' },
  openingEquity: { type: 'equity', normalSide: 'credit', title: 'Opening balance equity' },
  revenue: { type: 'revenue', normalSide: 'credit', title: 'Sales revenue' },
  // Contra-revenue: refunds are kept apart from sales so gross sales stay visible.
  salesReturns: { type: 'revenue', normalSide: 'debit', title: 'Sales returns and refunds' },
  cogs: { type: 'expense', normalSide: 'debit', title: 'Cost of goods sold' },
  shrinkage: { type: 'expense', normalSide: 'debit', title: 'Inventory shrinkage (net of count gains)' },
  purchasePriceVariance: { type: 'expense', normalSide: 'debit', title: 'Purchase price variance' },
} as const satisfies Record<string, AccountDefinition>;

export type AccountId = keyof typeof chartOfAccounts;

/** All account ids in chart order (the order reports list them in). */
export const accountIds: readonly AccountId[] = Object.freeze(Object.keys(chartOfAccounts) as AccountId[]);

const indexOfAccount = new Map<string, number>(accountIds.map((account, i) => [account, i]));

/** Position of an account in `accountIds` (the ledger keeps its totals by it); throws for an unknown id. */
export function accountIndex(account: AccountId): number {
  const index = indexOfAccount.get(account);
  if (index === undefined) throw new RangeError(`unknown account ${JSON.stringify(account)}`);
  return index;
}

/** True when `value` names an account of the chart (own keys only, so `toString` or `__proto__` fail). */
export function isAccountId(value: unknown): value is AccountId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(chartOfAccounts, value);
}

/** The definition of an account; the id must be valid. */
export function accountDefinition(account: AccountId): AccountDefinition {
  return chartOfAccounts[account];
}
