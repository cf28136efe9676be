// Streaming delimited-text reading (CSV, TSV) on csv-parse: a header, then records with the line
// each starts on. BOM, CRLF, quoted fields with delimiters, quotes and newlines are csv-parse's job;
// nothing here splits text by hand. Rows with a field count unlike the header's are still yielded
// (the importer rejects them with a reason), so no row is silently dropped.
import { parse, type Options } from 'csv-parse';

/** One data record: its fields in header order and the (1-based) line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A malformed file (an unclosed quote, say): the line and csv-parse's reason. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, readonly reason: string) {
    super(`line ${line}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

export interface CsvOptions {
  /** Field delimiter: ',' for CSV, '\t' for TSV. */
  delimiter: string;
}

/**
 * Reads delimited text from chunks (Buffers or strings, e.g. a file stream) record by record, with
 * flat memory. The first record is the header; blank lines come through as records of one empty field.
 */
export async function* readDelimited(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, options: CsvOptions): AsyncGenerator<CsvRecord, void, void> {
  // Line breaks inside a record live only in its quoted fields, verbatim, so counting them there
  // gives each record's first line (csv-parse's own line count is off after a quoted CRLF). Counted
  // as records are parsed, so a syntax error names the line its record starts on.
  let line = 1;
  const parseOptions: Options<CsvRecord, string[]> = {
    on_record: (fields: string[]): CsvRecord => {
      const record = { line, fields };
      line += 1 + lineBreaks(fields);
      return record;
    },
    bom: true,
    delimiter: options.delimiter,
    relax_column_count: true,
    relax_quotes: options.delimiter === '\t',
    skip_empty_lines: false,
    quote: '"',
  };
  const parser = parse(parseOptions as unknown as Options);
  const feeding = (async () => {
    try {
      for await (const chunk of source) {
        if (!parser.write(chunk)) await new Promise<void>((resolve) => parser.once('drain', resolve));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  try {
    for await (const record of parser as AsyncIterable<CsvRecord>) yield record;
  } catch (error) {
    const e = error as { code?: string; lines?: number; message?: string };
    if (e.code?.startsWith('CSV_')) throw new CsvSyntaxError(line, (e.message ?? e.code).replace(/ at line \d+$/, ''));
    throw error;
  } finally {
    await feeding.catch(() => undefined);
  }
}

function lineBreaks(fields: string[]): number {
  let n = 0;
  for (const f of fields) {
    if (f.length === 0 || f.indexOf('\n') < 0) continue;
    for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/** True when a record is blank: one empty field (an empty line) or only empty fields. */
export function isBlankRecord(fields: string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}
