import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMoneyCents } from '../../../scenarios/import/money.js';

const cents = (text: string, decimal: '.' | ',' = '.') => {
  const r = parseMoneyCents(text, { decimal });
  return r.ok ? r.cents : r.reason;
};

describe('parseMoneyCents', () => {
  it('reads plain, signed, symbol, code, thousands and accounting forms exactly', () => {
    expect(cents('12.34')).toBe(1234);
    expect(cents('0.1')).toBe(10);
    expect(cents('.5')).toBe(50);
    expect(cents('7')).toBe(700);
    expect(cents('0.00')).toBe(0);
    expect(cents('-3.10')).toBe(-310);
    expect(cents('$1,234.56')).toBe(123456);
    expect(cents('-$1,234.56')).toBe(-123456);
    expect(cents('$-5.00')).toBe(-500);
    expect(cents('(2.50)')).toBe(-250);
    expect(cents('USD 19.99')).toBe(1999);
    expect(cents('19.99 EUR')).toBe(1999);
    expect(cents('£1,000,000')).toBe(100000000);
    expect(cents('4.50-')).toBe(-450);
    expect(cents('1.234,56', ',')).toBe(123456);
    expect(cents('2.500')).toBe(250);
    // 0.29 * 100 is 28.999999999999996 in floating point: digits are moved, not multiplied
    expect(cents('0.29')).toBe(29);
    expect(cents('1.005'.replace('5', '0'))).toBe(100);
  });

  it('rejects what is not an amount, with a reason', () => {
    expect(cents('')).toBe('empty amount');
    expect(cents('abc')).toBe('not a decimal amount');
    expect(cents('1,23.00')).toBe('misplaced thousands separator');
    expect(cents('12,3456')).toBe('misplaced thousands separator');
    expect(cents('1.2.3')).toBe('not a decimal amount');
    expect(cents('0.001')).toBe('more than two decimals (a fraction of a cent)');
    expect(cents('12345678901234')).toBe('amount too large');
    expect(cents('.')).toBe('not a decimal amount');
  });

  it('round-trips every cent amount written with two decimals and thousands separators', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
      const abs = Math.abs(n);
      const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      const text = `${n < 0 ? '-' : ''}${whole}.${String(abs % 100).padStart(2, '0')}`;
      expect(cents(text)).toBe(n);
    }));
  });
});
