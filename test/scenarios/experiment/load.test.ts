import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExperiment } from '../../../scenarios/experiment/load.js';
import { expandPoints } from '../../../scenarios/experiment/points.js';
import { builtinScenarios } from '../../../scenarios/builtin/index.js';
import { tempFolder, problemsOf } from './support.js';

describe('loadExperiment', () => {
  it('loads a file whose base is a scenario file relative to the experiment', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'base.json'), JSON.stringify(builtinScenarios['seed-oversell']));
    writeFileSync(join(folder, 'exp.json'), JSON.stringify({ name: 'e', base: './base.json', replications: 1, vary: [{ path: 'ownership', values: ['clean', 'no-oms'] }] }));
    const experiment = loadExperiment(join(folder, 'exp.json'));
    expect(experiment.base.label).toBe('./base.json');
    expect(expandPoints(experiment).map((p) => p.config.ownership.oms)).toEqual([true, false]);
  });

  it('names the experiment file when the base does not exist, and when the JSON is malformed', () => {
    const folder = tempFolder();
    const file = join(folder, 'exp.json');
    writeFileSync(file, JSON.stringify({ name: 'e', base: './missing.json', replications: 1 }));
    const missing = problemsOf(() => loadExperiment(file))[0]!;
    expect(missing).toMatchObject({ file, path: 'base', value: './missing.json' });
    expect(missing.message).toMatch(/missing\.json: cannot read the file/);
    writeFileSync(file, '{ "name": "e", ');
    expect(problemsOf(() => loadExperiment(file))[0]).toMatchObject({ file, path: '' });
    writeFileSync(file, JSON.stringify({ name: 'e', base: 'no-such-builtin', replications: 1 }));
    expect(problemsOf(() => loadExperiment(file))[0]).toMatchObject({ file, path: 'base', value: 'no-such-builtin' });
  });

  it('the built-in experiments load and expand', () => {
    expect(expandPoints(loadExperiment('default'))).toHaveLength(6);
    const sync = loadExperiment('sync-vs-ownership');
    expect(expandPoints(sync)).toHaveLength(8);
    expect(sync.experiment.replications).toBe(20);
    expect(problemsOf(() => loadExperiment('no-such-experiment'))[0]).toMatchObject({ path: 'experiment', value: 'no-such-experiment' });
  });
});
