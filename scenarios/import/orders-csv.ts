// orders.csv (the normalised order lines of `baton import`) as text, a batch of lines at a time. Most
// rows hold nothing a CSV writer would quote or escape, and those are joined directly; any row with a
// field that needs quoting or formula escaping goes through csv-stringify (toCsv). A test holds the
// two paths to the same bytes.
import { toCsv } from '../files.js';
import { ordersCsvHeader } from './build.js';
import type { HistoryStream } from './history-stream.js';
import { ORDER_CANCELLED, ORDER_RETURNED } from './orders.js';

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

/** True when csv-stringify writes the text as it is (no quoting, no formula escape). */
export function isPlainCsvField(text: string): boolean {
  return plainField.test(text);
}

/** One row's CSV line (without its newline), as csv-stringify writes it. */
export function csvLine(row: readonly (string | number)[]): string {
  return plainRow(row) ? row.join(',') : toCsv([row as (string | number)[]]).slice(0, -1);
}

/** The CSV text of `rows` (header first), in pieces of about `batchLines` lines, each ending in a newline. */
export function* csvText(rows: Iterable<readonly (string | number)[]>, batchLines = defaults.batchLines): Iterable<string> {
  yield* linesText((function* () {
    for (const row of rows) yield csvLine(row);
  })(), batchLines);
}

/** CSV lines (each without its newline) as text in pieces of about `batchLines` lines, each ending in a newline. */
export function* linesText(rowLines: Iterable<string>, batchLines = defaults.batchLines): Iterable<string> {
  let lines: string[] = [];
  for (const line of rowLines) {
    lines.push(line);
    if (lines.length === batchLines) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

/**
 * orders.csv's lines (header first, without newlines), formatted straight from the history: texts
 * that need no quoting are written as they are; a row with any other goes through csvLine. The same
 * text as csvText(outputs.csvRows()) for outputs built from `h` (`origin`: their calibration's originMs).
 */
export function* ordersCsvLines(h: HistoryStream, origin: number): Iterable<string> {
  const plainSku = h.skus.map(isPlainCsvField);
  const plainChannel = h.channels.map(isPlainCsvField);
  yield ordersCsvHeader.join(',');
  // one array refilled per line, joined: a flat string (template literals would build ropes that
  // the batch's join then has to flatten piece by piece)
  const row: (string | number)[] = new Array<string | number>(ordersCsvHeader.length);
  for (const order of h.inImportOrder()) {
    const placedAt = new Date(order.ms).toISOString();
    const channel = h.channels[order.channel]!;
    row[0] = order.id;
    row[1] = channel;
    row[2] = placedAt;
    row[3] = (order.ms - origin) / 1000;
    row[8] = order.kind === ORDER_RETURNED ? 1 : 0;
    row[9] = order.kind === ORDER_CANCELLED ? (order.cancelMs - origin) / 1000 : '';
    const plain = plainChannel[order.channel]! && isPlainCsvField(order.id) && isPlainCsvField(placedAt);
    for (const l of order.lines) {
      row[4] = h.skus[l.sku]!;
      row[5] = l.qty;
      row[6] = l.unitCents;
      row[7] = l.totalCents;
      yield plain && plainSku[l.sku]! ? row.join(',') : csvLine(row);
    }
  }
}
