import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../viz/report/render.js';
import { smallRun, sweepSummary } from '../support/fixtures.js';

/** Everything in the page that would make a browser fetch something. */
function externalReferences(html: string): string[] {
  const found = [...html.matchAll(/<script\b|<link\b|<img\b|<iframe\b|\bsrc\s*=|url\(\s*['"]?(?!#)|href\s*=\s*"(?!#)[^"]*"|@import/gi)].map((m) => m[0]);
  return found;
}

describe('renderReport for a run', () => {
  it('shows the scenario, seed and hash, and draws every chart of the visuals', () => {
    const html = renderReport({ kind: 'run', ...smallRun() });
    expect(html).toContain('<h1>Baton run: viz-small</h1>');
    expect(html).toContain('<dd data-fact="seed">7</dd>');
    expect(html).toContain('<dd data-fact="hash">3f9a0c1d2b4e5a67</dd>');
    for (const id of ['five-numbers-4471', 'five-numbers-5020', 'cycle-time', 'utilization', 'floor-east-routes', 'floor-east-error']) {
      const start = html.indexOf(`id="${id}"`);
      expect(start, id).toBeGreaterThan(0);
      expect(html.slice(start, html.indexOf('</figure>', start)), id).toContain('<svg');
    }
  });

  it('lists every metric in the unit its name says', () => {
    const html = renderReport({ kind: 'run', ...smallRun() });
    expect(html).toContain('<td>cogs</td><td>$55.00</td>');
    expect(html).toContain('<td>revenue</td><td>$159.94</td>');
    expect(html).toContain('<td>fillRate</td><td>100.00%</td>');
    expect(html).toContain('<td>cycleTimeP50</td><td>3 h 30 min</td>');
  });

  it('is one self-contained page: inline styles and SVG, nothing to fetch', () => {
    const html = renderReport({ kind: 'run', ...smallRun() });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(externalReferences(html)).toEqual([]);
  });

  it('escapes names that look like markup', () => {
    const { result } = smallRun();
    result.scenario = '<script>alert(1)</script>';
    const html = renderReport({ kind: 'run', result, visuals: null });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('says so when a run has no visuals, and still lists its metrics', () => {
    const html = renderReport({ kind: 'run', result: smallRun().result, visuals: null });
    expect(html).toContain('recorded without visuals.json');
    expect(html).not.toContain('<svg');
    expect(html).toContain('<td>ordersAccepted</td><td>3</td>');
  });

  it('lists invariant violations', () => {
    const { result } = smallRun();
    result.invariants.violations = ['t=3600s: SKU 4471 physical units not conserved'];
    expect(renderReport({ kind: 'run', result, visuals: null })).toContain('<li>t=3600s: SKU 4471 physical units not conserved</li>');
  });
});

describe('renderReport seller health', () => {
  it('draws each rate per channel against its threshold and names the days above it', () => {
    const run = smallRun();
    const daily = [{ day: 2, cancellationRate: 0.1, lateShipmentRate: 0, defectRate: 0.1 }, { day: 3, cancellationRate: 0, lateShipmentRate: 0, defectRate: 0 }];
    const visuals = { ...run.visuals!, sellerHealth: [{ channel: 'amazon', windowDays: 7, thresholds: { cancellationRate: 0.025, lateShipmentRate: 0.04, defectRate: 0.01 }, daily }] };
    const html = renderReport({ kind: 'run', result: run.result, visuals });
    expect(html).toContain('<h2>Seller health</h2>');
    for (const rate of ['cancellationRate', 'lateShipmentRate', 'defectRate']) expect(html).toContain(`id="seller-${rate}"`);
    expect(html).toContain('amazon: cancellationRate above its threshold on 1 day (first day 2)');
    expect(html).not.toContain('lateShipmentRate above');
  });
});

describe('renderReport for a sweep', () => {
  it('stacks the cost parts per point when the runs table has them, and leaves the section out otherwise', () => {
    const cents = { shippingCost: 150_000, labourCost: 40_000, holdingCost: 2_000, purchasingCost: 500, oversellCost: 12_000, stockoutCost: 80_000 };
    const html = renderReport({ kind: 'sweep', summary: sweepSummary(), costs: [{ label: '#0 ownership=clean', cents }] });
    expect(html).toContain('<h2>Where the money goes</h2>');
    expect(html).toContain('id="cost-breakdown"');
    // The total at the bar's end: 284,500 cents.
    expect(html).toContain('$2,845.00');
    expect(renderReport({ kind: 'sweep', summary: sweepSummary() })).not.toContain('Where the money goes');
  });

  it('draws oversell and drift per point and tabulates mean and half-width', () => {
    const html = renderReport({ kind: 'sweep', summary: sweepSummary() });
    expect(html).toContain('<h1>Baton sweep: sync-small</h1>');
    // The sync interval is a numeric knob: each metric is a line against it, one per ownership mode.
    expect(html).toContain('<h2>Metrics against channels[*].syncIntervalSeconds (mean and 95% band over replications)</h2>');
    for (const id of ['lines-oversellRate', 'lines-driftRate']) {
      const start = html.indexOf(`id="${id}"`);
      expect(html.slice(start, html.indexOf('</figure>', start))).toContain('<svg');
    }
    expect(html).toContain('<td>#3 syncIntervalSeconds=1800 · ownership=no-oms</td><td>0.041 ± 0.0149</td><td>0.013 ± 0.01242</td>');
    expect(html).toContain('<dd data-fact="hash">9851c4e813a8c141</dd>');
    expect(externalReferences(html)).toEqual([]);
  });
  it('draws a row per point when no knob is numeric', () => {
    const summary = sweepSummary();
    summary.points = summary.points.map((p) => ({ ...p, parameters: { ...p.parameters, 'channels[*].syncIntervalSeconds': `every ${p.parameters['channels[*].syncIntervalSeconds']} s` } }));
    const html = renderReport({ kind: 'sweep', summary });
    for (const id of ['intervals-oversellRate', 'intervals-driftRate']) {
      const start = html.indexOf(`id="${id}"`);
      expect(start).toBeGreaterThan(0);
      expect(html.slice(start, html.indexOf('</figure>', start))).toContain('<svg');
    }
    expect(html).not.toContain('id="lines-');
  });

  it('opens with the answer: each clear difference in words, before the facts and charts', () => {
    const headline = {
      knob: 'syncIntervalSeconds', from: 300, to: 1_800, given: { ownership: 'no-oms' }, metric: 'oversellRate', horizonDays: 7,
      meanA: 0.001, meanB: 0.041, difference: { n: 3, mean: 0.04, sd: 0.006, halfWidth: 0.0149, low: 0.0251, high: 0.0549 },
    };
    const html = renderReport({ kind: 'sweep', summary: { ...sweepSummary(), headlines: [headline] } });
    const answer = html.indexOf('<h2>The answer</h2>');
    expect(answer).toBeGreaterThan(html.indexOf('<h1>'));
    expect(answer).toBeLessThan(html.indexOf('<dl class="facts">'));
    expect(html).toContain('<li data-metric="oversellRate">With ownership no-oms, changing syncIntervalSeconds from 5 min to 30 min raises oversellRate from 1 in 1,000 to 4.10% (+4.00 pp ± 1.49 pp, 95% CI).</li>');
    const none = renderReport({ kind: 'sweep', summary: { ...sweepSummary(), headlines: [] } });
    expect(none).toContain('No knob moved any metric clearly');
  });
});
