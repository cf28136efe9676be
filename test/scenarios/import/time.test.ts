import { describe, expect, it } from 'vitest';
import { isTimeZone, timestampParser } from '../../../scenarios/import/time.js';

const iso = (ms: number | string) => (typeof ms === 'number' ? new Date(ms).toISOString() : ms);
const read = (text: string, zone = 'UTC', format = 'auto') => {
  const r = timestampParser(format, zone)(text);
  return r.ok ? iso(r.ms) : r.reason;
};

describe('timestampParser', () => {
  it('applies a written offset whatever the zone (Shopify +0500, ISO Z, +05:30)', () => {
    expect(read('2026-08-04 05:24:22 +0500', 'America/New_York')).toBe('2026-08-04T00:24:22.000Z');
    expect(read('2026-08-04T05:24:22Z', 'Asia/Tokyo')).toBe('2026-08-04T05:24:22.000Z');
    expect(read('2026-08-04T05:24:22+05:30')).toBe('2026-08-03T23:54:22.000Z');
    expect(read('2026-08-04T05:24:22.250-08:00')).toBe('2026-08-04T13:24:22.250Z');
  });

  it('reads UCI month-first dates with two-digit years in the given zone', () => {
    expect(read('12/1/10 8:26')).toBe('2010-12-01T08:26:00.000Z');
    expect(read('12/1/10 8:26', 'Europe/London')).toBe('2010-12-01T08:26:00.000Z'); // GMT in December
    expect(read('6/1/11 8:26', 'Europe/London')).toBe('2011-06-01T07:26:00.000Z'); // BST is UTC+1
    expect(read('12/01/2010 08:26:00 PM', 'UTC')).toBe('2010-12-01T20:26:00.000Z');
  });

  it('DST: a skipped wall time moves forward by the gap, a repeated one is the earlier instant', () => {
    // New York 2026-03-08: 02:00 EST jumps to 03:00 EDT; 2026-11-01: 02:00 EDT falls back to 01:00 EST
    expect(read('2026-03-08 01:59', 'America/New_York')).toBe('2026-03-08T06:59:00.000Z');
    expect(read('2026-03-08 02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z'); // = 03:30 EDT
    expect(read('2026-03-08 03:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(read('2026-11-01 01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z'); // the EDT one
    expect(read('2026-11-01 02:30', 'America/New_York')).toBe('2026-11-01T07:30:00.000Z');
    // a zone east of UTC with a half-hour offset
    expect(read('2026-01-15 12:00', 'Asia/Kolkata')).toBe('2026-01-15T06:30:00.000Z');
  });

  it('explicit patterns, day-first', () => {
    expect(read('04/08/2026 05:24', 'UTC', 'DD/MM/YYYY HH:mm')).toBe('2026-08-04T05:24:00.000Z');
    expect(read('2026.08.04 05:24:22 -0100', 'UTC', 'YYYY.MM.DD HH:mm:ss Z')).toBe('2026-08-04T06:24:22.000Z');
    expect(read('2026-08-04', 'UTC', 'DD/MM/YYYY HH:mm')).toBe('does not match the format DD/MM/YYYY HH:mm');
  });

  it('reads a trailing UTC or GMT as offset 0, over the zone; other abbreviations stay refused', () => {
    expect(read('2024-03-05 14:02:11 UTC', 'America/New_York')).toBe('2024-03-05T14:02:11.000Z');
    expect(read('2024-03-05T14:02:11 GMT', 'Asia/Tokyo')).toBe('2024-03-05T14:02:11.000Z');
    expect(read('2024-03-05 14:02:11UTC', 'Europe/London')).toBe('2024-03-05T14:02:11.000Z');
    expect(read('3/5/24 2:02 PM UTC', 'America/New_York')).toBe('2024-03-05T14:02:00.000Z');
    expect(read('2024-03-05 14:02:11 EST')).toBe('not a recognised date (ISO 8601 or M/D/YY H:MM)');
    expect(read('2024-03-05 14:02:11 UTC+5')).toBe('not a recognised date (ISO 8601 or M/D/YY H:MM)');
  });

  it('rejects impossible dates and junk with a reason', () => {
    expect(read('2026-02-29 10:00')).toBe('day out of range');
    expect(read('13/1/10 8:26')).toBe('month out of range');
    expect(read('2026-08-04 24:00')).toBe('hour out of range');
    expect(read('yesterday')).toBe('not a recognised date (ISO 8601 or M/D/YY H:MM)');
    expect(read('')).toBe('empty timestamp');
  });

  it('isTimeZone', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
