// orders.csv (the normalised order lines of `baton import`) as text, a batch of lines at a time. Most
// rows hold nothing a CSV writer would quote or escape, and those are joined directly; any row with a
// field that needs quoting or formula escaping goes through csv-stringify (toCsv). A test holds the
// two paths to the same bytes.
import { toCsv } from '../files.js';

const defaults = { batchLines: 10_000 };

// A field csv-stringify leaves as it is (with escape_formulas): no quote, delimiter or line break
// anywhere, and no formula-leading character first.
const plainField = /^(?:[^=+\-@\t\r",\n][^",\r\n]*)?$/;

function plainRow(row: readonly (string | number)[]): boolean {
  for (const field of row) {
    if (typeof field === 'number' ? !Number.isFinite(field) : !plainField.test(field)) return false;
  }
  return true;
}

/** The CSV text of `rows` (header first), in pieces of about `batchLines` lines, each ending in a newline. */
export function* csvText(rows: Iterable<readonly (string | number)[]>, batchLines = defaults.batchLines): Iterable<string> {
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(plainRow(row) ? row.join(',') : toCsv([row as (string | number)[]]).slice(0, -1));
    if (lines.length === batchLines) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}
