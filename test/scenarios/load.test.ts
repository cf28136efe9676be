// Bad scenario input gets one clear problem per field, with its path and value.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../scenarios/errors.js';
import { parseJsonText } from '../../scenarios/json-input.js';
import { loadScenario, validateScenario } from '../../scenarios/load.js';
import { builtinScenarios } from '../../scenarios/builtin/index.js';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems.map((p) => `${p.path}|${JSON.stringify(p.value)}|${p.message}`);
  }
  throw new Error('expected an InputError');
}

const walkthrough = () => structuredClone(builtinScenarios['seed-walkthrough']) as Record<string, any>;

describe('scenario validation', () => {
  it('names every bad field with its path and value', () => {
    const doc = walkthrough();
    doc.horizonDays = -1;
    doc.warehouses[0].layout.aisles = 0;
    doc.channels[1].syncIntervalSeconds = 'fast';
    const problems = problemsOf(() => validateScenario(doc, 'x.json'));
    expect(problems).toHaveLength(3);
    expect(problems.some((p) => p.startsWith('horizonDays|-1|'))).toBe(true);
    expect(problems.some((p) => p.startsWith('warehouses[0].layout.aisles|0|'))).toBe(true);
    expect(problems.some((p) => p.startsWith('channels[1].syncIntervalSeconds|"fast"|'))).toBe(true);
  });

  it('rejects unknown keys at every level', () => {
    const doc = walkthrough();
    doc.warehouses[0].workers.speed = 3;
    doc.colour = 'red';
    const problems = problemsOf(() => validateScenario(doc, 'x.json'));
    expect(problems.some((p) => p.startsWith('warehouses[0].workers.speed|') && p.includes('unknown key'))).toBe(true);
    expect(problems.some((p) => p.startsWith('colour|'))).toBe(true);
  });

  it('rejects __proto__ keys, deep nesting and broken JSON before validation', () => {
    expect(problemsOf(() => parseJsonText('{"name":"x","__proto__":{"polluted":true}}', 'p.json'))[0]).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(problemsOf(() => parseJsonText(deep, 'deep.json'))[0]).toMatch(/deep|nesting/);
    expect(problemsOf(() => parseJsonText('{"a":', 'broken.json'))[0]).toContain('not valid JSON');
  });

  it('rejects NaN-like values, infinities and absurd sizes', () => {
    const doc = walkthrough();
    doc.warehouses[0].layout.aisles = 1e9;
    doc.channels[0].demand.ordersPerDay = 1e300;
    const problems = problemsOf(() => validateScenario(doc, 'x.json'));
    expect(problems.some((p) => p.startsWith('warehouses[0].layout.aisles|1000000000|'))).toBe(true);
    expect(problems.some((p) => p.startsWith('channels[0].demand.ordersPerDay|'))).toBe(true);
  });

  it('cross-checks names: unknown SKUs, channels, warehouses and policies', () => {
    const doc = walkthrough();
    doc.scripted.orders[0].channel = 'ebay';
    doc.scripted.orders[0].lines[0].sku = '9999';
    doc.oms = { routingPolicy: 'teleport' };
    doc.warehouses[0].routingPolicy = 'zigzag';
    const problems = problemsOf(() => validateScenario(doc, 'x.json'));
    expect(problems.some((p) => p.startsWith('scripted.orders[0].channel|"ebay"|'))).toBe(true);
    expect(problems.some((p) => p.startsWith('scripted.orders[0].lines[0].sku|"9999"|'))).toBe(true);
    expect(problems.some((p) => p.startsWith('oms.routingPolicy|"teleport"|'))).toBe(true);
    expect(problems.some((p) => p.startsWith('warehouses[0].routingPolicy|"zigzag"|'))).toBe(true);
  });

  it('reports a missing file and an unknown built-in by name', () => {
    expect(problemsOf(() => loadScenario('./no/such/file.json'))[0]).toContain('cannot read');
    expect(problemsOf(() => loadScenario('walkthrough'))[0]).toContain('seed-walkthrough');
  });
});
