import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, isBlankRecord, readDelimited, type CsvRecord } from '../../../scenarios/import/csv.js';

async function all(text: string | string[], delimiter = ','): Promise<CsvRecord[]> {
  const chunks = (Array.isArray(text) ? text : [text]).map((t) => Buffer.from(t, 'utf8'));
  const out: CsvRecord[] = [];
  for await (const r of readDelimited(chunks, { delimiter })) out.push(r);
  return out;
}

describe('readDelimited', () => {
  it('strips a BOM, reads CRLF, quoted commas, doubled quotes and quoted line breaks, with start lines', async () => {
    const records = await all('\uFEFFa,b,c\r\n1,"x, ""y""",3\r\n\r\n4,"multi\r\nline",6\r\n,,\r\n7,8\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, "y"', '3'] },
      { line: 3, fields: [''] },
      { line: 4, fields: ['4', 'multi\r\nline', '6'] },
      { line: 6, fields: ['', '', ''] },
      { line: 7, fields: ['7', '8'] },
    ]);
  });

  it('reads tabs, and a record split across chunks (even inside a multi-byte character)', async () => {
    const bytes = Buffer.from('id\tname\n1\tcafé\n2\t"a\tb"\n', 'utf8');
    const cut = bytes.indexOf(0xc3) + 1;
    const chunks = [bytes.subarray(0, cut), bytes.subarray(cut)];
    const out: CsvRecord[] = [];
    for await (const r of readDelimited(chunks, { delimiter: '\t' })) out.push(r);
    expect(out.map((r) => r.fields)).toEqual([['id', 'name'], ['1', 'café'], ['2', 'a\tb']]);
  });

  it('names the line of the record an unclosed quote starts', async () => {
    const error = await all('a,b\n1,2\n3,"oops\n4,5\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(3);
  });

  it('names the line of a quote inside an unquoted field (csv-parse codes it without CSV_)', async () => {
    const error = await all('a,b\n1,2\n3,12" pizza\n4,5\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(3);
    expect((error as CsvSyntaxError).reason).toMatch(/Invalid Opening Quote/);
  });

  it('isBlankRecord', () => {
    expect(isBlankRecord([''])).toBe(true);
    expect(isBlankRecord(['', ' ', ''])).toBe(true);
    expect(isBlankRecord(['', 'x'])).toBe(false);
  });
});
