// Timestamps in exports to UTC epoch milliseconds.
//
// Rules (also in docs/IMPORT.md):
// - A timestamp with an offset (`Z`, `UTC`, `GMT`, `+05:00`, `+0500`, `-08`) is that instant; the time zone is ignored.
// - A timestamp without one is a wall-clock time in the import's time zone (an IANA name such as
//   `Europe/London`; UTC when none is given), resolved with the platform's Intl time-zone data.
// - DST: a wall-clock time that does not exist (skipped by a spring-forward) moves forward by the
//   gap (02:30 becomes 03:30); one that exists twice (fall-back) is the earlier instant.
// - `auto` format accepts, in one file: ISO 8601 (`2026-08-04T05:24:22Z`, `2026-08-04 05:24:22 +0500`,
//   fractional seconds, `UTC` or `GMT` for offset 0) and US month-first slashes (`12/1/10 8:26`,
//   `12/01/2010 08:26:00`).
// - Explicit patterns use tokens YYYY YY MM M DD D HH H mm ss Z (offset) and literal characters.
// - Two-digit years are 2000 + YY.

export type TimeResult = { ok: true; ms: number } | { ok: false; reason: string };

/** A compiled timestamp reader for one format and one time zone. */
export interface TimestampParser {
  (text: string): TimeResult;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  /** Offset east of UTC in minutes, or undefined for a wall-clock time. */
  offset: number | undefined;
}

// `UTC` and `GMT` after the time are offset 0; other abbreviations (EST, CST...) are ambiguous and refused.
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/** True when `zone` is an IANA time-zone name this platform knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Why `format` ('auto' or a token pattern) cannot be read, or null when it can. */
export function timestampFormatProblem(format: string): string | null {
  try {
    timestampParser(format);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Builds a parser for `format` ('auto' or a token pattern) reading wall-clock times in `timeZone`. */
export function timestampParser(format: string, timeZone = 'UTC'): TimestampParser {
  const toUtc = wallClockResolver(timeZone);
  const read = format === 'auto' ? readAuto : patternReader(format);
  return (text: string) => {
    const s = text.trim();
    if (s === '') return { ok: false, reason: 'empty timestamp' };
    const fields = read(s);
    if (typeof fields === 'string') return { ok: false, reason: fields };
    const invalid = checkFields(fields);
    if (invalid) return { ok: false, reason: invalid };
    const wall = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second, fields.millis);
    return { ok: true, ms: fields.offset === undefined ? toUtc(wall) : wall - fields.offset * 60_000 };
  };
}

function readAuto(s: string): Fields | string {
  let m = ISO.exec(s);
  if (m) {
    return {
      year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0),
      millis: m[7] ? Math.floor(+(m[7] + '00').slice(0, 3)) : 0, offset: parseOffset(m[8]),
    };
  }
  m = US.exec(s);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
    let hour = +(m[4] ?? 0);
    if (m[7]) {
      if (hour < 1 || hour > 12) return 'hour out of range for AM/PM';
      hour = (hour % 12) + (m[7].toLowerCase() === 'pm' ? 12 : 0);
    }
    return { year, month: +m[1]!, day: +m[2]!, hour, minute: +(m[5] ?? 0), second: +(m[6] ?? 0), millis: 0, offset: parseOffset(m[8]) };
  }
  return 'not a recognised date (ISO 8601 or M/D/YY H:MM)';
}

const TOKENS = ['YYYY', 'YY', 'MM', 'M', 'DD', 'D', 'HH', 'H', 'mm', 'ss', 'Z'] as const;
type Token = (typeof TOKENS)[number];
const TOKEN_PATTERN: Record<Token, string> = {
  YYYY: '(\\d{4})', YY: '(\\d{2})', MM: '(\\d{2})', M: '(\\d{1,2})', DD: '(\\d{2})', D: '(\\d{1,2})',
  HH: '(\\d{2})', H: '(\\d{1,2})', mm: '(\\d{2})', ss: '(\\d{2})', Z: '(Z|[+-]\\d{2}(?::?\\d{2})?)',
};

/** Compiles a token pattern such as `D/M/YYYY HH:mm` into a field reader; throws on an empty pattern. */
function patternReader(format: string): (s: string) => Fields | string {
  const order: Token[] = [];
  let source = '';
  for (let i = 0; i < format.length; ) {
    const token = TOKENS.find((t) => format.startsWith(t, i));
    if (token) {
      order.push(token);
      source += TOKEN_PATTERN[token];
      i += token.length;
    } else {
      const ch = format[i]!;
      source += ch === ' ' ? '\\s+' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      i++;
    }
  }
  if (!order.some((t) => t === 'YYYY' || t === 'YY')) throw new Error(`timestamp format "${format}" has no year (YYYY or YY)`);
  const re = new RegExp(`^${source}$`);
  return (s) => {
    const m = re.exec(s);
    if (!m) return `does not match the format ${format}`;
    const f: Fields = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, millis: 0, offset: undefined };
    order.forEach((token, k) => {
      const v = m[k + 1]!;
      if (token === 'YYYY') f.year = +v;
      else if (token === 'YY') f.year = 2000 + +v;
      else if (token === 'MM' || token === 'M') f.month = +v;
      else if (token === 'DD' || token === 'D') f.day = +v;
      else if (token === 'HH' || token === 'H') f.hour = +v;
      else if (token === 'mm') f.minute = +v;
      else if (token === 'ss') f.second = +v;
      else f.offset = parseOffset(v);
    });
    return f;
  };
}

function parseOffset(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^(?:Z|UTC|GMT)$/i.test(text)) return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

function checkFields(f: Fields): string | undefined {
  if (f.month < 1 || f.month > 12) return 'month out of range';
  const days = new Date(Date.UTC(f.year, f.month, 0)).getUTCDate();
  if (f.day < 1 || f.day > days) return 'day out of range';
  if (f.hour > 23) return 'hour out of range';
  if (f.minute > 59) return 'minute out of range';
  if (f.second > 59) return 'second out of range';
  if (f.offset !== undefined && Math.abs(f.offset) > 14 * 60) return 'offset out of range';
  return undefined;
}

const QUARTER_HOUR = 900_000;

/**
 * Wall-clock milliseconds (written as if UTC) in `timeZone` to the UTC instant, with the DST rules above.
 * Offsets are cached per UTC quarter hour: every zone transition since 1970 falls on one.
 */
function wallClockResolver(timeZone: string): (wallMs: number) => number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return (wall) => wall;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  const cache = new Map<number, number>();
  /** Offset (ms east of UTC) in force at the UTC instant `utc`. */
  const offsetAt = (utc: number): number => {
    const key = Math.floor(utc / QUARTER_HOUR);
    let offset = cache.get(key);
    if (offset === undefined) {
      const at = key * QUARTER_HOUR;
      const p: Record<string, number> = {};
      for (const part of format.formatToParts(new Date(at))) if (part.type !== 'literal') p[part.type] = +part.value;
      offset = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - at;
      cache.set(key, offset);
    }
    return offset;
  };
  return (wall) => {
    // The offsets in force a day either side bracket any transition near this wall time.
    const before = offsetAt(wall - 86_400_000);
    const after = offsetAt(wall + 86_400_000);
    const early = wall - before;
    const late = wall - after;
    const earlyValid = offsetAt(early) === before;
    const lateValid = offsetAt(late) === after;
    if (earlyValid && lateValid) return Math.min(early, late); // ambiguous (or no transition): the earlier instant
    if (earlyValid) return early;
    if (lateValid) return late;
    return wall - before; // in a gap: read with the offset before it, i.e. moved forward by the gap
  };
}

/** Offset of `timeZone` east of UTC, in ms, at the instant `ms`. */
export function zoneOffsetMs(timeZone: string, ms: number): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  const probe = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const p: Record<string, number> = {};
  for (const part of probe.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = +part.value;
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(ms / 1000) * 1000;
}
