import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Advice, CellVerdict, RunCosts } from '../../../scenarios/advise/index.js';
import { adviceParagraph, frontierCells, frontierChart, renderAdvicePage } from '../../../viz/advice/index.js';

const costs = (decisionCost: number): RunCosts => ({ decisionCost, oversellCost: 12_345, stockoutCost: 0, reconciliationHours: 2.5, reconciliationCost: 5_000, omsCost: 30_000, sellerHealthBreachDays: 1 });
const verdict = (channels: number, locations: number, difference: number, halfWidth: number): CellVerdict => ({
  channels, locations, withOms: costs(100_000 + difference), withoutOms: costs(100_000), difference, halfWidth, omsPaysOff: difference + halfWidth < 0,
});
const advice: Advice = {
  scenario: 'shop', days: 7, replications: 3, ordersPerDay: 480, own: { channels: 2, locations: 1 }, breakEven: { channels: 2, locations: 1 },
  grid: [verdict(1, 1, 50_000, 10_000), verdict(2, 1, -120_000, 20_000)],
};

describe('the advice for people', () => {
  it('labels each frontier cell with the monthly difference and its half-width, ✓ where the OMS pays', () => {
    expect(frontierCells(advice.grid)).toEqual([
      { channels: 1, locations: 1, difference: 500, label: '$500.00\n± $100.00', paysOff: false },
      { channels: 2, locations: 1, difference: -1_200, label: '✓ -$1,200.00\n± $200.00', paysOff: true },
    ]);
    expect(frontierChart(advice.grid).marks).toHaveLength(3);
  });

  it('says where the OMS pays for itself and what the own setup costs without one', () => {
    const text = adviceParagraph(advice, 'USD');
    expect(text).toMatch(/^An OMS pays for itself from 2 channels and 1 location on/);
    expect(text).toContain('Your setup (2 channels, 1 location) without an OMS costs $123.45 a month in oversell penalties and lost margin');
    expect(text).toContain('its total changes by -$1,200.00 ± $200.00');
    expect(text).toContain('(shop: 480 orders a day, 7-day runs x 3 paired replications, costs per 30 days.)');
  });

  it('renders one self-contained page with the paragraph, the frontier chart and the table', () => {
    const html = renderAdvicePage(advice);
    expect(html).toContain('<h1>Do I need an OMS? shop</h1>');
    const figure = html.slice(html.indexOf('id="frontier"'), html.indexOf('</figure>', html.indexOf('id="frontier"')));
    expect(figure).toContain('<svg');
    expect(html).toContain('<td>2</td><td>1</td><td>$1,000.00</td><td>-$200.00</td><td>-$1,200.00 ± $200.00</td><td>yes</td>');
    expect(html).not.toMatch(/<script|src="http/);
  });
});

describe('baton advise --out', () => {
  it('writes advice.json and advice.html (the frontier page)', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const out = join(mkdtempSync(join(tmpdir(), 'baton-advice-')), 'advice');
    const r = spawnSync(process.execPath, [join(root, 'bin/baton.js'), 'advise', 'multichannel', '--days', '1', '--replications', '2', '--out', out, '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(out, 'advice.json'), 'utf8'));
    expect(written).toEqual(JSON.parse(r.stdout));
    expect(written.grid).toHaveLength(15);
    expect(existsSync(join(out, 'advice.html'))).toBe(true);
    expect(readFileSync(join(out, 'advice.html'), 'utf8')).toContain('id="frontier"');
  }, 120_000);
});
