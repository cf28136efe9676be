// The general ledger: an append-only journal of balanced entries in integer cents with running
// balances per account. It owns the arithmetic of the books and knows nothing of SKUs or valuation.
// Entries are immutable; a mistake is corrected by a reversing entry, never by an edit. One entry per
// eventId, so a duplicated message posts once.

import { accountIds, accountIndex, chartOfAccounts, type AccountId, type AccountType, type NormalSide } from './accounts.js';
import { LedgerError, assertCents, buildEntry, checkAccount, checkEventId, isCents, type EntryRows, type JournalEntry, type JournalEntryInput } from './journal-entry.js';

const defaults = {
  keepJournal: true,
  // Without the journal, posted eventIds are the only memory that grows with history; a finite window
  // forgets ids older than the newest posting time minus the window.
  idempotencyWindowSeconds: Number.POSITIVE_INFINITY,
  // Compact the id-expiry queue once this many expired slots sit at its head.
  expiryCompactSlots: 4096,
};

/** `entry` is the posted entry, or for a duplicate the original when the journal is kept. */
export type PostResult =
  | { readonly posted: true; readonly duplicate: false; readonly entry: JournalEntry }
  | { readonly posted: false; readonly duplicate: true; readonly entry: JournalEntry | undefined };

export interface LedgerOptions {
  /** Retain entry objects (needed by `entries`, `entry`, `reverse`). Off: balances and counts only. */
  readonly keepJournal?: boolean;
  /** Only with `keepJournal: false`: forget eventIds this many seconds older than the newest posting. */
  readonly idempotencyWindowSeconds?: number;
}

export interface TrialBalanceRow {
  readonly account: AccountId;
  readonly type: AccountType;
  readonly normalSide: NormalSide;
  /** Sum of all debits posted to the account. */
  readonly debitCents: number;
  /** Sum of all credits posted to the account. */
  readonly creditCents: number;
  /** debitCents - creditCents: debit balances positive, credit balances negative. */
  readonly balanceCents: number;
}

export interface TrialBalance {
  readonly rows: readonly TrialBalanceRow[];
  readonly totals: { readonly debitCents: number; readonly creditCents: number; readonly balanceCents: number };
}

/** A double-entry ledger in integer cents; O(1) work per line, so millions of postings stay cheap. */
export class Ledger {
  readonly keepsJournal: boolean;
  readonly #windowSeconds: number;
  // Debit and credit totals per account, by the account's index in `accountIds`.
  readonly #debitCents = new Float64Array(accountIds.length);
  readonly #creditCents = new Float64Array(accountIds.length);
  readonly #journal: JournalEntry[] = [];
  readonly #entryById = new Map<string, JournalEntry>();
  readonly #reversedBy = new Map<string, string>();
  readonly #seenIds = new Set<string>();
  // Expiry queue for the idempotency window: parallel arrays with a moving head.
  #expiryIds: string[] = [];
  #expiryTimes: number[] = [];
  #expiryHead = 0;
  #latestTime = Number.NEGATIVE_INFINITY;
  #entryCount = 0;
  #lineCount = 0;

  constructor(options: LedgerOptions = {}) {
    this.keepsJournal = options.keepJournal ?? defaults.keepJournal;
    this.#windowSeconds = options.idempotencyWindowSeconds ?? defaults.idempotencyWindowSeconds;
    if (!(this.#windowSeconds >= 0)) {
      throw new LedgerError('invalid-option', `idempotencyWindowSeconds ${String(this.#windowSeconds)} must be a number >= 0`);
    }
    if (this.keepsJournal && this.#windowSeconds !== Number.POSITIVE_INFINITY) {
      throw new LedgerError('invalid-option', 'idempotencyWindowSeconds needs keepJournal: false (the journal keeps every id)');
    }
  }

  /** Number of entries posted (duplicates excluded). */
  get entryCount(): number {
    return this.#entryCount;
  }

  /** Number of lines posted over all entries. */
  get lineCount(): number {
    return this.#lineCount;
  }

  /** True when an entry with this eventId has been posted (and, windowed, not yet forgotten). */
  has(eventId: string): boolean {
    return this.keepsJournal ? this.#entryById.has(eventId) : this.#seenIds.has(eventId);
  }

  /** Posts a balanced entry once per eventId; throws LedgerError, leaving the books untouched, if invalid. */
  post(input: JournalEntryInput): PostResult {
    const eventId = checkEventId(input?.eventId, 'eventId');
    if (this.has(eventId)) return this.#duplicate(eventId);
    const entry = buildEntry(input, undefined);
    this.#apply(entry);
    return { posted: true, duplicate: false, entry };
  }

  /**
   * Posts a balanced entry held in `rows` without an entry object or an eventId: the journal-off
   * fast path for high-volume postings whose caller guarantees each is posted once. Throws
   * LedgerError, leaving the books untouched, if the rows are invalid or the journal is kept.
   */
  postRows(rows: EntryRows, what: string, sku: string): void {
    // Messages are built only on refusal (this runs for every shipment line).
    if (this.keepsJournal) throw new LedgerError('journal-off', `${rowsLabel(what, sku)}: postings without an eventId need a ledger created with keepJournal: false`);
    const n = rows.count;
    if (n < 2) throw new LedgerError('too-few-lines', `${rowsLabel(what, sku)}: has ${n} lines, needs at least 2`);
    const { accounts, cents, isDebit } = rows;
    let balance = 0;
    for (let i = 0; i < n; i++) {
      const account = accounts[i]!;
      if (!(account >= 0 && account < accountIds.length && Number.isInteger(account))) {
        throw new LedgerError('unknown-account', `${rowsLabel(what, sku)} line ${i + 1}: unknown account index ${account}`);
      }
      if (!isCents(cents[i])) assertCents(cents[i], `${rowsLabel(what, sku)} line ${i + 1} (${accountIds[account]})`);
      balance += isDebit[i] ? cents[i]! : -cents[i]!;
    }
    if (balance !== 0) throw new LedgerError('unbalanced', `${rowsLabel(what, sku)} does not balance: debits minus credits is ${balance} cents`);
    const debits = this.#debitCents;
    const credits = this.#creditCents;
    for (let i = 0; i < n; i++) {
      if (isDebit[i]) debits[accounts[i]!]! += cents[i]!;
      else credits[accounts[i]!]! += cents[i]!;
    }
    this.#entryCount += 1;
    this.#lineCount += n;
  }

  /** Posts the mirror of entry `eventId` under `newEventId`; an entry can be reversed once. */
  reverse(eventId: string, newEventId: string, time: number): PostResult {
    checkEventId(eventId, 'eventId');
    checkEventId(newEventId, 'newEventId');
    if (this.has(newEventId)) return this.#duplicate(newEventId);
    if (!this.keepsJournal) {
      throw new LedgerError('journal-off', `cannot reverse '${eventId}': the ledger keeps no journal`, newEventId);
    }
    const original = this.#entryById.get(eventId);
    if (original === undefined) {
      throw new LedgerError('unknown-event', `cannot reverse '${eventId}': no such entry`, newEventId);
    }
    const reversedBy = this.#reversedBy.get(eventId);
    if (reversedBy !== undefined) {
      throw new LedgerError('already-reversed', `cannot reverse '${eventId}': already reversed by '${reversedBy}'`, newEventId);
    }
    const mirrored = original.lines.map((line) =>
      line.debitCents !== undefined
        ? { account: line.account, creditCents: line.debitCents }
        : { account: line.account, debitCents: line.creditCents },
    );
    const entry = buildEntry({ eventId: newEventId, time, memo: `Reversal of ${eventId}: ${original.memo}`, lines: mirrored }, eventId);
    this.#apply(entry);
    this.#reversedBy.set(eventId, newEventId);
    return { posted: true, duplicate: false, entry };
  }

  /** Signed balance in cents: debits minus credits (credit-normal accounts are negative when in credit). */
  balance(account: AccountId): number {
    checkAccount(account, 'balance()');
    const i = accountIndex(account);
    return this.#debitCents[i]! - this.#creditCents[i]!;
  }

  /** Per-account debit and credit totals and signed balances; totals balance by construction. */
  trialBalance(): TrialBalance {
    let debitTotal = 0;
    let creditTotal = 0;
    const rows = accountIds.map((account, i): TrialBalanceRow => {
      const debitCents = this.#debitCents[i]!;
      const creditCents = this.#creditCents[i]!;
      debitTotal += debitCents;
      creditTotal += creditCents;
      const { type, normalSide } = chartOfAccounts[account];
      return { account, type, normalSide, debitCents, creditCents, balanceCents: debitCents - creditCents };
    });
    return { rows, totals: { debitCents: debitTotal, creditCents: creditTotal, balanceCents: debitTotal - creditTotal } };
  }

  /** Entries with fromTime <= time < toTime, in posting order; needs the journal. */
  entries(fromTime = Number.NEGATIVE_INFINITY, toTime = Number.POSITIVE_INFINITY): readonly JournalEntry[] {
    if (!this.keepsJournal) throw new LedgerError('journal-off', 'entries() needs a ledger created with keepJournal: true');
    return this.#journal.filter((entry) => entry.time >= fromTime && entry.time < toTime);
  }

  /** The entry posted under `eventId`, if the journal is kept and it exists. */
  entry(eventId: string): JournalEntry | undefined {
    return this.#entryById.get(eventId);
  }

  #duplicate(eventId: string): PostResult {
    return { posted: false, duplicate: true, entry: this.#entryById.get(eventId) };
  }

  #apply(entry: JournalEntry): void {
    for (const line of entry.lines) {
      if (line.debitCents !== undefined) this.#debitCents[accountIndex(line.account)]! += line.debitCents;
      else this.#creditCents[accountIndex(line.account)]! += line.creditCents;
    }
    this.#entryCount += 1;
    this.#lineCount += entry.lines.length;
    if (this.keepsJournal) {
      this.#journal.push(entry);
      this.#entryById.set(entry.eventId, entry);
      return;
    }
    this.#seenIds.add(entry.eventId);
    if (this.#windowSeconds !== Number.POSITIVE_INFINITY) this.#expire(entry);
  }

  #expire(entry: JournalEntry): void {
    this.#expiryIds.push(entry.eventId);
    this.#expiryTimes.push(entry.time);
    if (entry.time > this.#latestTime) this.#latestTime = entry.time;
    const horizon = this.#latestTime - this.#windowSeconds;
    while (this.#expiryHead < this.#expiryIds.length && this.#expiryTimes[this.#expiryHead]! < horizon) {
      this.#seenIds.delete(this.#expiryIds[this.#expiryHead]!);
      this.#expiryHead += 1;
    }
    if (this.#expiryHead >= defaults.expiryCompactSlots && this.#expiryHead * 2 >= this.#expiryIds.length) {
      this.#expiryIds = this.#expiryIds.slice(this.#expiryHead);
      this.#expiryTimes = this.#expiryTimes.slice(this.#expiryHead);
      this.#expiryHead = 0;
    }
  }
}

function rowsLabel(what: string, sku: string): string {
  return `${what} of SKU ${sku}`;
}

