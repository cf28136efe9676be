// orders.csv's fast path: rows that need no quoting are joined directly, the rest go through
// csv-stringify; the text must equal csv-stringify's for every row, hostile ones included.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../scenarios/files.js';
import { csvText } from '../../../scenarios/import/orders-csv.js';

const alphabet = ['a', 'Z', '7', ' ', '#', '-', '=', '+', '@', '\t', '\r', '\n', '"', ',', ';', "'", 'é', '€', '.', ':', '/'];

describe('csvText', () => {
  it('gives csv-stringify\'s exact text on 5,000 random rows of hostile strings and numbers', () => {
    const random = seedrandom('orders-csv');
    const field = (): string | number => {
      if (random() < 0.3) return random() < 0.5 ? Math.floor(random() * 1e6) - 5e5 : (random() - 0.5) * 1e4;
      const length = Math.floor(random() * 6);
      return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]!).join('');
    };
    const rows = Array.from({ length: 5_000 }, () => Array.from({ length: 9 }, field));
    expect([...csvText(rows, 333)].join('')).toBe(toCsv(rows));
    const plain = rows.filter((row) => row.every((f) => typeof f === 'number' || !/[",\r\n]|^[=+\-@\t\r]/.test(f)));
    expect(plain.length).toBeGreaterThan(100);
    expect([...csvText(plain)].join('')).toBe(toCsv(plain));
  });

  it('neutralises a formula and quotes a comma, as csv-stringify does', () => {
    expect([...csvText([['#1001', 'SKU,1', '=SUM(A1)', -3, 0.5]])].join('')).toBe('#1001,"SKU,1",\'=SUM(A1),-3,0.5\n');
  });
});
