import { describe, expect, it } from 'vitest';
import { accountIndex, type AccountId } from '../../../models/erp/accounts.js';
import { EntryRows, LedgerError, type JournalEntryInput } from '../../../models/erp/journal-entry.js';
import { Ledger } from '../../../models/erp/ledger.js';

const sale = (eventId: string, time = 0, cents = 2800): JournalEntryInput => ({
  eventId,
  time,
  memo: 'ship 2 x 4471',
  lines: [
    { account: 'cogs', debitCents: cents },
    { account: 'inventory', creditCents: cents },
  ],
});

function refusal(action: () => unknown): LedgerError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(LedgerError);
    return error as LedgerError;
  }
  throw new Error('expected a LedgerError');
}

function expectUntouched(ledger: Ledger): void {
  expect(ledger.entryCount).toBe(0);
  for (const row of ledger.trialBalance().rows) expect(row.debitCents + row.creditCents, row.account).toBe(0);
}

describe('Ledger.post()', () => {
  it('posts a balanced entry and moves both balances, debit positive', () => {
    const ledger = new Ledger();
    const result = ledger.post(sale('e1'));
    expect(result.posted).toBe(true);
    expect(result.duplicate).toBe(false);
    expect(ledger.balance('cogs')).toBe(2800);
    expect(ledger.balance('inventory')).toBe(-2800);
    expect(ledger.balance('revenue')).toBe(0);
    expect(ledger.entryCount).toBe(1);
    expect(ledger.lineCount).toBe(2);
  });

  it('refuses an unbalanced entry with a message naming both totals, and changes nothing', () => {
    const ledger = new Ledger();
    const error = refusal(() =>
      ledger.post({
        eventId: 'bad',
        time: 0,
        memo: '',
        lines: [
          { account: 'cogs', debitCents: 2800 },
          { account: 'inventory', creditCents: 2700 },
        ],
      }),
    );
    expect(error.code).toBe('unbalanced');
    expect(error.eventId).toBe('bad');
    expect(error.message).toBe("entry 'bad' does not balance: debits 2800 cents, credits 2700 cents (difference 100)");
    expectUntouched(ledger);
  });

  it.each([
    ['a fraction of a cent', 28.5, '28.5'],
    ['a negative amount', -1, '-1'],
    ['NaN', Number.NaN, 'NaN'],
    ['an infinite amount', Number.POSITIVE_INFINITY, 'Infinity'],
    ['a string', '2800', '2800'],
    ['an unsafe integer', 2 ** 53, String(2 ** 53)],
  ])('refuses %s and names the bad value', (_name, amount, shown) => {
    const ledger = new Ledger();
    const error = refusal(() =>
      ledger.post({
        eventId: 'e',
        time: 0,
        memo: '',
        lines: [
          { account: 'cogs', debitCents: amount as number },
          { account: 'inventory', creditCents: amount as number },
        ],
      }),
    );
    expect(error.code).toBe('invalid-amount');
    expect(error.message).toContain(`line 1 (cogs): debitCents ${shown} is not a non-negative integer`);
    expectUntouched(ledger);
  });

  it('refuses a line with both a debit and a credit', () => {
    const error = refusal(() =>
      new Ledger().post({
        eventId: 'e',
        time: 0,
        memo: '',
        lines: [
          { account: 'cogs', debitCents: 5, creditCents: 5 },
          { account: 'inventory', creditCents: 0 },
        ],
      }),
    );
    expect(error.code).toBe('invalid-line');
    expect(error.message).toContain('line 1 (cogs): has both debitCents 5 and creditCents 5');
  });

  it('refuses a line with neither a debit nor a credit', () => {
    const error = refusal(() =>
      new Ledger().post({
        eventId: 'e',
        time: 0,
        memo: '',
        lines: [{ account: 'cogs', debitCents: 5 }, { account: 'inventory' }, { account: 'cash', creditCents: 5 }],
      }),
    );
    expect(error.code).toBe('invalid-line');
    expect(error.message).toContain('line 2 (inventory): has neither debitCents nor creditCents');
  });

  it.each(['invntory', '__proto__', 'toString', ''])('refuses the unknown account %j and names it', (account) => {
    const ledger = new Ledger();
    const error = refusal(() =>
      ledger.post({
        eventId: 'e',
        time: 0,
        memo: '',
        lines: [
          { account: 'cogs', debitCents: 5 },
          { account: account as 'inventory', creditCents: 5 },
        ],
      }),
    );
    expect(error.code).toBe('unknown-account');
    expect(error.message).toContain(`unknown account ${JSON.stringify(account)}`);
    expectUntouched(ledger);
  });

  it.each([0, 1])('refuses an entry with %i line(s)', (count) => {
    const lines = [{ account: 'cash' as const, debitCents: 0 }].slice(0, count);
    const error = refusal(() => new Ledger().post({ eventId: 'e', time: 0, memo: '', lines }));
    expect(error.code).toBe('too-few-lines');
    expect(error.message).toBe(`entry 'e': has ${count} lines, needs at least 2`);
  });

  it('refuses an empty eventId and a non-finite time', () => {
    expect(refusal(() => new Ledger().post(sale(''))).code).toBe('invalid-entry');
    const error = refusal(() => new Ledger().post(sale('e', Number.NaN)));
    expect(error.code).toBe('invalid-entry');
    expect(error.message).toContain('time NaN');
  });

  it('accepts zero-amount lines, so a movement at zero cost is still recorded once', () => {
    const ledger = new Ledger();
    expect(ledger.post(sale('free', 0, 0)).posted).toBe(true);
    expect(ledger.has('free')).toBe(true);
    expect(ledger.balance('cogs')).toBe(0);
  });

  it('posts the same eventId once: the duplicate returns posted false and the original entry', () => {
    const ledger = new Ledger();
    const first = ledger.post(sale('e1', 10, 2800));
    const second = ledger.post(sale('e1', 20, 9999));
    expect(second).toEqual({ posted: false, duplicate: true, entry: first.entry });
    expect(ledger.balance('cogs')).toBe(2800);
    expect(ledger.entryCount).toBe(1);
  });

  it('stores entries frozen and detached from the caller’s objects', () => {
    const ledger = new Ledger();
    const input: { eventId: string; time: number; memo: string; lines: { account: AccountId; debitCents?: number; creditCents?: number }[] } = {
      eventId: 'e1',
      time: 0,
      memo: 'm',
      lines: [
        { account: 'cogs', debitCents: 100 },
        { account: 'inventory', creditCents: 100 },
      ],
    };
    const { entry } = ledger.post(input);
    input.lines[0].debitCents = 5;
    input.lines.push({ account: 'cash', debitCents: 1 });
    const stored = ledger.entry('e1')!;
    expect(stored).toBe(entry);
    expect(stored.lines).toEqual([
      { account: 'cogs', debitCents: 100 },
      { account: 'inventory', creditCents: 100 },
    ]);
    expect(Object.isFrozen(stored)).toBe(true);
    expect(Object.isFrozen(stored.lines)).toBe(true);
    expect(Object.isFrozen(stored.lines[0])).toBe(true);
    expect(() => {
      (stored.lines[0] as { debitCents: number }).debitCents = 1;
    }).toThrow(TypeError);
  });
});

describe('Ledger.reverse()', () => {
  it('posts the mirror entry, which restores every balance', () => {
    const ledger = new Ledger();
    ledger.post({
      eventId: 'sale',
      time: 5,
      memo: 'sale',
      lines: [
        { account: 'cogs', debitCents: 2800 },
        { account: 'inventory', creditCents: 2800 },
        { account: 'accountsReceivable', debitCents: 4998 },
        { account: 'revenue', creditCents: 4998 },
      ],
    });
    const result = ledger.reverse('sale', 'sale.reversal', 9);
    expect(result.posted).toBe(true);
    expect(result.entry).toMatchObject({ eventId: 'sale.reversal', time: 9, reversesEventId: 'sale', memo: 'Reversal of sale: sale' });
    expect(result.entry!.lines).toEqual([
      { account: 'cogs', creditCents: 2800 },
      { account: 'inventory', debitCents: 2800 },
      { account: 'accountsReceivable', creditCents: 4998 },
      { account: 'revenue', debitCents: 4998 },
    ]);
    for (const row of ledger.trialBalance().rows) expect(row.balanceCents, row.account).toBe(0);
    expect(ledger.entryCount).toBe(2);
  });

  it('reverses an entry once; a retried reversal under the same id is a duplicate', () => {
    const ledger = new Ledger();
    ledger.post(sale('e1'));
    ledger.reverse('e1', 'r1', 1);
    expect(ledger.reverse('e1', 'r1', 1)).toMatchObject({ posted: false, duplicate: true });
    const error = refusal(() => ledger.reverse('e1', 'r2', 1));
    expect(error.code).toBe('already-reversed');
    expect(error.message).toBe("cannot reverse 'e1': already reversed by 'r1'");
    expect(ledger.balance('cogs')).toBe(0);
  });

  it('refuses to reverse an unknown entry', () => {
    const error = refusal(() => new Ledger().reverse('nope', 'r', 0));
    expect(error.code).toBe('unknown-event');
    expect(error.message).toContain("'nope'");
  });
});

describe('Ledger.trialBalance() and entries()', () => {
  it('totals debits and credits per account; the signed balances sum to zero', () => {
    const ledger = new Ledger();
    ledger.post(sale('a', 0, 1000));
    ledger.post(sale('b', 0, 500));
    ledger.post({
      eventId: 'c',
      time: 0,
      memo: '',
      lines: [
        { account: 'inventory', debitCents: 300 },
        { account: 'grni', creditCents: 300 },
      ],
    });
    const tb = ledger.trialBalance();
    const inventory = tb.rows.find((row) => row.account === 'inventory')!;
    expect(inventory).toMatchObject({ debitCents: 300, creditCents: 1500, balanceCents: -1200, type: 'asset', normalSide: 'debit' });
    expect(tb.totals).toEqual({ debitCents: 1800, creditCents: 1800, balanceCents: 0 });
  });

  it('entries(from, to) returns entries with from <= time < to in posting order', () => {
    const ledger = new Ledger();
    for (const [id, time] of [['a', 0], ['b', 10], ['c', 20], ['d', 10]] as const) ledger.post(sale(id, time));
    expect(ledger.entries(10, 20).map((entry) => entry.eventId)).toEqual(['b', 'd']);
    expect(ledger.entries().map((entry) => entry.eventId)).toEqual(['a', 'b', 'c', 'd']);
    expect(ledger.entries(21).length).toBe(0);
  });
});

describe('Ledger without a journal', () => {
  it('keeps balances, counts and duplicate detection but no entries', () => {
    const ledger = new Ledger({ keepJournal: false });
    ledger.post(sale('a', 0, 100));
    expect(ledger.post(sale('a', 0, 100))).toEqual({ posted: false, duplicate: true, entry: undefined });
    expect(ledger.balance('cogs')).toBe(100);
    expect(ledger.entryCount).toBe(1);
    expect(refusal(() => ledger.entries()).code).toBe('journal-off');
    expect(refusal(() => ledger.reverse('a', 'r', 1)).code).toBe('journal-off');
  });

  it('forgets eventIds older than the idempotency window, and only those', () => {
    const ledger = new Ledger({ keepJournal: false, idempotencyWindowSeconds: 100 });
    ledger.post(sale('old', 0, 1));
    ledger.post(sale('recent', 150, 1));
    expect(ledger.post(sale('old', 150, 1)).posted).toBe(true);
    ledger.post(sale('late', 200, 1));
    expect(ledger.has('recent')).toBe(true);
    expect(ledger.post(sale('recent', 200, 1)).duplicate).toBe(true);
    expect(ledger.balance('cogs')).toBe(4);
  });

  it('refuses a window on a ledger that keeps its journal, and a negative window', () => {
    expect(refusal(() => new Ledger({ idempotencyWindowSeconds: 60 })).code).toBe('invalid-option');
    expect(refusal(() => new Ledger({ keepJournal: false, idempotencyWindowSeconds: -1 })).message).toContain('-1');
  });
});

describe('Ledger.postRows() (journal off, no eventId)', () => {
  it('moves the balances and counts one entry of as many lines as rows', () => {
    const ledger = new Ledger({ keepJournal: false });
    const rows = new EntryRows().debit(accountIndex('cogs'), 2800).credit(accountIndex('inventory'), 2800).debit(accountIndex('accountsReceivable'), 4998).credit(accountIndex('revenue'), 4998);
    ledger.postRows(rows, 'shipment', '4471');
    expect(ledger.balance('cogs')).toBe(2800);
    expect(ledger.balance('inventory')).toBe(-2800);
    expect(ledger.balance('accountsReceivable')).toBe(4998);
    expect(ledger.balance('revenue')).toBe(-4998);
    expect(ledger.entryCount).toBe(1);
    expect(ledger.lineCount).toBe(4);
  });

  it('reuses the buffer: clear() starts a new entry', () => {
    const ledger = new Ledger({ keepJournal: false });
    const rows = new EntryRows();
    ledger.postRows(rows.clear().debit(accountIndex('cogs'), 100).credit(accountIndex('inventory'), 100), 'first', 'P');
    ledger.postRows(rows.clear().debit(accountIndex('cogs'), 50).credit(accountIndex('inventory'), 50), 'second', 'P');
    expect(ledger.balance('cogs')).toBe(150);
    expect(ledger.entryCount).toBe(2);
    expect(ledger.lineCount).toBe(4);
  });

  it('refuses unbalanced rows, a bad amount, an unknown account or one line, and changes nothing', () => {
    const ledger = new Ledger({ keepJournal: false });
    expect(refusal(() => ledger.postRows(new EntryRows().debit(accountIndex('cogs'), 100).credit(accountIndex('inventory'), 90), 'x', 'P')).code).toBe('unbalanced');
    expect(refusal(() => ledger.postRows(new EntryRows().debit(accountIndex('cogs'), 1.5).credit(accountIndex('inventory'), 1.5), 'x', 'P')).code).toBe('invalid-amount');
    expect(refusal(() => ledger.postRows(new EntryRows().debit(99, 1).credit(accountIndex('inventory'), 1), 'x', 'P')).code).toBe('unknown-account');
    expect(refusal(() => ledger.postRows(new EntryRows().debit(accountIndex('cogs'), 0), 'x', 'P')).code).toBe('too-few-lines');
    expect(refusal(() => ledger.postRows(new EntryRows().debit(accountIndex('cogs'), 100).credit(accountIndex('inventory'), 90), 'shipment', '4471')).message).toMatch(/^shipment of SKU 4471 does not balance/);
    expectUntouched(ledger);
  });

  it('is refused by a ledger that keeps its journal (every entry there needs an eventId)', () => {
    const ledger = new Ledger();
    expect(refusal(() => ledger.postRows(new EntryRows().debit(accountIndex('cogs'), 1).credit(accountIndex('inventory'), 1), 'x', 'P')).code).toBe('journal-off');
    expectUntouched(ledger);
  });
});
