// Every preset on its synthetic fixture (shaped like the real export): outcomes, totals and times
// worked out by hand from the fixture rows (see the comments in each case).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOutputs } from '../../../scenarios/import/build.js';
import { validateReplay } from '../../../scenarios/import/replay-file.js';
import { ORDER_CANCELLED, ORDER_PLACED, ORDER_RETURNED, importOrders, parseQuantity } from '../../../scenarios/import/orders.js';
import { columnMapSchema, orderPresets, presetFromColumnMap, type OrderPreset } from '../../../scenarios/import/presets.js';

const fixture = (name: string) => new URL(`../../fixtures/import/${name}`, import.meta.url);
const run = (name: string, preset: OrderPreset, timeZone = 'UTC') =>
  importOrders([{ name, chunks: [readFileSync(fixture(name))] }], { preset, timeZone });
const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

describe('importOrders: shopify-orders', () => {
  it('BOM, CRLF, quoted commas and quotes, continuation rows, duplicate, cancellation, refund, zero price, blank row, thousands, offsets', async () => {
    const result = await run('shopify-orders.csv', orderPresets['shopify-orders']!);
    expect(result.fatal).toEqual([]);
    // #1001 x2, #1002, #1005's sticker, #1006 x2 accepted; #1004 refunded (2 lines); #1003 cancelled;
    // #1002 repeated; one blank row; #1005's "x" quantity rejected.
    expect(result.tally.outcomes).toEqual({ accepted: 6, return: 2, cancellation: 1, adjustment: 0, duplicate: 1, blank: 1, rejected: 1 });
    expect(result.tally.rows).toBe(12);
    expect(result.tally.problems).toEqual([{ file: 'shopify-orders.csv', line: 10, field: 'Lineitem quantity', value: 'x', reason: 'not a whole number' }]);
    const { summary } = buildOutputs(result, { timeZone: 'UTC' });
    expect(summary).toMatchObject({
      // the cancelled #1003 is replayed too (placed, then cancelled): 6 orders, its 1 line and unit included
      rows: 12, orders: 6, lines: 9, units: 16, skus: 4, channels: 1,
      // 2 x 12.50 + 4.00, 1,299.00, 0.00, 12.50 + 4 x 4.00
      revenueCents: 2_900 + 129_900 + 0 + 2_850,
      firstOrderAt: '2026-08-03T00:24:22.000Z', // 05:24:22 +0500
      lastOrderAt: '2026-08-05T15:00:00.000Z', // 20:30 +0530
    });
    expect(sum(summary.outcomes)).toBe(summary.rows);
    expect([...result.history.orderIds]).toEqual(['#1001', '#1002', '#1003', '#1004', '#1005', '#1006']);
    // #1003: cancelled at 10:00 -0700, 50 minutes after it was placed; #1004 refunded
    expect([...result.history.orderKind]).toEqual([ORDER_PLACED, ORDER_PLACED, ORDER_CANCELLED, ORDER_RETURNED, ORDER_PLACED, ORDER_PLACED]);
    expect(result.history.orderCancelMs[2]! - result.history.orderMs[2]!).toBe(50 * 60_000);
    expect(Number.isNaN(result.history.orderCancelMs[0]!)).toBe(true);
  });
});

describe('importOrders: amazon-orders (TSV)', () => {
  it('line totals, sales channels, statuses, negative quantity, DST offsets, bad date', async () => {
    const result = await run('amazon-orders.tsv', orderPresets['amazon-orders']!);
    expect(result.fatal).toEqual([]);
    expect(result.tally.outcomes).toEqual({ accepted: 4, return: 1, cancellation: 1, adjustment: 0, duplicate: 1, blank: 0, rejected: 1 });
    const { summary } = buildOutputs(result, { timeZone: 'UTC' });
    expect(summary).toMatchObject({ rows: 8, orders: 3, lines: 4, units: 5, skus: 3, channels: 2, revenueCents: 3_998 + 500 + 1_999 + 100_000 });
    expect(result.history.channels).toEqual(['Amazon.com', 'Amazon.ca']);
    // 01:30 EST and 03:30 EDT on the night New York springs forward are one hour apart
    expect(result.history.orderMs[1]! - result.history.orderMs[0]!).toBe(3_600_000);
    expect(result.history.lineUnitCents[0]).toBe(1_999); // 39.98 for 2
    expect(summary.problems).toHaveLength(1);
    expect(summary.problems[0]!.line).toBe(9);
  });
});

describe('importOrders: online-retail (UCI)', () => {
  it('C-invoices cancel, negative quantities adjust, sub-cent prices are rejected, London time with DST', async () => {
    const result = await run('online-retail.csv', orderPresets['online-retail']!, 'Europe/London');
    expect(result.fatal).toEqual([]);
    expect(result.tally.outcomes).toEqual({ accepted: 6, return: 0, cancellation: 1, adjustment: 1, duplicate: 1, blank: 0, rejected: 1 });
    const { summary } = buildOutputs(result, { timeZone: 'Europe/London' });
    expect(summary).toMatchObject({ rows: 10, orders: 5, lines: 6, units: 6 + 6 + 6 + 1_200 + 2 + 2, skus: 4, channels: 1, revenueCents: 1_530 + 2_034 + 1_110 + 102_000 + 170 + 170 });
    const at = (id: string) => new Date(result.history.orderMs[[...result.history.orderIds].indexOf(id)]!).toISOString();
    expect(at('536365')).toBe('2010-12-01T08:26:00.000Z'); // GMT
    expect(at('536415')).toBe('2011-06-01T10:52:00.000Z'); // BST
    expect(at('536416')).toBe('2011-03-27T01:30:00.000Z'); // 01:30 does not exist that night: 02:30 BST
    expect(at('536417')).toBe('2011-12-09T12:50:00.000Z'); // ISO in the same file
    expect(summary.problems[0]!.reason).toContain('more than two decimals');
  });
});

describe('generic column map', () => {
  it('reads a semicolon file with day-first dates through a column map', async () => {
    const map = columnMapSchema.parse({ orderId: 'ref', timestamp: 'when', timestampFormat: 'DD/MM/YYYY HH:mm', sku: 'item', quantity: 'n', unitPrice: 'price', channel: 'shop', delimiter: ';' });
    const text = 'ref;when;shop;item;n;price\nA1;04/08/2026 09:00;web;X;2;1,50\nA2;05/08/2026 10:00;store;Y;1;3.00\n';
    const result = await importOrders([{ name: 'map.csv', chunks: [text] }], { preset: presetFromColumnMap(map) });
    // "1,50" is not a dot-decimal amount: a misplaced thousands separator
    expect(result.tally.outcomes.rejected).toBe(1);
    expect(result.tally.outcomes.accepted).toBe(1);
    expect(result.history.channels).toEqual(['web', 'store']); // a rejected row's channel is still listed
    expect([...result.history.orderIds]).toEqual(['A2']);
    expect(new Date(result.history.orderMs[0]!).toISOString()).toBe('2026-08-05T10:00:00.000Z');
  });

  it('reads decimal-comma money and dot-grouped quantities with "decimal": ","', async () => {
    const map = columnMapSchema.parse({ orderId: 'ref', timestamp: 'when', sku: 'item', quantity: 'n', unitPrice: 'price', delimiter: ';', decimal: ',' });
    const text = 'ref;when;item;n;price\nA1;2026-08-04 09:00;X;1.000;1.234,50\nA2;2026-08-04 10:00;Y;2;€ 12,00\nA3;2026-08-04 11:00;Y;1;1,50\nA4;2026-08-04 12:00;Y;1;1,234.50\n';
    const result = await importOrders([{ name: 'eu.csv', chunks: [text] }], { preset: presetFromColumnMap(map) });
    expect(result.tally.outcomes).toMatchObject({ accepted: 3, rejected: 1 });
    expect([...result.history.lineQty]).toEqual([1000, 2, 1]);
    expect([...result.history.lineUnitCents]).toEqual([123450, 1200, 150]);
    // a dot-decimal amount is not read as one in a decimal-comma file
    expect(result.tally.problems).toEqual([{ file: 'eu.csv', line: 5, field: 'price', value: '1,234.50', reason: 'not a decimal amount' }]);
    expect(presetFromColumnMap(columnMapSchema.parse({ orderId: 'a', timestamp: 'b', sku: 'c', quantity: 'd', unitPrice: 'e' })).decimal).toBe('.');
  });
});

describe('text that is not UTF-8', () => {
  it('rejects an order id or SKU holding bytes that are not UTF-8, so CAFÉ-1 and CAFÈ-1 in Latin-1 are not merged into one SKU', async () => {
    const map = columnMapSchema.parse({ orderId: 'ref', timestamp: 'when', sku: 'item', quantity: 'n', unitPrice: 'price' });
    const latin1 = Buffer.concat([
      Buffer.from('ref,when,item,n,price\nA1,2026-03-02T10:00:00Z,CAF'), Buffer.from([0xc9]), Buffer.from('-1,1,10.00\nA2,2026-03-02T10:00:00Z,CAF'), Buffer.from([0xc8]),
      Buffer.from('-1,1,10.00\nB'), Buffer.from([0xe9]), Buffer.from(',2026-03-02T10:00:00Z,X,1,1.00\nA3,2026-03-02T10:00:00Z,X,1,1.00\nA4,2026-03-02T10:00:00Z,X,1,1.00\nA5,2026-03-02T10:00:00Z,Y,1,1.00\n'),
    ]);
    const result = await importOrders([{ name: 'latin1.csv', chunks: [latin1] }], { preset: presetFromColumnMap(map) });
    expect(result.tally.outcomes).toMatchObject({ accepted: 3, rejected: 3 });
    const reason = 'not UTF-8 text (a byte that is not UTF-8 reads as \uFFFD): save the export as UTF-8';
    expect(result.tally.problems).toEqual([
      { file: 'latin1.csv', line: 2, field: 'item', value: 'CAF\uFFFD-1', reason },
      { file: 'latin1.csv', line: 3, field: 'item', value: 'CAF\uFFFD-1', reason },
      { file: 'latin1.csv', line: 4, field: 'ref', value: 'B\uFFFD', reason },
    ]);
    expect([...result.history.skus]).toEqual(['X', 'Y']);
  });
});

describe('SKU codes the scenario format refuses', () => {
  it('rejects a SKU with a control character (a quoted line break, a NUL) as a row problem, instead of failing the written scenario', async () => {
    const map = columnMapSchema.parse({ orderId: 'ref', timestamp: 'when', sku: 'item', quantity: 'n', unitPrice: 'price' });
    const text = 'ref,when,item,n,price\nA1,2026-03-02T10:00:00Z,"SKU\n1",1,1.00\nA2,2026-03-02T10:00:00Z,SKU\u00002,1,1.00\nA3,2026-03-02T10:00:00Z,X,1,1.00\nA4,2026-03-02T10:00:00Z,X,1,1.00\nA5,2026-03-02T10:00:00Z,X,-1,1.00\n';
    const result = await importOrders([{ name: 'c.csv', chunks: [text] }], { preset: presetFromColumnMap(map) });
    const reason = 'SKU holds a control character (a line break, a tab...)';
    expect(result.tally.problems).toEqual([
      { file: 'c.csv', line: 2, field: 'item', value: 'SKU\n1', reason },
      { file: 'c.csv', line: 4, field: 'item', value: 'SKU\u00002', reason },
    ]);
    expect(result.tally.outcomes).toMatchObject({ accepted: 2, return: 1, rejected: 2 });
    expect([...result.history.skus]).toEqual(['X']);
    // the replay written from it passes the scenario format
    expect(() => validateReplay(buildOutputs(result, { timeZone: 'UTC' }), 'scenario.json')).not.toThrow();
  });
});

describe('SKU length', () => {
  it('accepts a SKU of 255 code points (emoji counted once) and rejects a longer one with the limit, and the replay passes the scenario format', async () => {
    const map = columnMapSchema.parse({ orderId: 'ref', timestamp: 'when', sku: 'item', quantity: 'n', unitPrice: 'price' });
    const long = 'S'.repeat(200) + '\u{1F4E6}'.repeat(55); // 255 code points, 310 UTF-16 units
    const rows = [long, 'T'.repeat(256), 'U'.repeat(5000), 'X', 'X', 'X'].map((sku, i) => `A${i},2026-03-02T10:00:00Z,${sku},1,1.00`);
    const result = await importOrders([{ name: 'l.csv', chunks: [`ref,when,item,n,price\n${rows.join('\n')}\n`] }], { preset: presetFromColumnMap(map) });
    expect(result.tally.problems.map((p) => [p.line, p.field, p.value.length, p.reason])).toEqual([
      [3, 'item', 256, 'SKU longer than 255 characters'],
      [4, 'item', 5000, 'SKU longer than 255 characters'],
    ]);
    expect([...result.history.skus]).toEqual([long, 'X']);
    expect(() => validateReplay(buildOutputs(result, { timeZone: 'UTC' }), 'scenario.json')).not.toThrow();
  });
});

describe('file-level problems', () => {
  it('names the columns a preset misses', async () => {
    const result = await importOrders([{ name: 'x.csv', chunks: ['a,b,c\n1,2,3\n'] }], { preset: orderPresets['online-retail']! });
    expect(result.fatal).toHaveLength(1);
    expect(result.fatal[0]!.reason).toBe('the online-retail preset needs the columns "InvoiceNo", "InvoiceDate", "StockCode", "Quantity", "UnitPrice", missing from this header');
  });

  it('fails a file where most rows are rejected', async () => {
    const text = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n1,A,,x,12/1/10 8:26,1,,UK\n2,A,,y,12/1/10 8:26,1,,UK\n3,A,,1,12/1/10 8:26,1,,UK\n';
    const result = await importOrders([{ name: 'bad.csv', chunks: [text] }], { preset: orderPresets['online-retail']! });
    expect(result.fatal.map((p) => p.reason)).toEqual(['most rows were rejected (more than 50%): is this the right preset?']);
  });

  it('parseQuantity', () => {
    expect(parseQuantity('1,200')).toBe(1200);
    expect(parseQuantity('-3')).toBe(-3);
    expect(parseQuantity('1.5')).toBe('not a whole number');
    expect(parseQuantity('12,00')).toBe('not a whole number');
    expect(parseQuantity('1.000', ',')).toBe(1000);
    expect(parseQuantity('1,200', ',')).toBe('not a whole number');
  });
});
