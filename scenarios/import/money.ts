// Money in exports (decimal strings) to integer cents, exactly: digits are moved, never multiplied
// through a float. Accepted: an optional currency symbol or ISO code before or after the number,
// a sign (leading or trailing minus, or accounting parentheses), thousands separators in their proper
// places, and at most two decimals (more are accepted only when the extra digits are zeros).

export type MoneyResult = { ok: true; cents: number } | { ok: false; reason: string };

/** How the number is written: `.` decimals with `,` thousands (default), or the reverse. */
export interface MoneyFormat {
  decimal: '.' | ',';
}

const CURRENCY = /^(?:[A-Z]{3}|[$€£¥₹]|US\$|C\$|A\$|R\$)/u;
const CURRENCY_END = /(?:[A-Z]{3}|[$€£¥₹])$/u;
/** Largest integer part accepted: keeps cents within Number.MAX_SAFE_INTEGER. */
const MAX_INTEGER_DIGITS = 13;

/** Parses a money amount to integer cents (see the module comment for the accepted forms). */
export function parseMoneyCents(text: string, format: MoneyFormat = { decimal: '.' }): MoneyResult {
  let s = text.trim();
  if (s === '') return { ok: false, reason: 'empty amount' };
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  const symbol = CURRENCY.exec(s);
  if (symbol) s = s.slice(symbol[0].length).trim();
  else {
    const tail = CURRENCY_END.exec(s);
    if (tail) s = s.slice(0, s.length - tail[0].length).trim();
  }
  if (s.startsWith('-') && !negative) {
    negative = true;
    s = s.slice(1).trim();
  }
  if (s.endsWith('-') && !negative) {
    negative = true;
    s = s.slice(0, -1).trim();
  }
  const group = format.decimal === '.' ? ',' : '.';
  const point = s.lastIndexOf(format.decimal);
  const whole = point < 0 ? s : s.slice(0, point);
  const fraction = point < 0 ? '' : s.slice(point + 1);
  if (!/^\d*$/.test(fraction)) return { ok: false, reason: 'not a decimal amount' };
  let digits: string;
  if (whole.includes(group) || whole.includes(' ') || whole.includes('\u00a0') || whole.includes("'")) {
    const parts = whole.split(/[,. \u00a0']/u);
    if (!/^\d{1,3}$/.test(parts[0]!) || parts.slice(1).some((p) => !/^\d{3}$/.test(p))) {
      return { ok: false, reason: 'misplaced thousands separator' };
    }
    if (whole.includes(format.decimal)) return { ok: false, reason: 'not a decimal amount' };
    digits = parts.join('');
  } else {
    if (!/^\d*$/.test(whole)) return { ok: false, reason: 'not a decimal amount' };
    digits = whole;
  }
  if (digits === '' && fraction === '') return { ok: false, reason: 'not a decimal amount' };
  digits = digits.replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_INTEGER_DIGITS) return { ok: false, reason: 'amount too large' };
  if (fraction.length > 2 && /[1-9]/.test(fraction.slice(2))) {
    return { ok: false, reason: 'more than two decimals (a fraction of a cent)' };
  }
  const cents = Number(digits || '0') * 100 + Number((fraction + '00').slice(0, 2));
  return { ok: true, cents: negative && cents !== 0 ? -cents : 0 + cents };
}
