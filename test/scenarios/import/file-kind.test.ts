// Files that are not CSV text, told by their first bytes; text of any encoding, and short or empty
// files, are left to the CSV reader.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvInputProblems, notCsvReason } from '../../../scenarios/import/file-kind.js';

const dir = mkdtempSync(join(tmpdir(), 'baton-file-kind-'));
function file(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('notCsvReason', () => {
  it('names spreadsheets, archives and PDFs', () => {
    expect(notCsvReason(file('a.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])))).toMatch(/spreadsheet or zip archive/);
    expect(notCsvReason(file('a.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00])))).toMatch(/Excel 97-2003 workbook/);
    expect(notCsvReason(file('a.gz', Buffer.from([0x1f, 0x8b, 0x08])))).toMatch(/gzip-compressed/);
    expect(notCsvReason(file('a.pdf', '%PDF-1.7\n'))).toMatch(/a PDF/);
  });

  it('leaves text alone: UTF-8 with or without a BOM, UTF-16, a header that starts like a signature, short and empty files', () => {
    expect(notCsvReason(file('plain.csv', 'Name,Email\n#1001,a@example.com\n'))).toBeNull();
    expect(notCsvReason(file('bom.csv', '\ufeffName,Email\n'))).toBeNull();
    expect(notCsvReason(file('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name,Email\n', 'utf16le')])))).toBeNull();
    expect(notCsvReason(file('pk.csv', 'PK,name\n1,a\n'))).toBeNull();
    expect(notCsvReason(file('one.csv', 'P'))).toBeNull();
    expect(notCsvReason(file('empty.csv', ''))).toBeNull();
  });
});

describe('csvInputProblems', () => {
  it('names the option and the reason: missing, a folder, not text; none for a CSV', () => {
    expect(csvInputProblems(join(dir, 'nope.csv'), '--wms', 1e9)).toEqual([expect.objectContaining({ path: '--wms', message: expect.stringMatching(/no such file/) })]);
    expect(csvInputProblems(dir, '--oms', 1e9)).toEqual([expect.objectContaining({ path: '--oms', message: expect.stringMatching(/directory/) })]);
    const xlsx = file('stock.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    expect(csvInputProblems(xlsx, '--erp', 1e9)).toEqual([{ file: xlsx, path: '--erp', message: expect.stringMatching(/^the file is a spreadsheet/) }]);
    expect(csvInputProblems(file('ok.csv', 'sku,quantity\nA,1\n'), '--wms', 1e9)).toEqual([]);
  });
});
