// The scenario file format (JSON), validated with zod at every level (unknown keys are errors).
// Defaults come from models/defaults.ts; `toScenarioConfig` turns a parsed file into the models' config.
import { z } from 'zod';
import { codePointLength, SKU_CODE_MAX } from './sku-code.js';
import type { ScenarioConfig } from '../models/config.js';
import { administrationDefaults } from '../models/administration.js';
import { defaultChannel, defaultErp, defaultOms, defaultWarehouse, noFaults } from '../models/defaults.js';
import { economicsDefaults as ed } from '../models/economics/settings.js';

const dw = defaultWarehouse('');
const dc = defaultChannel('');
const limits = { skus: 100_000, aisles: 200, bays: 500, levels: 20, entities: 50, horizonDays: 3_650, ordersPerDay: 2_000_000 } as const;

/** Bounds the engine relies on; the README's scenario section lists them. */
export const bounds = {
  /** Per-unit cents live in Int32Arrays. */
  centsMax: 2 ** 31 - 1,
  /** Shortest intervals (seconds) of the periodic activities; shorter ones only spin the clock. */
  syncIntervalSecondsMin: 1,
  fullSyncIntervalSecondsMin: 1,
  waveIntervalSecondsMin: 1,
  sampleIntervalSecondsMin: 60,
  reviewIntervalSecondsMin: 60,
  importIntervalSecondsMin: 60,
  /** Reconciliation runs at most hourly (0 turns it off). */
  reconciliationIntervalDaysMin: 1 / 24,
  metresMax: 10_000,
} as const;

const count = (max: number) => z.number().int().min(0).max(max);
const positive = z.number().positive().max(1e9);
const interval = (min: number) => z.number().min(min, `must be at least ${min} s`).max(1e9);
const nonNegative = z.number().min(0).max(1e12);
const probability = z.number().min(0).max(1);
const cents = z.number().int().min(0).max(bounds.centsMax);
const name = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.-]+$/, 'use letters, digits, dot, dash or underscore');
// C0/C1 controls, DEL and bidirectional overrides: text that would drive or reorder a terminal.
const printable = /^[^\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*$/;
const text = (max: number) => z.string().max(max).regex(printable, 'must not contain control characters');
// Up to SKU_CODE_MAX code points (not UTF-16 units: an emoji counts once); JSON Schema's maxLength counts the same way.
const skuCode = z
  .string()
  .min(1)
  .regex(printable, 'must not contain control characters')
  .superRefine((code, ctx) => {
    if (codePointLength(code) > SKU_CODE_MAX) ctx.addIssue({ code: 'too_big', origin: 'string', maximum: SKU_CODE_MAX, inclusive: true, input: code, message: `must be at most ${SKU_CODE_MAX} characters` });
  })
  .meta({ maxLength: SKU_CODE_MAX });
// The lines of a scripted order or return: 1 to 1,000, each a SKU code and a positive whole quantity.
const scriptedLines = z.array(z.strictObject({ sku: skuCode, qty: z.number().int().min(1).max(1e6) })).min(1).max(1_000);
const metres = z.number().positive().max(bounds.metresMax);
const point = z.strictObject({ x: z.number().min(-1e6).max(1e6), y: z.number().min(-1e6).max(1e6) });
const outage = z.strictObject({ startSeconds: nonNegative, endSeconds: nonNegative }).refine((o) => o.endSeconds > o.startSeconds, {
  message: 'endSeconds must be greater than startSeconds',
});

export const layoutSchema = z.strictObject({
  aisles: z.number().int().min(1).max(limits.aisles).default(dw.layout.aisles),
  baysPerAisle: z.number().int().min(1).max(limits.bays).default(dw.layout.baysPerAisle),
  levels: z.number().int().min(1).max(limits.levels).default(dw.layout.levels),
  aisleLength: metres.default(dw.layout.aisleLength),
  aisleSpacing: metres.default(dw.layout.aisleSpacing),
  depot: z.strictObject({ aisle: z.number().int().min(0).max(limits.aisles - 1).default(0) }).prefault({}),
  /** Cross aisles counting front and back: 2 is one block; more split the aisles into blocks. */
  crossAisles: z.number().int().min(2).max(limits.bays + 1).default(2),
}).refine((l) => l.crossAisles <= l.baysPerAisle + 1, { message: 'crossAisles must be at most baysPerAisle + 1 (every block holds at least one bay)', path: ['crossAisles'] });

const warehouse = z.strictObject({
  name,
  layout: layoutSchema.prefault({}),
  slotting: z.enum(['random', 'popularity']).default(dw.slotting),
  workers: z
    .strictObject({
      count: z.number().int().min(1).max(10_000).default(dw.workers.count),
      walkingSpeedMetersPerSecond: positive.default(dw.workers.walkingSpeedMetersPerSecond),
      pickSecondsPerLine: nonNegative.default(dw.workers.pickSecondsPerLine),
      packSecondsPerOrder: nonNegative.default(dw.workers.packSecondsPerOrder),
      shiftStartHour: z.number().min(0).max(24).default(dw.workers.shiftStartHour),
      shiftEndHour: z.number().min(0).max(24).default(dw.workers.shiftEndHour),
    })
    .prefault({}),
  batching: z
    .strictObject({
      mode: z.enum(['single', 'batch', 'wave']).default(dw.batching.mode),
      batchSize: z.number().int().min(1).max(1_000).default(dw.batching.batchSize),
      waveIntervalSeconds: interval(bounds.waveIntervalSecondsMin).default(dw.batching.waveIntervalSeconds),
    })
    .prefault({}),
  routingPolicy: text(64).min(1).default(dw.routingPolicy),
  shipping: z.strictObject({ pickupHours: z.array(z.number().min(0).lt(24, 'must be below 24 (use 0 for midnight)')).min(1).max(48).default(dw.shipping.pickupHours) }).prefault({}),
  cycleCount: z
    .strictObject({
      binsPerDay: count(1_000_000).default(dw.cycleCount.binsPerDay),
      method: z.enum(['random', 'abc']).default(dw.cycleCount.method),
    })
    .prefault({}),
  position: point.default(dw.position),
  rank: z.number().int().min(0).max(1_000).default(dw.rank),
  shippingCostCentsPerUnit: cents.default(dw.shippingCostCentsPerUnit),
  // Money (README "Costs"): the zone table, defaults for unlisted regions, and the picker wage.
  zones: z
    .array(z.strictObject({ region: name, parcelCents: cents, unitCents: cents, transitDays: z.number().min(0).max(365) }))
    .max(limits.entities)
    .default([]),
  parcelCostCents: cents.default(ed.warehouse.parcelCostCents),
  transitDays: z.number().min(0).max(365).default(ed.warehouse.transitDays),
  wageCentsPerHour: cents.default(ed.warehouse.wageCentsPerHour),
  initialStock: z
    .strictObject({
      unitsPerSku: count(1e9).default(dw.initialStock.unitsPerSku),
      daysOfCover: z.number().min(0).max(3_650).default(dw.initialStock.daysOfCover ?? 0),
      items: z
        .array(z.strictObject({ sku: skuCode, units: count(1e9), bin: text(32).optional(), recordUnits: count(1e9).optional() }))
        .max(limits.skus)
        .default([]),
    })
    .prefault({}),
});

const shape = (length: number) =>
  z
    .array(z.number().min(0).max(1e6))
    .length(length)
    .refine((weights) => weights.some((w) => w > 0), { message: 'at least one weight must be above 0' });
const channel = z.strictObject({
  name,
  demand: z
    .strictObject({
      ordersPerDay: z.number().min(0).max(limits.ordersPerDay).default(dc.demand.ordersPerDay),
      hourShape: shape(24).optional(),
      dayShape: shape(7).optional(),
      weekShape: shape(168).optional(),
      extraLinesMean: z.number().min(0).max(100).default(dc.demand.extraLinesMean),
      extraLinesDispersion: z.number().positive().max(1e6).default(dc.demand.extraLinesDispersion),
      extraUnitsMean: z.number().min(0).max(100).default(dc.demand.extraUnitsMean),
    })
    .prefault({}),
  priceFactor: z.number().positive().max(100).default(dc.priceFactor),
  syncIntervalSeconds: interval(bounds.syncIntervalSecondsMin).default(dc.syncIntervalSeconds),
  bufferShare: z.number().min(0).max(1).default(dc.bufferShare),
  noOmsAllocation: z.enum(['full-pool', 'split']).default(dc.noOmsAllocation),
  splitShare: z.number().min(0).max(1).default(dc.splitShare),
  noOmsWarehouse: text(64).default(''),
  position: point.default(dc.position),
  regionMix: z.array(z.strictObject({ region: name, share: z.number().min(0).max(1e6) })).max(limits.entities).default([]),
  deliveryPromiseDays: z.number().min(0).max(365).default(ed.channel.deliveryPromiseDays),
  // Thresholds as fractions; defaults are Amazon's (README "Seller health").
  sellerHealth: z
    .strictObject({
      windowDays: z.number().int().min(1).max(365).default(dc.sellerHealth.windowDays),
      cancellationRateMax: z.number().min(0).max(1).default(dc.sellerHealth.cancellationRateMax),
      lateShipmentRateMax: z.number().min(0).max(1).default(dc.sellerHealth.lateShipmentRateMax),
      defectRateMax: z.number().min(0).max(1).default(dc.sellerHealth.defectRateMax),
    })
    .prefault({}),
  // Starting views replacing the computed ones for these SKUs (baton twin: the OMS snapshot's available-to-sell).
  initialView: z.array(z.strictObject({ sku: skuCode, units: count(1e9) })).max(limits.skus).default([]),
  // Customers' cancellations and returns of generated orders (a forecast calibrated on a history).
  afterSale: z
    .strictObject({
      cancelShare: z.number().min(0).max(1).default(0),
      cancelAfterSecondsMean: z.number().min(0).max(1e9).default(3_600),
      returnShare: z.number().min(0).max(1).default(0),
      returnAfterSeconds: z.number().min(0).max(1e9).default(7 * 86_400),
    })
    .optional(),
});

const link = z.strictObject({
  from: text(80).min(1),
  to: text(80).min(1),
  latencySeconds: nonNegative.default(0),
  jitterSeconds: nonNegative.default(0),
  lossProbability: probability.default(0),
  duplicateProbability: probability.default(0),
  reorder: z.boolean().default(false),
  outages: z.array(outage).max(10_000).default([]),
});

const ownershipMode = z.enum(['clean', 'no-oms', 'erp-own-count']);
const p = defaultErp.purchasing;
const oc = defaultErp.ownCount;

/** The scenario file schema. */
export const scenarioSchema = z.strictObject({
  $schema: text(1_000).optional(),
  name,
  description: text(2_000).default(''),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(1),
  horizonDays: z.number().positive().max(limits.horizonDays),
  ownership: z.union([ownershipMode, z.array(ownershipMode).min(1).max(3)]).default('clean'),
  catalog: z
    .strictObject({
      items: z
        .array(z.strictObject({ code: skuCode, costCents: cents, priceCents: cents, popularity: z.number().min(0).max(1e12).optional() }))
        .min(1)
        .max(limits.skus)
        .optional(),
      generate: z
        .strictObject({
          count: z.number().int().min(1).max(limits.skus),
          costCentsMin: cents.default(500),
          costCentsMax: cents.default(5_000),
          marginPct: z.number().min(0).max(10_000).default(60),
          codePrefix: text(16).default('SKU-'),
        })
        .optional(),
      zipfAlpha: z.number().min(0).max(5).default(1),
    })
    .refine((c) => (c.items === undefined) !== (c.generate === undefined), { message: 'give exactly one of items or generate' }),
  warehouses: z.array(warehouse).min(1).max(limits.entities),
  channels: z.array(channel).min(1).max(limits.entities),
  oms: z
    .strictObject({
      routingPolicy: text(64).min(1).default(defaultOms.routingPolicy),
      allowSplit: z.boolean().default(defaultOms.allowSplit),
      safetyStockUnits: count(1e9).default(defaultOms.safetyStockUnits),
      oversellAction: z.enum(['cancel', 'backorder']).default(defaultOms.oversellAction),
      fullSyncIntervalSeconds: interval(bounds.fullSyncIntervalSecondsMin).default(defaultOms.fullSyncIntervalSeconds),
    })
    .prefault({}),
  erp: z
    .strictObject({
      valuation: z.enum(['fifo', 'moving-average', 'standard']).default(defaultErp.valuation),
      purchasing: z
        .strictObject({
          policy: z.enum(['none', 'reorder-point', 's-S']).default(p.policy),
          reorderPointUnits: count(1e9).optional(),
          reorderPointDays: nonNegative.default(p.reorderPointDays),
          orderQuantityUnits: count(1e9).optional(),
          orderUpToDays: nonNegative.default(p.orderUpToDays),
          reviewIntervalSeconds: interval(bounds.reviewIntervalSecondsMin).default(p.reviewIntervalSeconds),
          leadTimeDaysMean: nonNegative.default(p.leadTimeDaysMean),
          leadTimeDaysSd: nonNegative.default(p.leadTimeDaysSd),
          invoiceDelayDays: nonNegative.default(p.invoiceDelayDays),
          supplierPriceVariationPct: z.number().min(0).max(100).default(p.supplierPriceVariationPct),
          receivingWarehouse: text(64).default(''),
        })
        .prefault({}),
      ownCount: z
        .strictObject({
          importIntervalSeconds: interval(bounds.importIntervalSecondsMin).default(oc.importIntervalSeconds),
          importDelaySeconds: nonNegative.default(oc.importDelaySeconds),
          importDropProbability: probability.default(oc.importDropProbability),
          entryErrorProbability: probability.default(oc.entryErrorProbability),
          entryErrorUnitsMax: count(1e6).default(oc.entryErrorUnitsMax),
          reconciliationIntervalDays: nonNegative
            .refine((days) => days === 0 || days >= bounds.reconciliationIntervalDaysMin, { message: 'must be 0 (never) or at least 1/24 day (one hour)' })
            .default(oc.reconciliationIntervalDays),
        })
        .prefault({}),
      initialCountOverrides: z.array(z.strictObject({ sku: skuCode, units: count(1e9) })).max(limits.skus).default([]),
    })
    .prefault({}),
  faults: z
    .strictObject({
      misPickProbability: probability.default(noFaults.misPickProbability),
      shrinkUnitsPerDayPerWarehouse: nonNegative.default(noFaults.shrinkUnitsPerDayPerWarehouse),
      damageProbabilityPerPick: probability.default(noFaults.damageProbabilityPerPick),
      misScanProbabilityPerReceipt: probability.default(noFaults.misScanProbabilityPerReceipt),
      workerAbsenceProbability: probability.default(noFaults.workerAbsenceProbability),
    })
    .prefault({}),
  links: z.array(link).max(1_000).default([]),
  scripted: z
    .strictObject({
      orders: z
        .array(
          z.strictObject({
            atSeconds: nonNegative,
            channel: name,
            lines: scriptedLines,
            region: name.optional(),
            cancelAtSeconds: nonNegative.optional(),
            returnAfterSeconds: nonNegative.optional(),
          }),
        )
        .max(1_000_000)
        .default([]),
      returns: z
        .array(z.strictObject({ atSeconds: nonNegative, channel: name, warehouse: name.optional(), lines: scriptedLines }))
        .max(1_000_000)
        .default([]),
    })
    .prefault({}),
  sampleIntervalSeconds: interval(bounds.sampleIntervalSecondsMin).default(86_400),
  economics: z
    .strictObject({
      currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD').default(ed.currency),
      regions: z
        .array(z.strictObject({ name, position: point.optional() }))
        .min(1)
        .max(limits.entities)
        .default(ed.regions),
      holdingRatePerYear: z.number().min(0).max(10).default(ed.holdingRatePerYear),
      cancellationPenaltyCents: cents.default(ed.cancellationPenaltyCents),
      purchaseOrderCostCents: cents.default(ed.purchaseOrderCostCents),
    })
    .prefault({}),
  // The OMS's price and manual reconciliation work (README "Seller health and the cost of running without an OMS").
  administration: z
    .strictObject({
      omsFeeMonthlyCents: cents.default(administrationDefaults.omsFeeMonthlyCents),
      omsFeePerOrderCents: cents.default(administrationDefaults.omsFeePerOrderCents),
      reconciliationMinutesPerDiscrepancy: z.number().min(0).max(10_000).default(administrationDefaults.reconciliationMinutesPerDiscrepancy),
      clerkWageCentsPerHour: cents.default(administrationDefaults.clerkWageCentsPerHour),
    })
    .prefault({}),
});

export type ScenarioFile = z.input<typeof scenarioSchema>;
export type ParsedScenario = z.output<typeof scenarioSchema>;

/** Maps a parsed scenario file onto the models' ScenarioConfig. */
export function toScenarioConfig(parsed: ParsedScenario): ScenarioConfig {
  const modes = new Set(Array.isArray(parsed.ownership) ? parsed.ownership : [parsed.ownership]);
  const { $schema: _schema, ownership: _ownership, ...rest } = parsed;
  return {
    ...rest,
    ownership: { oms: !modes.has('no-oms'), erpOwnCount: modes.has('erp-own-count') },
  } as ScenarioConfig;
}

/** JSON Schema of the scenario format, for editors. */
export function scenarioJsonSchema(): unknown {
  return z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' });
}
