// Import outcomes and problems: every data row of an export lands in exactly one named outcome,
// and every row that is not taken as it stands says why (file, line, field, value, reason).

/** The named outcomes a data row can have; their counts sum to the number of data rows. */
const OUTCOMES = ['accepted', 'return', 'cancellation', 'adjustment', 'duplicate', 'blank', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** One problem with one row: printed as `file:line: field, "value", reason`. */
export interface RowProblem {
  file: string;
  line: number;
  field: string;
  value: string;
  reason: string;
}

/** How many problems a tally keeps (the counts stay exact beyond it). */
export const PROBLEM_LIMIT = 100;

/** A tally as plain data. */
export interface TallySnapshot {
  rows: number;
  outcomes: Record<Outcome, number>;
  problemCount: number;
  kept: { seq: number; problem: RowProblem }[];
}

/**
 * Counts rows per outcome and keeps the first problems (by the row's place in the import, so rows
 * taken out of order, a partition at a time, keep the same ones); O(1) memory in the number of rows.
 */
export class OutcomeTally {
  rows = 0;
  readonly outcomes: Record<Outcome, number> = { accepted: 0, return: 0, cancellation: 0, adjustment: 0, duplicate: 0, blank: 0, rejected: 0 };
  problemCount = 0;
  private readonly kept: { seq: number; problem: RowProblem }[] = [];
  /** Index in `kept` of the latest row kept (the one a problem from an earlier row replaces). */
  private latest = -1;

  /** The first problems (at most PROBLEM_LIMIT), in row order. */
  get problems(): RowProblem[] {
    return [...this.kept].sort((a, b) => a.seq - b.seq).map((k) => k.problem);
  }

  /** Records one data row's outcome and its problem, if any; `seq` is the row's place (default: in the order given). */
  add(outcome: Outcome, problem?: RowProblem, seq: number = this.rows): void {
    this.rows++;
    this.outcomes[outcome]++;
    if (problem) this.note(problem, seq);
  }

  /** Keeps a problem without counting a row. */
  note(problem: RowProblem, seq: number = this.problemCount): void {
    this.problemCount++;
    this.keep(problem, seq);
  }

  /** The counts and kept problems as plain data (to cross threads). */
  snapshot(): TallySnapshot {
    return { rows: this.rows, outcomes: { ...this.outcomes }, problemCount: this.problemCount, kept: [...this.kept] };
  }

  /** Adds another tally's counts and problems (other rows of the same import, numbered from `seqOffset`). */
  merge(other: TallySnapshot, seqOffset = 0): void {
    this.rows += other.rows;
    for (const outcome of OUTCOMES) this.outcomes[outcome] += other.outcomes[outcome];
    this.problemCount += other.problemCount;
    for (const { seq, problem } of other.kept) this.keep(problem, seq + seqOffset);
  }

  private keep(problem: RowProblem, seq: number): void {
    if (this.kept.length < PROBLEM_LIMIT) {
      this.kept.push({ seq, problem });
      if (this.latest < 0 || seq > this.kept[this.latest]!.seq) this.latest = this.kept.length - 1;
      return;
    }
    if (seq >= this.kept[this.latest]!.seq) return;
    this.kept[this.latest] = { seq, problem };
    this.latest = 0;
    for (let k = 1; k < this.kept.length; k++) if (this.kept[k]!.seq > this.kept[this.latest]!.seq) this.latest = k;
  }
}

/** `file:line: field, "value", reason` (the value quoted as JSON, cut at 80 characters). */
export function formatRowProblem(problem: RowProblem): string {
  const shown = problem.value.length > 80 ? `${problem.value.slice(0, 77)}...` : problem.value;
  return `${problem.file}:${problem.line}: ${problem.field}, ${JSON.stringify(shown)}, ${problem.reason}`;
}
