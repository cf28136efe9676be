import { describe, expect, it } from 'vitest';
import { parseExperiment } from '../../../scenarios/experiment/schema.js';
import { problemsOf } from './support.js';

describe('parseExperiment', () => {
  it('bad fields are reported one per problem with their path and value', () => {
    const problems = problemsOf(() =>
      parseExperiment(
        {
          name: 'bad name!',
          base: 'multichannel',
          replications: 0,
          vary: [{ path: 'ownership', values: ['clean'], extra: 1 }, { path: 'channels[', values: [1] }],
          metrics: ['oversellRate', 'noSuchMetric'],
          design: 'zip',
        },
        'bad.json',
      ),
    );
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(byPath.name).toMatchObject({ file: 'bad.json', value: 'bad name!' });
    expect(byPath.replications).toMatchObject({ value: 0 });
    expect(byPath['vary[0].extra']!.message).toMatch(/unknown key/);
    expect(byPath['metrics[1]']).toMatchObject({ value: 'noSuchMetric' });
    expect(byPath.design).toMatchObject({ value: 'zip' });
  });

  it('rejects an unknown top-level key and a missing base', () => {
    const problems = problemsOf(() => parseExperiment({ name: 'e', replications: 1, variations: [] }, 'e.json'));
    expect(problems.map((p) => p.path).sort()).toEqual(['base', 'variations']);
  });

  it('checks vary paths, duplicate paths and list lengths after the shape', () => {
    const problems = problemsOf(() =>
      parseExperiment(
        {
          name: 'e',
          base: 'multichannel',
          replications: 1,
          design: 'list',
          vary: [
            { path: 'a[', values: [1, 2] },
            { path: 'ownership', values: ['clean'] },
            { path: 'ownership', values: ['clean', 'no-oms'] },
          ],
        },
        'e.json',
      ),
    );
    expect(problems.map((p) => [p.path, p.value]).sort()).toEqual([
      ['vary[0].path', 'a['],
      ['vary[1].values', ['clean']],
      ['vary[2].path', 'ownership'],
    ]);
  });

  it('rejects designs of absurd size', () => {
    const values = Array.from({ length: 200 }, (_, i) => i + 1);
    const problems = problemsOf(() =>
      parseExperiment({ name: 'e', base: 'b', replications: 1, vary: [{ path: 'seed', values }, { path: 'horizonDays', values }] }, 'e.json'),
    );
    expect(problems[0]).toMatchObject({ path: 'vary' });
    expect(problems[0]!.message).toMatch(/40000 points/);
  });

  it('fills in the defaults', () => {
    const e = parseExperiment({ name: 'e', base: 'multichannel', replications: 4 }, 'e.json');
    expect(e).toMatchObject({ seed: 1, design: 'grid', vary: [] });
    expect(e.metrics).toContain('oversellRate');
    expect(e.metrics).toContain('driftRate');
  });
});
