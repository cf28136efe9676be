// The history's compact columns: a growable typed column keeps every pushed value through its growth,
// a text column gives back exactly the texts pushed (empty, non-ASCII, surrogate pairs, longer than
// one decoding slice), and a text index finds every text it holds and none it does not, also when
// many texts share a hash bucket.
import { describe, expect, it } from 'vitest';
import { GrowableColumn, nextPowerOfTwo, TextColumn, TextIndex, textHash } from '../../../scenarios/import/columns.js';

describe('GrowableColumn', () => {
  it('keeps every value pushed across many growths, and set/get address the same slots', () => {
    const column = new GrowableColumn(Float64Array, 2);
    for (let i = 0; i < 10_000; i++) column.push(i * 1.5);
    expect(column.length).toBe(10_000);
    const values = column.values();
    expect(values.length).toBe(10_000);
    expect(values[0]).toBe(0);
    expect(values[9_999]).toBe(9_999 * 1.5);
    column.set(5, -1);
    expect(column.get(5)).toBe(-1);
    expect(Array.from(column.values().subarray(4, 7))).toEqual([6, -1, 9]);
  });

  it('holds int32 values exactly, negative ones included', () => {
    const column = new GrowableColumn(Int32Array);
    const values = [0, -1, 2 ** 31 - 1, -(2 ** 31), 42];
    for (const v of values) column.push(v);
    expect(Array.from(column.values())).toEqual(values);
  });
});

describe('TextColumn', () => {
  const texts = ['', '#1001', 'ä-ß-€', '😀 order', 'x'.repeat(10_000), 'A'.repeat(4096), 'tail'];

  it('gives back each text exactly', () => {
    const column = new TextColumn();
    const rows = texts.map((t) => column.push(t));
    expect(rows).toEqual(texts.map((_, i) => i));
    expect(texts.map((_, i) => column.at(i))).toEqual(texts);
    expect([...column]).toEqual(texts);
  });

  it('compares a row with a text without building it', () => {
    const column = new TextColumn();
    for (const t of texts) column.push(t);
    texts.forEach((t, i) => expect(column.equals(i, t)).toBe(true));
    expect(column.equals(1, '#1002')).toBe(false);
    expect(column.equals(1, '#100')).toBe(false);
    expect(column.equals(0, 'a')).toBe(false);
  });

  it('refuses a row it does not have', () => {
    const column = new TextColumn();
    column.push('a');
    expect(() => column.at(1)).toThrow(RangeError);
    expect(() => column.at(-1)).toThrow(RangeError);
  });
});

describe('TextIndex', () => {
  it('finds every added text at its row and misses texts never added', () => {
    const index = new TextIndex();
    const ids = Array.from({ length: 50_000 }, (_, i) => `#${1000 + i * 7}`);
    ids.forEach((id, row) => expect(index.add(id)).toBe(row));
    expect(index.length).toBe(ids.length);
    for (let i = 0; i < ids.length; i += 997) expect(index.find(ids[i]!)).toBe(i);
    expect(index.find('#1001')).toBe(-1);
    expect(index.find('')).toBe(-1);
    expect(index.texts.at(123)).toBe(ids[123]);
  });

  it('finds texts that share a starting slot (long probe chains), before and after it grows', () => {
    const sameSlot: string[] = [];
    for (let i = 0; sameSlot.length < 300; i++) if ((textHash(`k${i}`) & 1023) === 5) sameSlot.push(`k${i}`);
    const index = new TextIndex();
    sameSlot.slice(0, 200).forEach((t) => index.add(t));
    sameSlot.slice(0, 200).forEach((t, row) => expect(index.find(t)).toBe(row));
    for (const t of sameSlot.slice(200)) expect(index.find(t)).toBe(-1);
    for (let i = 0; i < 5_000; i++) index.add(`filler-${i}`);
    sameSlot.slice(0, 200).forEach((t, row) => expect(index.find(t)).toBe(row));
    expect(index.find(sameSlot[250]!)).toBe(-1);
  });
});

describe('nextPowerOfTwo', () => {
  it('is the least power of two at or above n', () => {
    expect([0, 1, 2, 3, 4, 5, 1023, 1024, 1025].map(nextPowerOfTwo)).toEqual([1, 1, 2, 4, 4, 8, 1024, 1024, 2048]);
  });
});
