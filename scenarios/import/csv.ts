// Streaming delimited-text reading (CSV, TSV) on csv-parse: a header, then records with the line
// each starts on. BOM, CRLF, quoted fields with delimiters, quotes and newlines are csv-parse's job;
// nothing here splits text by hand. Rows with a field count unlike the header's are still yielded
// (the importer rejects them with a reason), so no row is silently dropped. No Node module is used
// here: the web twin bundles csv-parse's browser build and runs the same import.
import { parse, type Options } from 'csv-parse';

const defaults = { sliceLength: 64 * 1024 };

/** One data record: its fields in header order and the (1-based) line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A malformed file (an unclosed quote, say): the line and csv-parse's reason. */
export class CsvSyntaxError extends Error {
  /** The file the record is in, once a reader that knows it has seen the error (several files are read in one import). */
  file?: string;

  constructor(readonly line: number, readonly reason: string) {
    super(`line ${line}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

export interface CsvOptions {
  /** Field delimiter: ',' for CSV, '\t' for TSV. */
  delimiter: string;
  /** The line the first record starts on (1 by default; more when reading the rest of a file). */
  firstLine?: number;
}

/**
 * Reads delimited text from chunks (Buffers or strings, e.g. a file stream) record by record, with
 * flat memory. The first record is the header; blank lines come through as records of one empty field.
 */
export async function* readDelimited(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, options: CsvOptions): AsyncGenerator<CsvRecord, void, void> {
  for await (const batch of readDelimitedBatches(source, options)) yield* batch;
}

/** `readDelimited` a chunk's records at a time (one await per chunk, not per record: for big files). */
export async function* readDelimitedBatches(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, options: CsvOptions): AsyncGenerator<CsvRecord[], void, void> {
  // Line breaks inside a record live only in its quoted fields, verbatim, so counting them there
  // gives each record's first line (csv-parse's own line count is off after a quoted CRLF). Counted
  // as records are parsed, so a syntax error names the line its record starts on.
  let line = options.firstLine ?? 1;
  // csv-parse emits each record while it parses a chunk; collecting them from its 'data' events
  // costs one await per chunk instead of a stream read and a promise per record (twice as fast on
  // large exports).
  let parsed: CsvRecord[] = [];
  const parseOptions: Options = {
    bom: true,
    delimiter: options.delimiter,
    relax_column_count: true,
    relax_quotes: options.delimiter === '\t',
    skip_empty_lines: false,
    quote: '"',
  };
  const parser = parse(parseOptions);
  let failure: unknown = null;
  // Settles once the parser has flushed its last record (or failed).
  const ended = new Promise<void>((resolve) => {
    parser.once('end', resolve);
    parser.once('error', () => resolve());
  });
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('data', (fields: string[]) => {
    parsed.push({ line, fields });
    line += 1 + lineBreaks(fields);
  });
  const take = (): CsvRecord[] => {
    const records = parsed;
    parsed = [];
    return records;
  };
  try {
    for await (const chunk of source) {
      // Small slices keep each batch small enough to die young (a megabyte of records at once
      // outlives the young generation and makes the collector's work grow with the file).
      for (let at = 0; at < chunk.length; at += defaults.sliceLength) {
        parser.write(chunk.slice(at, at + defaults.sliceLength));
        failure ??= parser.errored ?? null;
        if (parsed.length > 0) yield take();
        if (failure !== null) throw failure;
      }
    }
    parser.end();
    await ended;
    if (parsed.length > 0) yield take();
    if (failure !== null) throw failure;
  } catch (error) {
    const e = error as { code?: string; message?: string };
    // csv-parse names its own line count (off after a quoted CRLF): the record's line is ours.
    if (isCsvParseError(e?.code)) throw new CsvSyntaxError(line, (e.message ?? e.code!).replace(/ at line \d+/g, ''));
    throw error;
  } finally {
    // csv-parse's browser build (the web twin) is an older stream without destroy().
    if (typeof parser.destroy === 'function') parser.destroy();
  }
}

/**
 * True for the code of a csv-parse error about the text itself. Its codes start with CSV_, except
 * INVALID_OPENING_QUOTE (a quote inside an unquoted field, like `12" pizza`), which has no prefix.
 */
function isCsvParseError(code: string | undefined): code is string {
  return typeof code === 'string' && (code.startsWith('CSV_') || code === 'INVALID_OPENING_QUOTE');
}

function lineBreaks(fields: string[]): number {
  let n = 0;
  for (const f of fields) {
    if (f.length === 0 || f.indexOf('\n') < 0) continue;
    for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/**
 * Why a field cannot be used as a key (an order id, a SKU), or null: bytes that are not UTF-8 (a
 * Latin-1 or Windows-1252 export) are read as U+FFFD, so two different codes (CAFÉ-1 and CAFÈ-1)
 * would become one.
 */
export function notUtf8(text: string): string | null {
  return text.includes('\uFFFD') ? 'not UTF-8 text (a byte that is not UTF-8 reads as \uFFFD): save the export as UTF-8' : null;
}

/** True when a record is blank: one empty field (an empty line) or only empty fields. */
export function isBlankRecord(fields: string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}
