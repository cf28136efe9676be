// Independent replications and the interval checks the validation tests make with them.
import { RandomStreams, type RandomStream } from '../../sim/random.js';
import { meanConfidenceInterval, type ConfidenceInterval } from '../../sim/stats/index.js';

const defaults = {
  // Upper bound on the interval checks in test/sim/validation: the family-wise error is split
  // evenly among them (Bonferroni), so all of them together hold at 95% confidence.
  validationChecks: 16,
  familyLevel: 0.95,
};

/** Confidence level of each validation interval: family-wise 95% over all validation checks. */
export const validationLevel = 1 - (1 - defaults.familyLevel) / defaults.validationChecks;

/** The streams of one replication: `stream(name)` is the root's stream `rep-${index}.${name}`. */
export interface Replication {
  index: number;
  stream(name: string): RandomStream;
}

/**
 * Runs `count` independent replications, replication i drawing only from streams named
 * `rep-${i}.<name>` of the root seed, and returns a Student-t interval at `level` of their results.
 */
export function replicate(count: number, rootSeed: string, level: number, run: (replication: Replication) => number): ConfidenceInterval {
  const streams = new RandomStreams(rootSeed);
  const results: number[] = [];
  for (let index = 0; index < count; index++) {
    results.push(run({ index, stream: (name) => streams.stream(`rep-${index}.${name}`) }));
  }
  return meanConfidenceInterval(results, level);
}

/** True when `value` lies in the interval widened on both sides by `allowance`. */
export function coversWithin(ci: ConfidenceInterval, value: number, allowance: number): boolean {
  return value >= ci.low - allowance && value <= ci.high + allowance;
}

/** A one-line description of an interval for assertion messages. */
export function describeInterval(ci: ConfidenceInterval): string {
  return `mean ${ci.mean.toFixed(4)}, interval [${ci.low.toFixed(4)}, ${ci.high.toFixed(4)}] over ${ci.n} replications`;
}
