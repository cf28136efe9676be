import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RowProblem } from '../../../scenarios/import/outcomes.js';
import { expectedOversoldUnits, readSnapshot, reconcile, stockoutDaysAtRisk, type SnapshotSide } from '../../../scenarios/reconcile/index.js';

async function snapshot(side: SnapshotSide, text: string) {
  const problems: RowProblem[] = [];
  const s = await readSnapshot(side, `${side}.csv`, [text], problems);
  return { s, problems };
}
async function clean(side: SnapshotSide, text: string) {
  const { s, problems } = await snapshot(side, text);
  expect(problems).toEqual([]);
  return s;
}

describe('reconcile: the article\'s three numbers', () => {
  it('the drift example: floor 84 in two bins, ERP 90 at $14.00, the OMS still publishing 90', async () => {
    const wms = await clean('wms', 'warehouse,bin,sku,quantity\neast,A-12-03,4471,50\neast,A-12-04,4471,34\n');
    const oms = await clean('oms', 'sku,quantity\n4471,90\n');
    const erp = await clean('erp', 'sku,quantity,unitCost\n4471,90,14.00\n');
    const r = reconcile(wms, oms, erp);
    // |90 - 84| = 6 units, 6 x $14.00 = $84.00; the channels may sell 90 - 84 = 6 units that are not there.
    expect(r).toMatchObject({ skus: 1, agreeing: 0, disagreeing: 1, driftUnits: 6, driftValueCents: 8_400, atsGapUnits: 6, valueAtRiskCents: 16_800 });
    expect(r.perSku[0]).toMatchObject({ sku: '4471', wmsUnits: 84, omsUnits: 90, erpUnits: 90, unitCostCents: 1_400, missingFrom: [] });
  });

  it('agrees when the ERP matches the floor and the ATS does not exceed it; a missing SKU counts 0 and is listed', async () => {
    const wms = await clean('wms', 'warehouse,bin,sku,quantity\neast,A-01-01,A,10\neast,A-01-02,B,5\n');
    const oms = await clean('oms', 'sku,quantity\nA,7\nC,2\n');
    const erp = await clean('erp', 'sku,quantity,unitCost\nA,10,1.00\nB,5,"1,250.50"\nC,0,3.00\n');
    const r = reconcile(wms, oms, erp);
    const by = Object.fromEntries(r.perSku.map((s) => [s.sku, s]));
    expect(by.A).toMatchObject({ agrees: true, driftUnits: 0, atsGapUnits: 0, missingFrom: [] }); // ATS 7 below 10 is stock held back
    expect(by.B).toMatchObject({ agrees: true, omsUnits: 0, unitCostCents: 125_050, missingFrom: ['oms'] });
    expect(by.C).toMatchObject({ agrees: false, wmsUnits: 0, atsGapUnits: 2, valueAtRiskCents: 600, missingFrom: ['wms'] });
    expect(r).toMatchObject({ skus: 3, agreeing: 2, disagreeing: 1 });
    expect(r.perSku.map((s) => s.sku)).toEqual(['C', 'A', 'B']); // value at risk first, then by SKU
  });

  it('reads exports as they come: BOM, CRLF, quoted fields, header case and spacing, blank lines', async () => {
    const wms = await clean('wms', '\uFEFFWarehouse, Bin ,SKU,Quantity\r\n"east, main","A-01-01","SKU ""7""",3\r\n\r\neast,A-01-02,"SKU ""7""",4\r\n');
    expect([...wms.units]).toEqual([['SKU "7"', 7]]);
    expect(wms.blankRows).toBe(1);
  });

  it('reads Shopify\'s inventory export: On hand for the floor, Available for the channels, summed over locations', async () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../fixtures/reconcile/shopify-inventory.csv'), 'utf8');
    const floor = await clean('wms', text);
    const channels = await clean('oms', text);
    expect(floor.layout).toBe('shopify-inventory');
    expect([...floor.units]).toEqual([['MUG-1', 13], ['TOW-2', 0]]); // 9 + 4 on hand
    expect([...channels.units]).toEqual([['MUG-1', 10], ['TOW-2', -2]]); // 7 + 3 available; -2 is already oversold
  });

  it('names every bad row with its line, field and value', async () => {
    const { problems } = await snapshot('wms', 'warehouse,bin,sku,quantity\neast,A,X,-1\neast,A,,2\neast,A,Y,2.5\n');
    expect(problems.map((p) => [p.line, p.field, p.value, p.reason])).toEqual([
      [2, 'quantity', '-1', 'a stock count cannot be negative'],
      [3, 'sku', '', 'no SKU'],
      [4, 'quantity', '2.5', 'not a whole number'],
    ]);
    const erp = await snapshot('erp', 'sku,quantity,unitCost\nX,1,abc\nX,1,2.00\nX,2,2.00\nY,1,-3.00\n');
    expect(erp.problems.map((p) => [p.line, p.field])).toEqual([[2, 'unitCost'], [4, 'sku'], [5, 'unitCost']]);
    const header = await snapshot('erp', 'sku,qty\nX,1\n');
    expect(header.problems[0]!.reason).toMatch(/missing columns "quantity", "unitCost"/);
    const empty = await snapshot('oms', '');
    expect(empty.problems[0]!.reason).toMatch(/empty/);
  });

  it('names a SKU whose bytes are not UTF-8 (two Latin-1 codes would read as one)', async () => {
    const problems: RowProblem[] = [];
    const latin1 = Buffer.concat([Buffer.from('sku,quantity\nCAF'), Buffer.from([0xc9]), Buffer.from('-1,3\nCAF'), Buffer.from([0xc8]), Buffer.from('-1,4\nOK,1\n')]);
    const s = await readSnapshot('oms', 'oms.csv', [latin1], problems);
    expect(problems.map((p) => [p.line, p.field, p.value, p.reason])).toEqual([
      [2, 'sku', 'CAF\uFFFD-1', 'not UTF-8 text (a byte that is not UTF-8 reads as \uFFFD): save the export as UTF-8'],
      [3, 'sku', 'CAF\uFFFD-1', 'not UTF-8 text (a byte that is not UTF-8 reads as \uFFFD): save the export as UTF-8'],
    ]);
    expect([...s.units]).toEqual([['OK', 1]]);
  });
});

describe('reconcile: what the gaps cost', () => {
  it('expected oversold units: E[max(0, min(D, oms) - wms)] for Poisson demand over one sync interval', () => {
    // wms 1, oms 3, mean 2: P(D >= 2) + P(D >= 3) = (1 - 3e^-2) + (1 - 5e^-2) = 2 - 8e^-2.
    expect(expectedOversoldUnits(1, 3, 2)).toBeCloseTo(2 - 8 * Math.exp(-2), 12);
    // The same by summing over the demand distribution directly.
    let direct = 0;
    let pmf = Math.exp(-2);
    for (let k = 0; k < 60; k++) {
      direct += pmf * Math.max(0, Math.min(k, 3) - 1);
      pmf *= 2 / (k + 1);
    }
    expect(expectedOversoldUnits(1, 3, 2)).toBeCloseTo(direct, 12);
    expect(expectedOversoldUnits(5, 3, 2)).toBe(0); // ATS below the floor: nothing to oversell
    expect(expectedOversoldUnits(1, 3, 0)).toBe(0);
    expect(expectedOversoldUnits(0, 2, 1e6)).toBeCloseTo(2, 9); // huge demand takes every phantom unit
  });

  it('stockout days at risk: the ERP overcount in days of demand', () => {
    expect(stockoutDaysAtRisk(90, 84, 6)).toBe(1); // the article: 6 units at 6 a day
    expect(stockoutDaysAtRisk(80, 84, 6)).toBe(0);
    expect(stockoutDaysAtRisk(90, 84, 0)).toBe(0);
  });

  it('with demand, each SKU carries its rate and risks, and the totals add them up', async () => {
    const wms = await clean('wms', 'warehouse,bin,sku,quantity\neast,A,S1,1\n');
    const oms = await clean('oms', 'sku,quantity\nS1,3\n');
    const erp = await clean('erp', 'sku,quantity,unitCost\nS1,7,1.00\n');
    // 3 units a day over a 16-hour sync: mean 2.
    const r = reconcile(wms, oms, erp, { rates: new Map([['S1', 3]]), syncMinutes: 960 });
    expect(r.perSku[0]!.risk!.expectedOversoldUnits).toBeCloseTo(2 - 8 * Math.exp(-2), 12);
    expect(r.perSku[0]!.risk!.stockoutDaysAtRisk).toBe(2); // (7 - 1) / 3
    expect(r.risk).toMatchObject({ syncMinutes: 960, stockoutDaysAtRisk: 2 });
  });
});
