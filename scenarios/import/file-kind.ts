// Recognises files that are not CSV text by their first bytes, so a spreadsheet or an archive given
// where an export was expected is named for what it is instead of failing as a malformed CSV.
import { closeSync, openSync, readSync } from 'node:fs';
import { InputError, type InputProblem } from '../errors.js';
import { assertRegularFile } from '../json-input.js';

const signatures: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a spreadsheet or zip archive (.xlsx, .ods, .zip), not a CSV: export or save it as CSV UTF-8' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an Excel 97-2003 workbook (.xls), not a CSV: save it as CSV UTF-8' },
  { bytes: [0x1f, 0x8b], what: 'gzip-compressed: decompress it first (gunzip)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF, not a CSV: download the report as CSV or tab-separated text' },
];

/** Why `file` is not CSV text, judged by its first bytes, or null when it may be. */
export function notCsvReason(file: string): string | null {
  const head = Buffer.alloc(8);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  for (const { bytes, what } of signatures) {
    if (read >= bytes.length && bytes.every((b, i) => head[i] === b)) return `the file is ${what}`;
  }
  return null;
}

/** What keeps `file` (given with `option`) from being read as a CSV export: missing, unreadable, not a regular file, over `maxBytes`, not text; none when it can be read. */
export function csvInputProblems(file: string, option: string, maxBytes: number): InputProblem[] {
  try {
    assertRegularFile(file, maxBytes);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.problems.map((p) => ({ ...p, path: option }));
  }
  const notCsv = notCsvReason(file);
  return notCsv === null ? [] : [{ file, path: option, message: notCsv }];
}
