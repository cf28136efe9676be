// `baton twin FOLDER --oms` end to end on a hand-made forecast whose answer is known exactly: one SKU,
// one unit per order, about 5,000 orders a day, an empty floor. When the OMS file says 5 can be sold,
// every channel view starts at 5, so the channel accepts exactly 5 orders the floor cannot fill before
// the OMS's first publish (at the first 60-minute sync tick, after ~200 orders) sets its view to 0:
// 5 oversold orders in every replication (mean 5, interval width 0). An OMS file that agrees with the
// floor oversells none.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
function baton(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/baton.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const forecast = {
  name: 'imported-forecast',
  seed: 1,
  horizonDays: 28,
  warehouses: [{ name: 'main', initialStock: { unitsPerSku: 0, daysOfCover: 0, items: [{ sku: 'MUG-1', units: 40 }] } }],
  erp: { purchasing: { policy: 'none' } },
  catalog: { items: [{ code: 'MUG-1', costCents: 300, priceCents: 1250 }] },
  channels: [{ name: 'shop', demand: { ordersPerDay: 5_000, extraLinesMean: 0, extraUnitsMean: 0 } }],
};

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'baton-twin-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  file('forecast.json', JSON.stringify(forecast));
  return {
    dir,
    file,
    wms: file('wms.csv', 'warehouse,bin,sku,quantity\r\nmain,A-01-01,MUG-1,0\r\n'),
    // BOM, a quoted SKU, and PEN-5 that the history never sold (left out and listed).
    oms: file('oms.csv', '\ufeffsku,quantity\n"MUG-1",5\nPEN-5,4\n'),
    omsAgrees: file('oms-agrees.csv', 'sku,quantity\nMUG-1,0\n'),
  };
}

describe('baton twin --oms', () => {
  it('an OMS figure 5 above an empty floor oversells exactly 5 orders in every replication (hand-worked)', () => {
    const f = folder();
    const r = baton('twin', f.dir, '--wms', f.wms, '--oms', f.oms, '--days', '1', '--replications', '3', '--sync-minutes', '60', '--workers', '1', '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.start).toEqual({ skus: 1, floorUnits: 0, erpDriftSkus: 0, erpDriftUnits: 0, atsGapSkus: 1, atsGapUnits: 5, unknownSkus: ['PEN-5'] });
    expect(json.metrics.oversoldOrders).toMatchObject({ n: 3, mean: 5, halfWidth: 0 });
    // Only those 5 were accepted; every other arrival met an empty view.
    expect(json.metrics.ordersAccepted.mean).toBe(5);
    expect(json.metrics.ordersRejected.mean).toBeGreaterThan(4_000);
  });

  it('an OMS file that agrees with the floor oversells nothing, and the answer names the gap only when there is one', () => {
    const f = folder();
    const r = baton('twin', f.dir, '--wms', f.wms, '--oms', f.omsAgrees, '--days', '1', '--replications', '2', '--sync-minutes', '60', '--workers', '1', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).metrics.oversoldOrders.mean).toBe(0);
    const text = baton('twin', f.dir, '--wms', f.wms, '--oms', f.oms, '--days', '1', '--replications', '2', '--sync-minutes', '60', '--workers', '1');
    expect(text.stdout).toMatch(/^Starting from today's stock \(0 units of 1 SKUs on the floor, the ERP agreeing with the floor, the channels able to sell 5 units the floor does not hold\) with a 60-minute sync, the next 1 days oversell 5 ± 0 orders/);
  });

  it('a bad OMS row exits 2 naming file, line, field and value', () => {
    const f = folder();
    const bad = f.file('bad-oms.csv', 'sku,quantity\nMUG-1,2.5\n');
    const r = baton('twin', f.dir, '--oms', bad, '--days', '1', '--replications', '2');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad-oms.csv:2');
    expect(r.stderr).toContain('"2.5"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
