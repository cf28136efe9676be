import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gridDefaults, cellDocument } from '../../../scenarios/advise/grid.js';
import { omsTriggerExperiment } from '../../../scenarios/advise/trigger-experiment.js';
import { builtinScenarios } from '../../../scenarios/builtin/index.js';
import { loadExperiment } from '../../../scenarios/experiment/load.js';
import { expandPoints } from '../../../scenarios/experiment/points.js';
import { canonicalJson } from '../../../scenarios/result.js';
import { validateScenario } from '../../../scenarios/validate.js';

const root = join(import.meta.dirname, '../../..');

describe('the oms-trigger experiment', () => {
  it('is the file the advise grid generates (rerun npm run oms-trigger after changing the grid)', () => {
    const committed = JSON.parse(readFileSync(join(root, 'scenarios/experiments/oms-trigger.json'), 'utf8'));
    expect(committed).toEqual(omsTriggerExperiment());
  });

  it('sweeps exactly the scenarios baton advise runs: 5 channel counts x 3 location counts x with and without an OMS', () => {
    const points = expandPoints(loadExperiment('oms-trigger'));
    expect(points).toHaveLength(gridDefaults.channels.length * gridDefaults.locations.length * 2);
    const base = builtinScenarios.multichannel as Record<string, any>;
    let i = 0;
    for (const channels of gridDefaults.channels) {
      for (const locations of gridDefaults.locations) {
        for (const oms of [true, false]) {
          const advised = validateScenario({ ...cellDocument(base, { channels, locations }, oms), horizonDays: 14 }, 'advise');
          const swept = points[i++]!.config;
          expect(swept.channels).toHaveLength(channels);
          expect(swept.warehouses).toHaveLength(locations);
          expect(swept.ownership.oms).toBe(oms);
          expect(canonicalJson(swept)).toBe(canonicalJson(advised));
        }
      }
    }
  });
});
