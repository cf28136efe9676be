// Options yargs accepts but a command cannot use: here, one that takes a single value given twice.
import { describe, expect, it } from 'vitest';
import { repeatedOption } from '../../bin/check-arguments.js';

const lists = (name: string) => ['policy-file', 'a', 'b', 'json'].includes(name);

describe('repeatedOption', () => {
  it('names an option that takes one value and is given twice, in either spelling', () => {
    expect(repeatedOption(['swarm', '--seeds', '1', '--seeds', '1'], lists)).toBe('--seeds is given more than once; give it once');
    expect(repeatedOption(['run', 'x', '--days', '1', '--days=2'], lists)).toBe('--days is given more than once; give it once');
  });

  it('lets lists and flags repeat, and does not read negative numbers or what follows -- as options', () => {
    expect(repeatedOption(['compare', 'x', '-a', 'p=1', '-a', 'q=2', '--policy-file', 'f', '--policy-file', 'g', '--json', '--json'], lists)).toBeNull();
    expect(repeatedOption(['run', 'x', '--days', '-1', '--seed', '-1'], lists)).toBeNull();
    expect(repeatedOption(['run', 'x', '--', '--days', '--days'], lists)).toBeNull();
  });
});
