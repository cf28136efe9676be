import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../../scenarios/builtin/index.js';
import { InputError } from '../../scenarios/errors.js';
import { runScenario } from '../../scenarios/run.js';
import { validateScenario } from '../../scenarios/validate.js';

/** multichannel for two days with every warehouse on `crossAisles` and `policy`. */
function withBlocks(crossAisles: number, policy: string) {
  const doc = structuredClone(builtinScenarios.multichannel) as Record<string, any>;
  delete doc.$schema;
  doc.horizonDays = 2;
  for (const w of doc.warehouses) {
    w.layout = { ...w.layout, crossAisles };
    w.routingPolicy = policy;
  }
  return doc;
}

const problemsOf = (doc: unknown) => {
  try {
    validateScenario(doc, 'blocks.json');
    return [];
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
};

describe('multi-block warehouses in scenarios', () => {
  it('run with the optimal policy, walking no more than on one block (same demand, more ways across)', () => {
    const one = runScenario(validateScenario(withBlocks(2, 'optimal'), 'one.json'));
    const three = runScenario(validateScenario(withBlocks(3, 'optimal'), 'three.json'));
    expect(three.invariants.violations).toEqual([]);
    expect(three.metrics.ordersAccepted).toBe(one.metrics.ordersAccepted);
    expect(three.metrics.pickTravelPerLine).toBeLessThan(one.metrics.pickTravelPerLine);
  });

  it('run with the multi-block sweep heuristics too (s-shape, largest-gap, combined)', () => {
    for (const policy of ['s-shape', 'largest-gap', 'combined']) {
      const result = runScenario(validateScenario(withBlocks(4, policy), `${policy}.json`));
      expect(result.invariants.violations, policy).toEqual([]);
      expect(result.metrics.pickTravelPerLine, policy).toBeGreaterThan(0);
    }
  });

  it('refuse return or midpoint (single-block rules), and more blocks than bays, naming the field', () => {
    expect(problemsOf(withBlocks(3, 'return'))).toContainEqual(expect.stringMatching(/^warehouses\[0\]\.routingPolicy: works on single-block layouts only/));
    expect(problemsOf(withBlocks(3, 's-shape'))).toEqual([]);
    const bays = (builtinScenarios.multichannel as any).warehouses[0].layout.baysPerAisle ?? 30;
    expect(problemsOf(withBlocks(bays + 2, 'optimal'))).toContainEqual(expect.stringMatching(/crossAisles/));
  });
});
