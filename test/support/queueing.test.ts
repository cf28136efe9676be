import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, md1WaitSeconds, mg1WaitSeconds, mm1SojournSeconds, mmcSojournSeconds, mmcWaitSeconds } from './queueing.js';

// Erlang B straight from its definition, a^c / c! over the sum of a^k / k!, for cross-checking.
function erlangBBySum(servers: number, offeredLoad: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= servers; k++) {
    term *= offeredLoad / k;
    sum += term;
  }
  return term / sum;
}

describe('queueing formulas', () => {
  it('erlangB matches hand-computed values and the direct sum', () => {
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 14);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 14); // (1/2) / (1 + 1 + 1/2)
    expect(erlangB(10, 10)).toBeCloseTo(0.2146, 4); // the teletraffic table value for 10 erlangs on 10 lines
    for (const [c, a] of [[3, 2], [8, 5.6], [30, 25]] as const) expect(erlangB(c, a)).toBeCloseTo(erlangBBySum(c, a), 12);
  });

  it('erlangC gives the hand-computed waiting probabilities', () => {
    expect(erlangC(1, 0.7, 1)).toBeCloseTo(0.7, 14); // one server: P(wait) = rho
    expect(erlangC(2, 1, 1)).toBeCloseTo(1 / 3, 14); // a = 1: (1/2 * 2) / (1 + 1 + 1) = 1/3
    expect(erlangC(3, 2, 1)).toBeCloseTo(4 / 9, 14); // a = 2: (8/6 * 3) / (1 + 2 + 2 + 4) = 4/9
  });

  it('mmcWaitSeconds is C / (c mu - lambda) and adds 1/mu for the sojourn', () => {
    expect(mmcWaitSeconds(2, 1, 1)).toBeCloseTo(1 / 3, 14);
    expect(mmcWaitSeconds(3, 2, 1)).toBeCloseTo(4 / 9, 14);
    expect(mmcWaitSeconds(3, 4, 2)).toBeCloseTo(4 / 9 / 2, 14); // same load, time scaled by 1/mu
    expect(mmcSojournSeconds(3, 4, 2)).toBeCloseTo(4 / 18 + 0.5, 14);
  });

  it('one server reduces to M/M/1: W = 1 / (mu - lambda)', () => {
    expect(mm1SojournSeconds(0.5, 1)).toBeCloseTo(2, 14);
    expect(mm1SojournSeconds(0.8, 1)).toBeCloseTo(5, 14);
    expect(mmcSojournSeconds(1, 0.8, 1)).toBeCloseTo(5, 12);
  });

  it('Pollaczek-Khinchine gives rho / (2 mu (1 - rho)) for deterministic service and M/M/1 for exponential', () => {
    expect(md1WaitSeconds(0.5, 1)).toBeCloseTo(0.5, 14);
    expect(md1WaitSeconds(0.8, 1)).toBeCloseTo(2, 14);
    expect(md1WaitSeconds(1.6, 2)).toBeCloseTo(1, 14);
    // Exponential service has E[S^2] = 2 / mu^2: the M/M/1 wait rho / (mu - lambda).
    expect(mg1WaitSeconds(0.5, 1, 2)).toBeCloseTo(mmcWaitSeconds(1, 0.5, 1), 14);
  });

  it('rejects unstable or malformed queues, naming the value', () => {
    expect(() => erlangC(2, 2, 1)).toThrow(/unstable.*arrivalRate 2/);
    expect(() => mm1SojournSeconds(1.5, 1)).toThrow(/unstable/);
    expect(() => erlangC(0, 0.5, 1)).toThrow(/servers must be an integer >= 1, got 0/);
    expect(() => mmcWaitSeconds(2, -1, 1)).toThrow(/arrivalRate must be finite and > 0, got -1/);
    expect(() => mg1WaitSeconds(0.5, 1, 0.5)).toThrow(/serviceSecondMoment.*got 0.5/);
  });
});
