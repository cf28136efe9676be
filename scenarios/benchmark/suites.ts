// The benchmark suites: what is measured, fixed by name and version. A suite's definition (layouts,
// pick-list sizes, demand skews, instance counts, seeds, OMS scenarios and replications) is plain
// JSON; its hash is printed with every result, so two leaderboards with the same suite hash were
// measured on the same instances. Changing a definition means raising its version.
import { hashString } from '../../sim/index.js';
import type { RoutingLayout } from '../../models/wms/layout.js';
import { canonicalJson } from '../result.js';

/** How bin popularity is spread (see instances.ts). */
export type DemandSkew = 'uniform' | 'zipf' | 'abc';

/** A named layout of the pick-routing part. */
export interface SuiteLayout {
  name: string;
  layout: RoutingLayout;
  /** Pick-list sizes on this layout, when not the suite's (multi-block layouts stay where the optimum is exact). */
  sizes?: number[];
}

/** The pick-routing part: every layout x size x skew cell holds `instancesPerCell` pick lists. */
export interface PickSuite {
  seed: string;
  layouts: SuiteLayout[];
  /** Distinct bins per pick list. */
  sizes: number[];
  skews: DemandSkew[];
  instancesPerCell: number;
}

/** One OMS scenario of the suite: a built-in scenario with settings applied (PATH=VALUE). */
export interface SuiteOmsScenario {
  name: string;
  scenario: string;
  settings: Array<{ path: string; value: unknown }>;
}

/** The OMS-routing part: every policy runs every scenario on the same seeds (common random numbers). */
export interface OmsSuite {
  /** Replication r runs on seed `seed + r`, for every policy. */
  seed: number;
  replications: number;
  days: number;
  scenarios: SuiteOmsScenario[];
  /** The policy every other is compared with (paired differences). */
  baseline: string;
  metrics: string[];
}

export interface BenchmarkSuite {
  name: string;
  version: number;
  description: string;
  pick: PickSuite;
  oms: OmsSuite;
}

const layouts = {
  small: { name: 'small-corner', layout: { aisles: 10, baysPerAisle: 20, aisleLength: 20, aisleSpacing: 3, depot: { aisle: 0 }, levels: 3 } },
  medium: { name: 'medium-centre', layout: { aisles: 20, baysPerAisle: 30, aisleLength: 30, aisleSpacing: 3, depot: { aisle: 10 }, levels: 3 } },
  wide: { name: 'wide-corner', layout: { aisles: 40, baysPerAisle: 25, aisleLength: 25, aisleSpacing: 3.5, depot: { aisle: 0 }, levels: 3 } },
  // Multi-block: the optimum is exact up to 15 distinct positions (Held-Karp); beyond, a tour with a proven bound.
  threeBlocks: { name: 'medium-centre-3x', layout: { aisles: 20, baysPerAisle: 30, aisleLength: 30, aisleSpacing: 3, depot: { aisle: 10 }, levels: 3, crossAisles: 3 }, sizes: [5, 10, 13] },
  fourBlocks: { name: 'small-corner-4x', layout: { aisles: 10, baysPerAisle: 24, aisleLength: 24, aisleSpacing: 3, depot: { aisle: 0 }, levels: 3, crossAisles: 4 }, sizes: [5, 10, 13] },
  fourBlocksLarge: { name: 'wide-corner-4x', layout: { aisles: 40, baysPerAisle: 24, aisleLength: 24, aisleSpacing: 3.5, depot: { aisle: 0 }, levels: 3, crossAisles: 4 }, sizes: [5, 10, 13, 20, 30] },
} satisfies Record<string, SuiteLayout>;

const omsMetrics = ['shippingCost', 'splitShipmentRate', 'onTimeDeliveryRate', 'oversellRate'];

/** The suites by name; `default` finishes in well under a minute on two cores. */
export const benchmarkSuites: Record<string, BenchmarkSuite> = {
  default: {
    name: 'default',
    version: 2,
    description: 'The quick suite: 2 single-block layouts x 3 pick-list sizes and 2 multi-block layouts (3 and 4 cross aisles) x sizes 5, 8, 11 (exact optimum), x 3 demand skews x 100 lists; multichannel with splits allowed and forbidden, 7 days, 10 replications per OMS policy.',
    pick: { seed: 'baton-benchmark', layouts: [layouts.small, layouts.medium, { ...layouts.threeBlocks, sizes: [5, 8, 11] }, { ...layouts.fourBlocks, sizes: [5, 8, 11] }], sizes: [5, 15, 30], skews: ['uniform', 'zipf', 'abc'], instancesPerCell: 100 },
    oms: {
      seed: 1,
      replications: 10,
      days: 7,
      scenarios: [
        { name: 'multichannel', scenario: 'multichannel', settings: [] },
        { name: 'multichannel-no-split', scenario: 'multichannel', settings: [{ path: 'oms.allowSplit', value: false }] },
      ],
      baseline: 'nearest',
      metrics: omsMetrics,
    },
  },
  full: {
    name: 'full',
    version: 2,
    description: 'The larger suite: 3 single-block layouts x 6 pick-list sizes and 3 multi-block layouts (3 and 4 cross aisles) x 3 to 5 sizes (exact optimum up to 13 picks, a proven bound beyond), x 3 demand skews x 500 lists; multichannel with splits allowed and forbidden, 30 days, 20 replications per OMS policy.',
    pick: { seed: 'baton-benchmark', layouts: [layouts.small, layouts.medium, layouts.wide, layouts.threeBlocks, layouts.fourBlocks, layouts.fourBlocksLarge], sizes: [5, 10, 20, 30, 50, 80], skews: ['uniform', 'zipf', 'abc'], instancesPerCell: 500 },
    oms: {
      seed: 1,
      replications: 20,
      days: 30,
      scenarios: [
        { name: 'multichannel', scenario: 'multichannel', settings: [] },
        { name: 'multichannel-no-split', scenario: 'multichannel', settings: [{ path: 'oms.allowSplit', value: false }] },
      ],
      baseline: 'nearest',
      metrics: omsMetrics,
    },
  },
};

/** Names of the suites, for help and errors. */
export function suiteNames(): string[] {
  return Object.keys(benchmarkSuites);
}

/** The hash of a suite's definition (16 hex digits). */
export function suiteHash(suite: BenchmarkSuite): string {
  return hashString(canonicalJson(suite));
}
