// One table of units: the README's metric table and scenarios/metric-units.ts (which the terminal,
// CSV headers, report and web twin read) must say the same unit for money, rates and durations.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricUnit } from '../../scenarios/metric-units.js';
import { runScenario } from '../../scenarios/run.js';
import { loadScenario } from '../../scenarios/load.js';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Metrics'), readme.indexOf('\n## ', readme.indexOf('## Metrics') + 5));

/** metric -> the unit the README's table gives it. */
function readmeUnits(): Map<string, string> {
  const units = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !cells[1]!.startsWith('`')) continue;
    const names = [...cells[1]!.matchAll(/`([A-Za-z0-9]+)`/g)].map((m) => m[1]!);
    const given = cells[2]!.split(',').map((u) => u.trim());
    names.forEach((name, i) => units.set(name, given.length === names.length ? given[i]! : given[0]!));
  }
  return units;
}

const typed = new Set(['cents', 'fraction', 's']);

describe('metric units', () => {
  const documented = readmeUnits();

  it('every metric of a run is in the README table', () => {
    const metrics = Object.keys(runScenario({ ...loadScenario('seed-oversell') }).metrics);
    expect(metrics.filter((m) => !documented.has(m))).toEqual([]);
  });

  it('money, rates and durations have the same unit in the README and in the code', () => {
    const mismatches = [...documented].filter(([name, unit]) => (typed.has(unit) || typed.has(metricUnit(name))) && unit !== metricUnit(name));
    expect(mismatches.map(([name, unit]) => `${name}: README ${unit}, code ${metricUnit(name) || '(count)'}`)).toEqual([]);
  });
});
