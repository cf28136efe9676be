import { describe, expect, it } from 'vitest';
import { LedgerError, assertCents, assertEntryHeader, buildEntry, isCents } from '../../../models/erp/journal-entry.js';

describe('buildEntry()', () => {
  it('returns a frozen copy with exactly one side per line', () => {
    const entry = buildEntry(
      {
        eventId: 'e',
        time: 3,
        memo: 'm',
        lines: [
          { account: 'cash', debitCents: 10 },
          { account: 'accountsReceivable', creditCents: 10 },
        ],
      },
      undefined,
    );
    expect(entry).toEqual({
      eventId: 'e',
      time: 3,
      memo: 'm',
      lines: [
        { account: 'cash', debitCents: 10 },
        { account: 'accountsReceivable', creditCents: 10 },
      ],
    });
    expect('reversesEventId' in entry).toBe(false);
    expect(Object.isFrozen(entry)).toBe(true);
  });

  it('stores -0 as 0', () => {
    const entry = buildEntry(
      { eventId: 'e', time: 0, memo: '', lines: [{ account: 'cash', debitCents: -0 }, { account: 'cogs', creditCents: -0 }] },
      undefined,
    );
    expect(Object.is(entry.lines[0].debitCents, 0)).toBe(true);
  });
});

describe('assertCents(), isCents() and assertEntryHeader()', () => {
  it('accepts non-negative integers and names anything else', () => {
    expect(() => assertCents(0, 'x')).not.toThrow();
    expect(() => assertCents(12, 'x')).not.toThrow();
    expect(() => assertCents(-3, 'revenueCents')).toThrow('revenueCents -3 is not a non-negative integer number of cents');
    expect(() => assertCents(0.1 + 0.2, 'price')).toThrow('price 0.30000000000000004');
    expect(isCents(5)).toBe(true);
    expect(isCents(-1)).toBe(false);
    expect(isCents(Number.MAX_SAFE_INTEGER + 1)).toBe(false);
  });

  it('assertEntryHeader() names a bad eventId or time', () => {
    expect(() => assertEntryHeader('e', 0)).not.toThrow();
    expect(() => assertEntryHeader(42, 0)).toThrow('eventId 42 must be a non-empty string');
    expect(() => assertEntryHeader('e', Number.POSITIVE_INFINITY)).toThrow(LedgerError);
    expect(() => assertEntryHeader('e', Number.POSITIVE_INFINITY)).toThrow("entry 'e': time Infinity must be a finite number");
  });
});
