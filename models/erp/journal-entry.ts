// One journal entry: its shape, the rules it must meet (balanced, integer cents, known accounts,
// exactly one side per line) and the frozen copy the ledger stores. The ledger's own errors live here
// too, since most of them are broken entry rules.

import { isAccountId, type AccountId } from './accounts.js';

export interface JournalLineInput {
  readonly account: AccountId;
  readonly debitCents?: number;
  readonly creditCents?: number;
}

export interface JournalEntryInput {
  readonly eventId: string;
  /** Simulated seconds. */
  readonly time: number;
  readonly memo: string;
  readonly lines: readonly JournalLineInput[];
}

/** A stored line: exactly one of `debitCents` or `creditCents` is present. */
export type JournalLine =
  | { readonly account: AccountId; readonly debitCents: number; readonly creditCents?: undefined }
  | { readonly account: AccountId; readonly creditCents: number; readonly debitCents?: undefined };

export interface JournalEntry {
  readonly eventId: string;
  readonly time: number;
  readonly memo: string;
  readonly lines: readonly JournalLine[];
  /** Set on a reversing entry: the eventId of the entry it mirrors. */
  readonly reversesEventId?: string;
}

export type LedgerErrorCode =
  | 'invalid-entry'
  | 'too-few-lines'
  | 'invalid-line'
  | 'invalid-amount'
  | 'unknown-account'
  | 'unbalanced'
  | 'unknown-event'
  | 'already-reversed'
  | 'journal-off'
  | 'invalid-option';

/** Thrown for every refused posting or query; `code` says which rule was broken. */
export class LedgerError extends Error {
  readonly code: LedgerErrorCode;
  readonly eventId: string | undefined;

  constructor(code: LedgerErrorCode, message: string, eventId?: string) {
    super(message);
    this.name = 'LedgerError';
    this.code = code;
    this.eventId = eventId;
  }
}

/** Throws a LedgerError unless `value` is a non-negative safe integer number of cents. */
export function assertCents(value: unknown, what: string, eventId?: string): asserts value is number {
  if (!isCents(value)) {
    throw new LedgerError('invalid-amount', `${what} ${String(value)} is not a non-negative integer number of cents`, eventId);
  }
}

/** Throws a LedgerError unless `eventId` is a non-empty string and `time` a finite number. */
export function assertEntryHeader(eventId: unknown, time: unknown): asserts eventId is string {
  const id = checkEventId(eventId, 'eventId');
  checkTime(time, `entry '${id}'`, id);
}

function checkTime(time: unknown, where: string, eventId: string): asserts time is number {
  if (typeof time !== 'number' || !Number.isFinite(time)) {
    throw new LedgerError('invalid-entry', `${where}: time ${String(time)} must be a finite number of seconds`, eventId);
  }
}

/** Returns `value` if it is a non-empty string, else throws a LedgerError naming `what`. */
export function checkEventId(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new LedgerError('invalid-entry', `${what} ${JSON.stringify(value) ?? String(value)} must be a non-empty string`);
  }
  return value;
}

/** Throws a LedgerError unless `account` is in the chart. */
export function checkAccount(account: unknown, where: string, eventId?: string): asserts account is AccountId {
  if (!isAccountId(account)) {
    throw new LedgerError('unknown-account', `${where}: unknown account ${JSON.stringify(account) ?? String(account)}`, eventId);
  }
}

/** Validates an entry and returns a frozen copy that shares nothing with the caller's objects. */
export function buildEntry(input: JournalEntryInput, reversesEventId: string | undefined): JournalEntry {
  const eventId = checkEventId(input.eventId, 'eventId');
  const where = `entry '${eventId}'`;
  checkTime(input.time, where, eventId);
  if (typeof input.memo !== 'string') {
    throw new LedgerError('invalid-entry', `${where}: memo ${String(input.memo)} must be a string`, eventId);
  }
  const inputLines = input.lines;
  if (!Array.isArray(inputLines) || inputLines.length < 2) {
    const count = Array.isArray(inputLines) ? inputLines.length : String(inputLines);
    throw new LedgerError('too-few-lines', `${where}: has ${count} lines, needs at least 2`, eventId);
  }
  let debitTotal = 0;
  let creditTotal = 0;
  const lines: JournalLine[] = new Array(inputLines.length);
  for (let index = 0; index < inputLines.length; index += 1) {
    const line: JournalLineInput = inputLines[index];
    if (typeof line !== 'object' || line === null) {
      throw new LedgerError('invalid-line', `${where} line ${index + 1}: ${String(line)} is not a line object`, eventId);
    }
    const { account, debitCents, creditCents } = line;
    if (!isAccountId(account)) checkAccount(account, `${where} line ${index + 1}`, eventId);
    if ((debitCents === undefined) === (creditCents === undefined)) {
      const detail = debitCents !== undefined ? `both debitCents ${debitCents} and creditCents ${creditCents}` : 'neither debitCents nor creditCents';
      throw new LedgerError('invalid-line', `${where} line ${index + 1} (${account}): has ${detail}; needs exactly one`, eventId);
    }
    if (debitCents !== undefined) {
      if (!isCents(debitCents)) assertCents(debitCents, `${where} line ${index + 1} (${account}): debitCents`, eventId);
      debitTotal += debitCents;
      lines[index] = Object.freeze({ account, debitCents: debitCents + 0 });
    } else {
      const cents = creditCents as number;
      if (!isCents(cents)) assertCents(cents, `${where} line ${index + 1} (${account}): creditCents`, eventId);
      creditTotal += cents;
      lines[index] = Object.freeze({ account, creditCents: cents + 0 });
    }
  }
  if (!Number.isSafeInteger(debitTotal) || !Number.isSafeInteger(creditTotal)) {
    throw new LedgerError('invalid-amount', `${where}: totals ${debitTotal} / ${creditTotal} exceed the safe integer range`, eventId);
  }
  if (debitTotal !== creditTotal) {
    throw new LedgerError(
      'unbalanced',
      `${where} does not balance: debits ${debitTotal} cents, credits ${creditTotal} cents (difference ${debitTotal - creditTotal})`,
      eventId,
    );
  }
  const entry: JournalEntry = reversesEventId === undefined
    ? { eventId, time: input.time, memo: input.memo, lines: Object.freeze(lines) }
    : { eventId, time: input.time, memo: input.memo, lines: Object.freeze(lines), reversesEventId };
  return Object.freeze(entry);
}

/**
 * A reusable buffer of entry lines for postings that build no entry object (the ledger's
 * journal-off fast path, `Ledger.postRows`): after `clear`, add lines by account index (see
 * `accountIndex`), so a posting looks nothing up by name.
 */
export class EntryRows {
  /** Per line: the account's index in `accountIds`, the amount in cents, and whether it is a debit. */
  readonly accounts: number[] = [];
  readonly cents: number[] = [];
  readonly isDebit: boolean[] = [];
  count = 0;

  /** Empties the buffer and returns it. */
  clear(): this {
    this.count = 0;
    return this;
  }

  /** Appends a debit line to the account at `accountIndex`. */
  debit(accountIndex: number, cents: number): this {
    return this.push(accountIndex, cents, true);
  }

  /** Appends a credit line to the account at `accountIndex`. */
  credit(accountIndex: number, cents: number): this {
    return this.push(accountIndex, cents, false);
  }

  private push(accountIndex: number, cents: number, isDebit: boolean): this {
    const i = this.count++;
    if (i < this.accounts.length) {
      this.accounts[i] = accountIndex;
      this.cents[i] = cents;
      this.isDebit[i] = isDebit;
    } else {
      this.accounts.push(accountIndex);
      this.cents.push(cents);
      this.isDebit.push(isDebit);
    }
    return this;
  }
}

/** True when `value` is a non-negative safe integer (a valid amount of cents). */
export function isCents(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
