import { describe, expect, it } from 'vitest';
import { accountIds, accountIndex, chartOfAccounts, isAccountId, type AccountId } from '../../../models/erp/accounts.js';

describe('chart of accounts', () => {
  it('holds the accounts the ERP posts to, each with a type and a normal side', () => {
    for (const id of [
      'inventory', 'grni', 'accountsPayable', 'accountsReceivable', 'cash', 'openingEquity',
      'revenue', 'salesReturns', 'cogs', 'shrinkage', 'purchasePriceVariance',
    ]) {
      expect(accountIds).toContain(id);
    }
    expect(chartOfAccounts.inventory).toMatchObject({ type: 'asset', normalSide: 'debit' });
    expect(chartOfAccounts.grni).toMatchObject({ type: 'liability', normalSide: 'credit' });
    expect(chartOfAccounts.accountsPayable).toMatchObject({ type: 'liability', normalSide: 'credit' });
    expect(chartOfAccounts.revenue).toMatchObject({ type: 'revenue', normalSide: 'credit' });
    expect(chartOfAccounts.salesReturns).toMatchObject({ type: 'revenue', normalSide: 'debit' });
    expect(chartOfAccounts.cogs).toMatchObject({ type: 'expense', normalSide: 'debit' });
    expect(chartOfAccounts.openingEquity).toMatchObject({ type: 'equity', normalSide: 'credit' });
  });

  it('gives every asset and expense a debit normal side and every liability and equity a credit one', () => {
    for (const id of accountIds) {
      const { type, normalSide } = chartOfAccounts[id];
      if (type === 'asset' || type === 'expense') expect(normalSide, id).toBe('debit');
      if (type === 'liability' || type === 'equity') expect(normalSide, id).toBe('credit');
    }
  });

  it('isAccountId() accepts own ids only, not prototype keys or other values', () => {
    expect(isAccountId('cogs')).toBe(true);
    expect(isAccountId('invntory')).toBe(false);
    expect(isAccountId('toString')).toBe(false);
    expect(isAccountId('__proto__')).toBe(false);
    expect(isAccountId(undefined)).toBe(false);
    expect(isAccountId(3)).toBe(false);
  });
});

describe('accountIndex', () => {
  it('is the position in accountIds, and refuses an unknown id by name', () => {
    accountIds.forEach((account, i) => expect(accountIndex(account)).toBe(i));
    expect(() => accountIndex('nope' as AccountId)).toThrow(/"nope"/);
  });
});
