import { describe, expect, it } from 'vitest';
import {
  aisleIndex,
  aisleLetters,
  assertLayout,
  formatBin,
  parseBin,
  validateLayout,
  type RoutingLayout,
} from '../../../models/wms/layout.js';

const layout: RoutingLayout = { aisles: 4, baysPerAisle: 10, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 } };

describe('aisle letters', () => {
  it('run A..Z then AA, AB.. like spreadsheet columns', () => {
    expect(aisleLetters(0)).toBe('A');
    expect(aisleLetters(25)).toBe('Z');
    expect(aisleLetters(26)).toBe('AA');
    expect(aisleLetters(27)).toBe('AB');
    expect(aisleLetters(49)).toBe('AX');
    expect(aisleLetters(51)).toBe('AZ');
    expect(aisleLetters(52)).toBe('BA');
    // 26 one-letter + 26 * 26 two-letter names come before AAA.
    expect(aisleLetters(26 + 26 * 26)).toBe('AAA');
  });

  it('round-trip through aisleIndex for the first thousand aisles', () => {
    for (let i = 0; i < 1000; i += 1) expect(aisleIndex(aisleLetters(i))).toBe(i);
  });

  it('reject a negative or fractional index, naming it', () => {
    expect(() => aisleLetters(-1)).toThrow(/-1/);
    expect(() => aisleLetters(1.5)).toThrow(/1\.5/);
  });
});

describe('parseBin', () => {
  it('places A-12-03 on the aisle centre line at the middle of its bay', () => {
    const big: RoutingLayout = { aisles: 8, baysPerAisle: 30, aisleLength: 30, aisleSpacing: 3, depot: { aisle: 0 } };
    // Bay 12 of 30 over 30 m: each bay is 1 m, its middle at 11.5 m.
    expect(parseBin('A-12-03', big)).toEqual({ address: 'A-12-03', aisle: 0, bay: 12, level: 3, x: 0, y: 11.5 });
  });

  it('puts aisle C at x = 2 * spacing and bay 3 of 10 over 10 m at y = 2.5', () => {
    expect(parseBin('C-03-01', layout)).toMatchObject({ aisle: 2, bay: 3, level: 1, x: 6, y: 2.5 });
  });

  it('reads aisles past Z as AA.. and bays of three digits', () => {
    const wide: RoutingLayout = { aisles: 50, baysPerAisle: 100, aisleLength: 50, aisleSpacing: 2, depot: { aisle: 0 } };
    // AX is aisle index 49; bay 100 of 100 over 50 m sits at (100 - 0.5) * 0.5 = 49.75.
    expect(parseBin('AX-100-02', wide)).toMatchObject({ aisle: 49, bay: 100, x: 98, y: 49.75 });
  });

  it('rejects an aisle beyond the layout, naming the bin and the aisle range', () => {
    expect(() => parseBin('E-01-01', layout)).toThrow(RangeError);
    expect(() => parseBin('E-01-01', layout)).toThrow(/"E-01-01".*"E".*4 aisles \(A\.\.D\)/);
  });

  it('rejects bay 0 and a bay past the end of the aisle', () => {
    expect(() => parseBin('A-00-01', layout)).toThrow(/"A-00-01": bay 0 is outside 1\.\.10/);
    expect(() => parseBin('A-11-01', layout)).toThrow(/"A-11-01": bay 11 is outside 1\.\.10/);
  });

  it('rejects level 00 and levels above the layout limit', () => {
    expect(() => parseBin('A-01-00', layout)).toThrow(/level 0 is outside 1\.\.99/);
    expect(() => parseBin('A-01-05', { ...layout, levels: 4 })).toThrow(/level 5 is outside 1\.\.4/);
  });

  it.each(['A12-03', 'a-12-03', 'A-1-03', 'A-12-3', 'A-12-003', '-12-03', 'A-12-03 ', '', 'A--12-03'])(
    'rejects malformed address %j, naming it',
    (address) => {
      expect(() => parseBin(address, layout)).toThrow(RangeError);
      expect(() => parseBin(address, layout)).toThrow(JSON.stringify(address));
    },
  );

  it('rejects a non-canonical bay with leading zeros and says how to write it', () => {
    expect(() => parseBin('A-007-01', layout)).toThrow(/"A-007-01" is not canonical: write it "A-07-01"/);
  });

  it('cuts a very long bad address short in the message', () => {
    const long = `A-${'1'.repeat(5000)}-01`;
    let message = '';
    try {
      parseBin(long, layout);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.length).toBeLessThan(400);
    expect(message).toMatch(/bay .* is outside 1\.\.10/);
  });

  it('rejects a non-string address', () => {
    expect(() => parseBin(42 as unknown as string, layout)).toThrow(/must be a string, got 42/);
  });
});

describe('formatBin', () => {
  it('pads bay and level to two digits', () => {
    expect(formatBin(0, 12, 3)).toBe('A-12-03');
    expect(formatBin(27, 5, 10)).toBe('AB-05-10');
    expect(formatBin(1, 123, 1)).toBe('B-123-01');
  });

  it('round-trips with parseBin', () => {
    const wide: RoutingLayout = { aisles: 60, baysPerAisle: 120, aisleLength: 60, aisleSpacing: 3, depot: { aisle: 0 } };
    for (const [aisle, bay, level] of [[0, 1, 1], [25, 99, 99], [26, 100, 7], [59, 120, 2]] as const) {
      expect(parseBin(formatBin(aisle, bay, level), wide)).toMatchObject({ aisle, bay, level });
    }
  });

  it('rejects bay 0 and level 100, naming the value', () => {
    expect(() => formatBin(0, 0, 1)).toThrow(/bay .* got 0/);
    expect(() => formatBin(0, 1, 100)).toThrow(/level .* got 100/);
  });
});

describe('validateLayout', () => {
  it('accepts the design example and 50 aisles x 100 bays', () => {
    expect(validateLayout({ aisles: 8, baysPerAisle: 30, aisleLength: 30, aisleSpacing: 3, depot: { aisle: 0 } })).toEqual([]);
    expect(validateLayout({ aisles: 50, baysPerAisle: 100, aisleLength: 100, aisleSpacing: 2.5, depot: { aisle: 49 }, levels: 6 })).toEqual([]);
  });

  it('reports each bad field with its path and value', () => {
    const problems = validateLayout({ aisles: 0, baysPerAisle: 2.5, aisleLength: -1, aisleSpacing: Number.NaN, depot: { aisle: 0 } });
    expect(problems.map((p) => [p.path, p.value])).toEqual([
      ['aisles', 0],
      ['baysPerAisle', 2.5],
      ['aisleLength', -1],
      ['aisleSpacing', Number.NaN],
    ]);
    expect(problems[0]!.message).toMatch(/aisles .* got 0/);
    expect(problems[3]!.message).toMatch(/aisleSpacing .* got NaN/);
  });

  it('rejects infinite lengths and absurd sizes over 10,000', () => {
    const problems = validateLayout({ aisles: 10_001, baysPerAisle: 1e9, aisleLength: Infinity, aisleSpacing: 20_000, depot: { aisle: 0 } });
    expect(problems.map((p) => p.path)).toEqual(['aisles', 'baysPerAisle', 'aisleLength', 'aisleSpacing']);
    expect(problems[2]!.message).toMatch(/got Infinity/);
  });

  it('rejects a depot aisle outside the layout', () => {
    const problems = validateLayout({ ...layout, depot: { aisle: 4 } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'depot.aisle', value: 4 });
    expect(problems[0]!.message).toMatch(/0\.\.3, got 4/);
  });

  it('rejects unknown keys, including __proto__ from JSON', () => {
    const parsed: unknown = JSON.parse('{"aisles":4,"baysPerAisle":10,"aisleLength":10,"aisleSpacing":3,"depot":{"aisle":0,"x":1},"__proto__":{"polluted":1}}');
    const problems = validateLayout(parsed);
    expect(problems.map((p) => p.path).sort()).toEqual(['__proto__', 'depot.x']);
  });

  it('rejects a missing depot and a non-object layout', () => {
    expect(validateLayout({ aisles: 4, baysPerAisle: 10, aisleLength: 10, aisleSpacing: 3 })).toEqual([
      expect.objectContaining({ path: 'depot', value: undefined }),
    ]);
    expect(validateLayout(null)[0]).toMatchObject({ path: '', message: 'layout must be an object, got null' });
    expect(validateLayout([1])[0]!.message).toMatch(/an array/);
  });

  it('rejects levels outside 1..99', () => {
    expect(validateLayout({ ...layout, levels: 0 })[0]).toMatchObject({ path: 'levels', value: 0 });
    expect(validateLayout({ ...layout, levels: 100 })[0]).toMatchObject({ path: 'levels', value: 100 });
  });

  it('assertLayout throws one error listing every problem', () => {
    expect(() => assertLayout({ ...layout, aisles: -2, aisleLength: 0 })).toThrow(/aisles .* got -2; aisleLength .* got 0/);
    expect(assertLayout(layout)).toBe(layout);
  });
});
