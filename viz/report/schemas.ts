// Shapes of the files a report reads (result.json, visuals.json, summary.json), checked with zod so
// a damaged or foreign file is rejected with the field path instead of drawing nonsense.
import { z } from 'zod';

const limits = { array: 2_000_000, name: 200 } as const;
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const numbers = z.array(finite).max(limits.array);
const point = z.object({ x: finite, y: finite });

/** A run's result JSON (extra keys are kept out, not rejected: results grow new fields). */
export const runResultSchema = z.object({
  scenario: z.string().max(limits.name),
  seed: z.number().int().min(0),
  horizonDays: finite,
  hash: z.string().max(limits.name),
  metrics: z.record(z.string().max(limits.name), finite),
  invariants: z.object({ checked: z.number().int().min(0), violations: z.array(z.string()).max(limits.array) }),
  perf: z.object({ events: finite, wallMs: finite }).optional(),
});

/** A run's visuals.json (models/visuals.ts RunVisuals). */
export const runVisualsSchema = z.object({
  scenario: z.string().max(limits.name),
  seed: z.number().int().min(0),
  times: numbers,
  skuSeries: z
    .array(
      z.object({
        sku: z.string().max(limits.name),
        physical: numbers,
        wmsRecord: numbers,
        omsAts: numbers.nullable(),
        channelViews: z.record(z.string().max(limits.name), numbers),
        erp: numbers,
      }),
    )
    .max(1_000),
  cycleTimeHistogram: z.object({ binSeconds: z.number().positive(), counts: numbers }),
  workerUtilization: z.array(z.object({ warehouse: z.string().max(limits.name), utilization: numbers })).max(1_000),
  floors: z
    .array(
      z.object({
        warehouse: z.string().max(limits.name),
        aisles: z.number().int().min(1).max(10_000),
        aisleLength: z.number().positive(),
        aisleSpacing: z.number().positive(),
        depot: point,
        bins: z.array(z.object({ address: z.string().max(limits.name), sku: z.string().max(limits.name), x: finite, y: finite, record: finite, physical: finite })).max(limits.array),
        sampleRoutes: z.array(z.object({ policy: z.string().max(limits.name), length: finite, path: z.array(point).max(limits.array), sequence: z.array(z.string()).max(limits.array) })).max(1_000),
        recentRounds: z.array(z.object({ time: finite, policy: z.string().max(limits.name), length: finite, path: z.array(point).max(limits.array) })).max(limits.array),
      }),
    )
    .max(1_000),
  sellerHealth: z
    .array(
      z.object({
        channel: z.string().max(limits.name),
        windowDays: z.number().int().min(1).max(3_650),
        thresholds: z.object({ cancellationRate: finite, lateShipmentRate: finite, defectRate: finite }),
        daily: z.array(z.object({ day: z.number().int().min(0), cancellationRate: finite, lateShipmentRate: finite, defectRate: finite })).max(limits.array),
      }),
    )
    .max(1_000)
    .optional(),
});

const metricSummary = z.object({ n: z.number().int().min(0), mean: finite, sd: finite.nullable(), halfWidth: finite.nullable(), low: finite.nullable(), high: finite.nullable() });

/** A sweep's summary.json. */
export const sweepSummarySchema = z.object({
  experiment: z.looseObject({ name: z.string().max(limits.name), description: z.string().optional(), metrics: z.array(z.string()).optional() }),
  runs: z.number().int().min(0).optional(),
  invariantViolations: z.number().int().min(0).optional(),
  points: z.array(z.object({ index: z.number().int().min(0), parameters: z.record(z.string(), z.unknown()), metrics: z.record(z.string(), metricSummary) })).min(1).max(100_000),
  headlines: z
    .array(
      z.object({
        knob: z.string().max(limits.name), from: z.unknown(), to: z.unknown(), given: z.record(z.string(), z.unknown()), metric: z.string().max(limits.name),
        horizonDays: finite, meanA: finite, meanB: finite, difference: metricSummary,
      }),
    )
    .max(1_000)
    .optional(),
  hash: z.string().max(limits.name),
});
