// Whole-run regression pins: each built-in, run briefly, must give exactly the committed hash and key
// metrics. A change meant to alter results updates them with `npm run pins:update` (see pins.ts).
import { describe, expect, it } from 'vitest';
import { builtinNames } from '../../scenarios/load.js';
import { computePin, pinCases, pinDifferences, readPins } from './pins.js';

const committed = readPins().pins;

describe('regression pins', () => {
  it('every built-in is pinned, and every pin has a case', () => {
    for (const name of builtinNames()) expect(pinCases.some((c) => c.scenario === name), name).toBe(true);
    expect(committed.map((p) => p.label)).toEqual(pinCases.map((c) => c.label));
  });

  for (const pinCase of pinCases) {
    it(`${pinCase.label} matches its pin`, () => {
      const fresh = computePin(pinCase);
      const differences = pinDifferences(
        committed.find((p) => p.label === pinCase.label),
        fresh,
      );
      const advice = 'if this change is meant to alter results, run `npm run pins:update` and say why in the commit message';
      expect(differences, `${differences.join('\n')}\n${advice}`).toEqual([]);
      expect(fresh.violations).toBe(0);
    });
  }
});
