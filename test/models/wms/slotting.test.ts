import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../../sim/index.js';
import { binGridOf, depotDistance, type BinGrid } from '../../../models/wms/bins.js';
import { parseBin } from '../../../models/wms/layout.js';
import { neighbourSku, rankByPopularity, slotSkus } from '../../../models/wms/slotting.js';

const small: BinGrid = { aisles: 4, baysPerAisle: 5, levels: 2, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 } };

/** Weights that make SKU i less popular than SKU i-1 (Zipf-like). */
function zipf(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => 1 / (i + 1));
}

describe('slotSkus', () => {
  it('popularity slotting fills the faces nearest the depot first, every level of a face before the next', () => {
    const s = slotSkus({ grid: small, popularity: zipf(6), method: 'popularity' });
    // Face A-01 is 1 m from the depot, A-02 3 m, A-03 5 m; B-01 is 3 + 1 = 4 m.
    expect(s.locations.map((l) => l.address)).toEqual(['A-01-01', 'A-01-02', 'A-02-01', 'A-02-02', 'B-01-01', 'B-01-02']);
    expect(s.binsUsed).toBe(6);
    expect(s.skusPerBinMax).toBe(1);
  });

  it('popularity slotting ranks by popularity, not by catalogue position', () => {
    const popularity = Float64Array.from([0.1, 0.5, 0.4]);
    const s = slotSkus({ grid: small, popularity, method: 'popularity' });
    expect([s.locations[1]!.address, s.locations[2]!.address, s.locations[0]!.address]).toEqual(['A-01-01', 'A-01-02', 'A-02-01']);
  });

  it('popularity slotting starts at the depot aisle when the depot is in the middle', () => {
    const grid: BinGrid = { ...small, depot: { aisle: 2 } };
    const s = slotSkus({ grid, popularity: zipf(2), method: 'popularity' });
    expect(s.locations.map((l) => l.address)).toEqual(['C-01-01', 'C-01-02']);
  });

  it('random slotting gives distinct bins, is reproducible per seed and spreads over the grid', () => {
    const run = (seed: number) => slotSkus({ grid: small, popularity: zipf(40), method: 'random', random: new RandomStreams(seed).stream('slotting') });
    const a = run(7);
    expect(new Set(a.locations.map((l) => l.address)).size).toBe(40);
    expect(a.binsUsed).toBe(40);
    expect(run(7).locations.map((l) => l.address)).toEqual(a.locations.map((l) => l.address));
    expect(run(8).locations.map((l) => l.address)).not.toEqual(a.locations.map((l) => l.address));
  });

  it('shares bins evenly when the catalogue outnumbers the grid, and uses every bin', () => {
    // 40 bins, 100 SKUs: every bin used, at most ceil(100 / 40) = 3 SKUs per bin.
    const s = slotSkus({ grid: small, popularity: zipf(100), method: 'popularity' });
    expect(s.binsUsed).toBe(40);
    expect(s.skusPerBinMax).toBe(3);
    const perBin = new Map<string, number>();
    for (const l of s.locations) perBin.set(l.address, (perBin.get(l.address) ?? 0) + 1);
    expect(Math.min(...perBin.values())).toBe(2);
  });

  it('honours fixed bins and keeps other SKUs out of them', () => {
    const s = slotSkus({ grid: small, popularity: zipf(5), method: 'popularity', fixedBins: new Map([[3, 'A-01-01']]) });
    expect(s.locations[3]!.address).toBe('A-01-01');
    expect(s.locations[0]!.address).toBe('A-01-02');
    expect(s.locations.filter((l) => l.address === 'A-01-01')).toHaveLength(1);
    expect(() => slotSkus({ grid: small, popularity: zipf(2), method: 'popularity', fixedBins: new Map([[0, 'Q-01-01']]) })).toThrow(/aisle "Q" is beyond/);
  });

  it('slots 30,000 SKUs into a 50 x 100 x 6 grid with canonical addresses up to AX-100-06', () => {
    const grid = binGridOf({ aisles: 50, baysPerAisle: 100, levels: 6, aisleLength: 100, aisleSpacing: 3, depot: { aisle: 0 } }, 'big');
    const s = slotSkus({ grid, popularity: zipf(30_000), method: 'popularity' });
    expect(s.binsUsed).toBe(30_000);
    const addresses = new Set(s.locations.map((l) => l.address));
    expect(addresses.has('AX-100-06')).toBe(true);
    for (const l of [s.locations[0]!, s.locations[29_999]!]) expect(parseBin(l.address, grid)).toEqual(l);
  });

  it('names the neighbour on the shelf: the next slot, or the previous one for the last', () => {
    const s = slotSkus({ grid: small, popularity: zipf(3), method: 'popularity' });
    expect(neighbourSku(s, 0)).toBe(1);
    expect(neighbourSku(s, 1)).toBe(2);
    expect(neighbourSku(s, 2)).toBe(1);
    expect(neighbourSku(slotSkus({ grid: small, popularity: zipf(1), method: 'popularity' }), 0)).toBe(-1);
  });

  it('binGridOf rejects a bad layout naming the warehouse, the field and the value', () => {
    expect(() => binGridOf({ ...small, aisles: 0 }, 'east')).toThrow(/warehouse "east": invalid layout: layout.aisles: aisles must be an integer in 1..10000, got 0/);
    expect(() => binGridOf({ ...small, aisles: 1000, baysPerAisle: 1000, levels: 6 }, 'east')).toThrow(/6000000 bins/);
  });
});

describe('rankByPopularity', () => {
  it('orders SKUs most popular first, the lower index first on ties, whether or not they came ranked', () => {
    const ascending = Int32Array.of(0, 1, 2, 3, 4);
    expect([...rankByPopularity(ascending.slice(), Float64Array.of(5, 4, 4, 2, 1))]).toEqual([0, 1, 2, 3, 4]);
    expect([...rankByPopularity(ascending.slice(), Float64Array.of(1, 4, 2, 4, 5))]).toEqual([4, 1, 3, 2, 0]);
    expect([...rankByPopularity(Int32Array.of(2, 5, 7), Float64Array.of(0, 0, 3, 0, 0, 3, 0, 9))]).toEqual([7, 2, 5]);
  });
});

describe('popularity slotting order', () => {
  it.each([0, 3, 6])('fills faces nearest the depot first, ties by face number (depot aisle %i)', (depotAisle) => {
    const grid: BinGrid = { aisles: 7, baysPerAisle: 6, levels: 1, aisleLength: 10, aisleSpacing: 3, depot: { aisle: depotAisle } };
    const faceCount = grid.aisles * grid.baysPerAisle;
    const faceDistance = (face: number) => depotDistance(grid, Math.floor(face / grid.baysPerAisle), (face % grid.baysPerAisle) + 1);
    const expected = Array.from({ length: faceCount }, (_, face) => face).sort((a, b) => faceDistance(a) - faceDistance(b) || a - b);
    const { slotOfSku } = slotSkus({ grid, popularity: zipf(faceCount), method: 'popularity' });
    expect([...slotOfSku]).toEqual(expected);
  });
});
