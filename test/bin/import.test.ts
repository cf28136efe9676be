// `baton import` end to end: --json prints exactly the report fields; bad input exits 2 with
// file:line lines and writes nothing; the written replay runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetHeaders } from '../../scenarios/import/presets.js';

const root = resolve(import.meta.dirname, '../..');
function baton(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/baton.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'baton-import-'));
const fixture = (name: string) => join(root, 'test/fixtures/import', name);
// The import's temporary folders in a TMPDIR (run from the sources, the TypeScript loader keeps a cache there too).
const importFolders = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('baton-import-'));

describe('baton import', () => {
  it('--json prints the report with exactly the documented fields and writes the four files', () => {
    const out = join(tmp(), 'twin');
    const r = baton('import', '--orders', fixture('amazon-orders.tsv'), '--preset', 'amazon-orders', '--out', out, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['rows', 'outcomes', 'orders', 'lines', 'units', 'skus', 'channels', 'revenueCents', 'firstOrderAt', 'lastOrderAt', 'problems']);
    expect(Object.values(report.outcomes as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(report.rows);
    expect(report.problems[0].line).toBe(9);
    for (const f of ['scenario.json', 'forecast.json', 'orders.csv', 'import-report.json']) expect(existsSync(join(out, f)), f).toBe(true);
    const csv = readFileSync(join(out, 'orders.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(1 + report.lines);
    const run = baton('run', join(out, 'scenario.json'), '--json');
    expect(run.code).toBe(0);
    const metrics = JSON.parse(run.stdout).metrics;
    expect(metrics.ordersAccepted + metrics.ordersRejected).toBe(report.orders);
  });

  it('--stock sets the opening stock from a Shopify inventory export (On hand, summed over locations)', () => {
    const out = join(tmp(), 'twin');
    const stock = join(root, 'test/fixtures/reconcile/shopify-inventory.csv');
    const r = baton('import', '--orders', fixture('shopify-orders.csv'), '--preset', 'shopify-orders', '--stock', stock, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    // MUG-1 has 9 + 4 on hand; TOW-2 0; the other ordered SKUs are absent from the snapshot: 0.
    const scenario = JSON.parse(readFileSync(join(out, 'scenario.json'), 'utf8'));
    expect(scenario.warehouses[0].initialStock.items).toEqual([{ sku: 'MUG-1', units: 13 }]);
    expect(JSON.parse(readFileSync(join(out, 'import-report.json'), 'utf8')).openingStock.units).toBe(13);
    // the ship country is counted in the report, not replayed
    expect(r.stdout).toContain('1 region value(s) in "Shipping Country": counted in import-report.json (placedBy); the replay runs every order from one warehouse');
    const bad = join(tmp(), 'stock.csv');
    writeFileSync(bad, 'warehouse,bin,sku,quantity\nmain,A,MUG-1,-3\n');
    const refused = baton('import', '--orders', fixture('shopify-orders.csv'), '--preset', 'shopify-orders', '--stock', bad, '--out', join(tmp(), 'twin'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('stock.csv:2: quantity, "-3", a stock count cannot be negative');
  });

  it('--partition-mb: an export bigger than one partition goes through partition files and writes the same four files, leaving no temporary file', () => {
    const inMemory = join(tmp(), 'twin');
    const parted = join(tmp(), 'twin');
    const scratch = tmp();
    const env = { ...process.env, TMPDIR: scratch };
    const args = ['import', '--orders', fixture('shopify-orders.csv'), '--orders', fixture('shopify-orders.csv'), '--preset', 'shopify-orders', '--json'];
    const a = baton(...args, '--out', inMemory);
    const b = spawnSync(process.execPath, [join(root, 'bin/baton.js'), ...args, '--out', parted, '--partition-mb', '0.001'], { cwd: root, encoding: 'utf8', env, timeout: 120_000 });
    expect(a.code, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    for (const f of ['scenario.json', 'forecast.json', 'orders.csv', 'import-report.json']) expect(readFileSync(join(parted, f), 'utf8'), f).toBe(readFileSync(join(inMemory, f), 'utf8'));
    expect(importFolders(scratch)).toEqual([]);
    const refused = baton(...args, '--out', join(tmp(), 'twin'), '--partition-mb', '0');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--partition-mb');
  });

  it('--catalog sets unit costs (Shopify products export); a bad catalogue exits 2 naming file:line before importing, nothing written', () => {
    const out = join(tmp(), 'twin');
    const r = baton('import', '--orders', fixture('shopify-orders.csv'), '--preset', 'shopify-orders', '--catalog', fixture('shopify-products.csv'), '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const items = JSON.parse(readFileSync(join(out, 'scenario.json'), 'utf8')).catalog.items as { code: string; costCents: number }[];
    expect(items.find((i) => i.code === 'MUG-1')!.costCents).toBe(510);
    expect(JSON.parse(readFileSync(join(out, 'import-report.json'), 'utf8')).costs.fromCatalog).toBe(2);
    const bad = join(tmp(), 'catalog.csv');
    writeFileSync(bad, 'sku,unitCost\nMUG-1,5.10\nTOW-2,-1\n');
    const badOut = join(tmp(), 'twin');
    const refused = baton('import', '--orders', fixture('shopify-orders.csv'), '--preset', 'shopify-orders', '--catalog', bad, '--out', badOut);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('catalog.csv:3: unitCost, "-1", a unit cost cannot be negative');
    expect(existsSync(badOut)).toBe(false);
    const missing = baton('import', '--orders', fixture('shopify-orders.csv'), '--preset', 'shopify-orders', '--catalog', join(tmp(), 'none.csv'), '--out', badOut);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--catalog');
  });

  it('Ctrl-C during a partitioned import: exit 130, no temporary file and no output left', async () => {
    const scratch = tmp();
    const file = join(tmp(), 'big.csv');
    const header = presetHeaders['shopify-orders']!;
    const at = (name: string) => header.indexOf(name);
    const rows = [header.join(',')];
    for (let o = 0; o < 150_000; o++) {
      const row = new Array<string>(header.length).fill('');
      row[at('Name')] = `#${o}`;
      row[at('Created at')] = '2026-08-04 05:24:22 +0500';
      row[at('Lineitem quantity')] = '1';
      row[at('Lineitem price')] = '2.50';
      row[at('Lineitem sku')] = `SKU-${o % 97}`;
      rows.push(row.join(','));
    }
    writeFileSync(file, `${rows.join('\n')}\n`);
    const out = join(tmp(), 'twin');
    const child = spawn(process.execPath, [join(root, 'bin/baton.js'), 'import', '--orders', file, '--preset', 'shopify-orders', '--out', out, '--partition-mb', '1'], { cwd: root, env: { ...process.env, TMPDIR: scratch } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // once the partition files exist, the import is under way
    for (let waited = 0; importFolders(scratch).length === 0 && waited < 30_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(importFolders(scratch).length).toBe(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('baton import: stopped');
    expect(importFolders(scratch)).toEqual([]);
    expect(existsSync(join(out, 'scenario.json'))).toBe(false);
  });

  it('a preset that does not match the header: exit 2, file:line and the missing columns, nothing written', () => {
    const out = join(tmp(), 'twin');
    const r = baton('import', '--orders', fixture('online-retail.csv'), '--preset', 'shopify-orders', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^online-retail\.csv:1: \(header\), .*the shopify-orders preset needs the columns "Name", "Created at"/);
    expect(existsSync(out)).toBe(false);
  });

  it('a spreadsheet, an old Excel workbook, a gzip file or UTF-16 big-endian text given as an export: exit 2 naming what it is, nothing written; UTF-16 little-endian (Excel\'s Unicode Text) imports like UTF-8', () => {
    const dir = tmp();
    const text = readFileSync(fixture('shopify-orders.csv'), 'utf8');
    const files: Record<string, Buffer> = {
      'orders.xlsx': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), Buffer.alloc(64)]),
      'orders.xls': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]),
      'orders.csv.gz': Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]),
      'orders-utf16be.csv': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    };
    const expected: Record<string, RegExp> = {
      'orders.xlsx': /orders\.xlsx: at --orders: the file is a spreadsheet or zip archive \(\.xlsx, \.ods, \.zip\), not a CSV: export or save it as CSV UTF-8/,
      'orders.xls': /orders\.xls: at --orders: the file is an Excel 97-2003 workbook \(\.xls\), not a CSV/,
      'orders.csv.gz': /orders\.csv\.gz: at --orders: the file is gzip-compressed: decompress it first/,
      'orders-utf16be.csv': /^orders-utf16be\.csv:1: \(header\), .*the header is not UTF-8 text \(UTF-16 big-endian, a spreadsheet, or binary\): export or save it as CSV UTF-8$/m,
    };
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(join(dir, name), bytes);
      const out = join(dir, `out-${name}`);
      const r = baton('import', '--orders', join(dir, name), '--preset', 'shopify-orders', '--out', out);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(expected[name]!);
      expect(r.stderr, name).not.toMatch(/\n\s+at /);
      expect(existsSync(out), name).toBe(false);
    }
    writeFileSync(join(dir, 'orders-utf16le.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const viaUtf16 = baton('import', '--orders', join(dir, 'orders-utf16le.csv'), '--preset', 'shopify-orders', '--out', join(dir, 'le'));
    const viaUtf8 = baton('import', '--orders', fixture('shopify-orders.csv'), '--preset', 'shopify-orders', '--out', join(dir, 'utf8'));
    expect(viaUtf16.code, viaUtf16.stderr).toBe(0);
    expect(readFileSync(join(dir, 'le', 'orders.csv'), 'utf8')).toBe(readFileSync(join(dir, 'utf8', 'orders.csv'), 'utf8'));
    expect(viaUtf8.code).toBe(0);
  });

  it('a file where most rows fail and an unclosed quote: exit 2 with one line per problem', () => {
    const dir = tmp();
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n1,A,,two,12/1/10 8:26,1,,UK\n2,A,,1,someday,1,,UK\n');
    const r = baton('import', '--orders', bad, '--preset', 'online-retail', '--out', join(dir, 'out'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'bad.csv: (file), "2 of 2 rows", most rows were rejected (more than 50%): is this the right preset?',
      'bad.csv:2: Quantity, "two", not a whole number',
      'bad.csv:3: InvoiceDate, "someday", not a recognised date (ISO 8601 or M/D/YY H:MM)',
    ]);
    writeFileSync(bad, 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n1,A,"open,1,12/1/10 8:26,1,,UK\n');
    const q = baton('import', '--orders', bad, '--preset', 'online-retail', '--out', join(dir, 'out'));
    expect(q.code).toBe(2);
    expect(q.stderr).toMatch(/^bad\.csv:2: \(record\), malformed: /);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('a bad --columns map (timestamp format, device, duplicate or misspelt key, decimal): exit 2 naming file, field and value, nothing written; delimiter TAB reads tabs, decimal "," reads 1.234,50', () => {
    const dir = tmp();
    const orders = join(dir, 'orders.tsv');
    writeFileSync(orders, 'ref\twhen\titem\tn\tprice\nA1\t2026-03-02T10:00:00Z\tSKU-1\t2\t10.00\n');
    const map = join(dir, 'map.json');
    const fields = '"orderId": "ref", "timestamp": "when", "sku": "item", "quantity": "n", "unitPrice": "price"';
    const out = join(dir, 'out');
    const refused = (text: string | null, file = map) => {
      if (text !== null) writeFileSync(map, text);
      const r = baton('import', '--orders', orders, '--columns', file, '--out', out);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
      expect(existsSync(out)).toBe(false);
      return r.stderr.trim();
    };
    expect(refused(`{ ${fields}, "timestampFormat": "QQQ", "delimiter": "TAB" }`)).toBe(`${map}: at timestampFormat: timestamp format "QQQ" has no year (YYYY or YY); tokens: YYYY YY MM M DD D HH H mm ss Z, or auto (got "QQQ")`);
    expect(refused(null, '/dev/zero')).toBe('/dev/zero: is not a regular file (a character device)');
    expect(refused(`{ ${fields}, "sku": "other" }`)).toMatch(/^\S+map\.json: at sku: the key "sku" is given twice/);
    expect(refused(`{ ${fields}, "delimter": "TAB" }`)).toBe(`${map}: at delimter: unknown key; did you mean "delimiter"?`);
    expect(refused(`{ ${fields}, "decimal": ";" }`)).toBe(`${map}: at decimal: must be one of ".", "," (got ";")`);
    writeFileSync(map, `{ ${fields}, "delimiter": "TAB" }`);
    const ok = baton('import', '--orders', orders, '--columns', map, '--out', out, '--json');
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ rows: 1, units: 2, revenueCents: 2000 });
    writeFileSync(orders, 'ref;when;item;n;price\nA1;2026-03-02T10:00:00Z;SKU-1;1.000;1.234,50\n');
    writeFileSync(map, `{ ${fields}, "delimiter": ";", "decimal": "," }`);
    const comma = baton('import', '--orders', orders, '--columns', map, '--out', join(dir, 'comma'), '--json');
    expect(comma.code, comma.stderr).toBe(0);
    expect(JSON.parse(comma.stdout)).toMatchObject({ rows: 1, units: 1000, revenueCents: 123_450_000 });
  });
});
