// `baton reconcile` end to end: the JSON contract, the output folder, demand from an order export,
// and bad input refused with file, line, field and value, nothing written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetHeaders } from '../../scenarios/import/presets.js';

const root = resolve(import.meta.dirname, '../..');
function baton(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/baton.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The three small exports: S1 is 8 on the floor (two bins), 10 to sell, 8 in the ERP at $2.50; S2 is 4, 4, 1 at $10.00. */
function exports() {
  const dir = mkdtempSync(join(tmpdir(), 'baton-reconcile-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  return {
    dir,
    file,
    wms: file('wms.csv', 'warehouse,bin,sku,quantity\neast,A-01-01,S1,5\neast,A-01-02,S1,3\nwest,B-02-01,S2,4\n'),
    oms: file('oms.csv', 'sku,quantity\nS1,10\nS2,4\n'),
    erp: file('erp.csv', 'sku,quantity,unitCost\nS1,8,2.50\nS2,1,10.00\n'),
  };
}

describe('baton reconcile', () => {
  it('--json: drift |1 - 4| = 3 units at $10.00 = 3000 cents; the channels may sell 10 - 8 = 2 units too many', () => {
    const f = exports();
    const r = baton('reconcile', '--wms', f.wms, '--oms', f.oms, '--erp', f.erp, '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ skus: 2, agreeing: 0, disagreeing: 2, driftUnits: 3, driftValueCents: 3_000, atsGapUnits: 2 });
    expect(json.perSku.map((s: { sku: string }) => s.sku)).toEqual(['S2', 'S1']);
  });

  it('prints the answer in words, and --out writes reconcile.json, .csv and .html', () => {
    const f = exports();
    const out = join(f.dir, 'out');
    const r = baton('reconcile', '--wms', f.wms, '--oms', f.oms, '--erp', f.erp, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const sentence = '2 of 2 SKUs disagree: the ERP is off the floor by 3 units worth $30.00; the channels may sell 2 units the floor does not hold.';
    expect(r.stdout.startsWith(sentence)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['reconcile.csv', 'reconcile.html', 'reconcile.json']);
    expect(readFileSync(join(out, 'reconcile.csv'), 'utf8').split('\n')[1]).toBe('S2,4,4,1,1000,3,3000,0,3000,false,,,,');
    const html = readFileSync(join(out, 'reconcile.html'), 'utf8');
    expect(html).toContain(sentence);
    expect(html).toContain('id="value-at-risk"');
  });

  it('with --orders, prices the gaps with the history\'s demand at the sync interval', () => {
    const f = exports();
    // S1: 3 units on Aug 1 and 3 on Aug 3, 00:00 UTC: 6 units over 2 days, 3 a day.
    const header = presetHeaders['shopify-orders']!;
    const row = (values: Record<string, string>) => header.map((h) => values[h] ?? '').join(',');
    const orders = f.file('orders.csv', [header.join(','),
      row({ Name: '#1', 'Financial Status': 'paid', 'Created at': '2026-08-01 00:00:00 +0000', 'Lineitem quantity': '3', 'Lineitem name': 'One', 'Lineitem price': '5.00', 'Lineitem sku': 'S1', Id: '1' }),
      row({ Name: '#2', 'Financial Status': 'paid', 'Created at': '2026-08-03 00:00:00 +0000', 'Lineitem quantity': '3', 'Lineitem name': 'One', 'Lineitem price': '5.00', 'Lineitem sku': 'S1', Id: '2' }),
    ].join('\n') + '\n');
    const r = baton('reconcile', '--wms', f.wms, '--oms', f.oms, '--erp', f.erp, '--orders', orders, '--preset', 'shopify-orders', '--sync-minutes', '480', '--json');
    expect(r.code, r.stderr).toBe(0);
    const s1 = JSON.parse(r.stdout).perSku.find((s: { sku: string }) => s.sku === 'S1');
    // 3 a day over 8 hours: mean 1; floor 8, ATS 10: P(D >= 9) + P(D >= 10) for Poisson(1).
    let below = 0;
    let pmf = Math.exp(-1);
    const tail: number[] = [];
    for (let k = 0; k <= 10; k++) {
      tail.push(1 - below);
      below += pmf;
      pmf /= k + 1;
    }
    expect(s1.risk.unitsPerDay).toBe(3);
    expect(s1.risk.expectedOversoldUnits).toBeCloseTo(tail[9]! + tail[10]!, 12);
    expect(baton('reconcile', '--wms', f.wms, '--oms', f.oms, '--erp', f.erp, '--orders', orders).code).toBe(2); // no --preset
  });

  it('refuses a bad row, a missing column or a missing file with exit 2, naming it, and writes nothing', () => {
    const f = exports();
    const out = join(f.dir, 'out');
    const badErp = f.file('bad-erp.csv', 'sku,quantity,unitCost\nS1,8,2.50\nS2,1,ten dollars\n');
    const r = baton('reconcile', '--wms', f.wms, '--oms', f.oms, '--erp', badErp, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad-erp.csv:3: unitCost, "ten dollars"');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
    const badHeader = f.file('bad-wms.csv', 'bin,sku,qty\nA,S1,1\n');
    expect(baton('reconcile', '--wms', badHeader, '--oms', f.oms, '--erp', f.erp).stderr).toMatch(/bad-wms\.csv:1: \(header\).*missing columns "warehouse", "quantity"/);
    const missing = baton('reconcile', '--wms', join(f.dir, 'nope.csv'), '--oms', f.oms, '--erp', f.erp);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv');
  });
});

describe('baton twin', () => {
  it('simulates the imported forecast forward from today\'s stock, deterministically, with intervals', () => {
    const f = exports();
    const folder = join(f.dir, 'twin');
    expect(baton('import', '--orders', join(root, 'test/fixtures/import/shopify-orders.csv'), '--preset', 'shopify-orders', '--out', folder).code).toBe(0);
    const wms = f.file('today-wms.csv', 'warehouse,bin,sku,quantity\nmain,A-01-01,MUG-1,2\nmain,A-01-02,TOW-2,5\n');
    const erp = f.file('today-erp.csv', 'sku,quantity,unitCost\nMUG-1,6,7.50\nTOW-2,5,2.40\n');
    const args = ['twin', folder, '--wms', wms, '--erp', erp, '--days', '7', '--replications', '3', '--sync-minutes', '30', '--workers', '1', '--json'];
    const r = baton(...args);
    expect(r.code, r.stderr).toBe(0);
    const twin = JSON.parse(r.stdout);
    // Floor: MUG-1 2 + TOW-2 5 = 7 units; the ERP says 6 MUG-1 (4 more); LAMP-9 and STK-0 are 0 in both.
    // No --oms: the channels start from the floor, so no ATS gap.
    expect(twin.start).toEqual({ skus: 4, floorUnits: 7, erpDriftSkus: 1, erpDriftUnits: 4, atsGapSkus: 0, atsGapUnits: 0, unknownSkus: [] });
    expect(twin).toMatchObject({ days: 7, syncMinutes: 30, replications: 3 });
    expect(Object.keys(twin.metrics)).toContain('oversoldOrders');
    for (const m of Object.values<{ n: number }>(twin.metrics)) expect(m.n).toBe(3);
    expect(JSON.parse(baton(...args).stdout).hash).toBe(twin.hash);
    const text = baton('twin', folder, '--wms', wms, '--replications', '2', '--workers', '1');
    expect(text.stdout).toMatch(/^Starting from today's stock \(7 units of 4 SKUs on the floor, the ERP agreeing with the floor\) with the channels' current sync intervals, the next 7 days oversell/);
    const missing = baton('twin', f.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no forecast.json here');
  }, 120_000);
});
