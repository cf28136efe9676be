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

/** Counts rows per outcome and keeps the first problems; O(1) memory in the number of rows. */
export class OutcomeTally {
  rows = 0;
  readonly outcomes: Record<Outcome, number> = { accepted: 0, return: 0, cancellation: 0, adjustment: 0, duplicate: 0, blank: 0, rejected: 0 };
  readonly problems: RowProblem[] = [];
  problemCount = 0;

  /** Records one data row's outcome, and its problem when it was rejected (or noted). */
  add(outcome: Outcome, problem?: RowProblem): void {
    this.rows++;
    this.outcomes[outcome]++;
    if (problem) this.note(problem);
  }

  /** Keeps a problem without counting a row (file-level problems, notes on accepted rows). */
  note(problem: RowProblem): void {
    this.problemCount++;
    if (this.problems.length < PROBLEM_LIMIT) this.problems.push(problem);
  }
}

/** `file:line: field, "value", reason` (the value quoted as JSON, cut at 80 characters). */
export function formatRowProblem(problem: RowProblem): string {
  const shown = problem.value.length > 80 ? `${problem.value.slice(0, 77)}...` : problem.value;
  return `${problem.file}:${problem.line}: ${problem.field}, ${JSON.stringify(shown)}, ${problem.reason}`;
}
