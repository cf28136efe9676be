import { describe, expect, it } from 'vitest';
import { RandomStreams, Simulation } from '../../../sim/index.js';
import { noFaults } from '../../../models/defaults.js';
import { FaultDraws, Shrinkage } from '../../../models/wms/faults.js';

describe('FaultDraws', () => {
  it('never strikes with zero probabilities', () => {
    const draws = new FaultDraws(new RandomStreams(1), 'wms.east', noFaults);
    for (let i = 0; i < 100; i++) {
      expect(draws.damagedAtPick()).toBe(false);
      expect(draws.misPicked()).toBe(false);
      expect(draws.recordedAtPutaway(50)).toBe(50);
    }
  });

  it('a certain mis-scan records 1 to 10 per cent (at least 1) off the delivered quantity, either way', () => {
    const draws = new FaultDraws(new RandomStreams(2), 'wms.east', { ...noFaults, misScanProbabilityPerReceipt: 1 });
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) {
      const recorded = draws.recordedAtPutaway(100);
      expect(recorded).not.toBe(100);
      expect(Math.abs(recorded - 100)).toBeLessThanOrEqual(10);
      seen.add(recorded);
    }
    expect(seen.size).toBe(20); // 90..99 and 101..110
    for (let i = 0; i < 50; i++) expect(Math.abs(draws.recordedAtPutaway(3) - 3)).toBe(1);
  });

  it('strikes mis-picks at the configured rate', () => {
    const p = 0.1;
    const n = 20_000;
    const draws = new FaultDraws(new RandomStreams(3), 'wms.east', { ...noFaults, misPickProbability: p });
    let hits = 0;
    for (let i = 0; i < n; i++) if (draws.misPicked()) hits++;
    expect(Math.abs(hits / n - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
  });

  it('rejects a probability outside [0, 1] naming the field', () => {
    expect(() => new FaultDraws(new RandomStreams(1), 'w', { ...noFaults, damageProbabilityPerPick: 1.5 })).toThrow(/faults.damageProbabilityPerPick must be in \[0, 1\], got 1.5/);
  });
});

describe('Shrinkage', () => {
  it('takes single units at a Poisson rate: the count over 200 days is within 5 standard errors of rate x days', () => {
    const sim = new Simulation();
    const binTruth = new Int32Array(20).fill(1_000_000);
    let units = 0;
    const shrink = new Shrinkage(sim, 5, new RandomStreams(4).stream('shrink'), binTruth, (sku) => {
      binTruth[sku]!--;
      units++;
    });
    shrink.start();
    sim.run({ until: 200 * 86_400 });
    const mean = 5 * 200;
    expect(Math.abs(units - mean)).toBeLessThan(5 * Math.sqrt(mean));
  });

  it('passes a loss from an empty bin to the next SKU with stock, and stops when nothing is left', () => {
    const sim = new Simulation();
    const binTruth = Int32Array.from([0, 0, 3, 0]);
    const hit: number[] = [];
    new Shrinkage(sim, 1_000, new RandomStreams(5).stream('shrink'), binTruth, (sku) => {
      binTruth[sku]!--;
      hit.push(sku);
    }).start();
    sim.run({ until: 86_400 });
    expect(hit).toEqual([2, 2, 2]);
  });
});
