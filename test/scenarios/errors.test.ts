// How an input problem is printed: file, field path, message and the offending value.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../scenarios/errors.js';

describe('InputError', () => {
  it('names a value that JSON cannot write (Infinity, NaN) as it is, not as null', () => {
    expect(InputError.of({ path: '--days', value: Infinity, message: 'must be a number of days' }).message).toBe('at --days: must be a number of days (got Infinity)');
    expect(InputError.of({ file: 'f.json', path: 'seed', value: -Infinity, message: 'too small' }).message).toBe('f.json: at seed: too small (got -Infinity)');
    expect(InputError.of({ path: 'x', value: NaN, message: 'not a number' }).message).toBe('at x: not a number (got NaN)');
    expect(InputError.of({ path: 'x', value: 1.5, message: 'not whole' }).message).toBe('at x: not whole (got 1.5)');
  });
});
