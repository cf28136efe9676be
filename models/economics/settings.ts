// The money side of a scenario: regions customers live in, each warehouse's zone table (cost per
// parcel and per unit, transit days, per region), wages, holding rate, cancellation penalty and
// purchase-order cost. Every field is optional in the models' config; `economicsOf` fills the
// documented defaults (the same ones the scenario schema writes), so hand-built configs keep working.
import type { ScenarioConfig } from '../config.js';

/** A region customers live in; its position (km) is where `nearest` routing sends its orders. */
export interface RegionConfig {
  name: string;
  position?: { x: number; y: number };
}

/** One row of a warehouse's zone table: what a parcel to `region` costs and how long it travels. */
export interface ZoneConfig {
  region: string;
  parcelCents: number;
  unitCents: number;
  transitDays: number;
}

/** Scenario-wide cost parameters (integer cents, rates as fractions). */
export interface EconomicsConfig {
  /** ISO 4217 code used when money is printed. */
  currency: string;
  regions: RegionConfig[];
  /** Cost of holding inventory per year as a share of its value (accrued daily). */
  holdingRatePerYear: number;
  /** Charged for every order cancelled because it was oversold (on top of its lost margin). */
  cancellationPenaltyCents: number;
  /** Fixed cost of placing one purchase order. */
  purchaseOrderCostCents: number;
}

/** The documented defaults (README "Costs"). */
export const economicsDefaults = {
  currency: 'USD',
  regions: [{ name: 'domestic' }] as RegionConfig[],
  holdingRatePerYear: 0.25,
  cancellationPenaltyCents: 1_000,
  purchaseOrderCostCents: 4_000,
  warehouse: { wageCentsPerHour: 2_000, parcelCostCents: 400, transitDays: 3 },
  channel: { deliveryPromiseDays: 5 },
} as const;

/** The defaults-filled economics of a scenario. */
export function economicsOf(config: ScenarioConfig): EconomicsConfig {
  const e = config.economics;
  return {
    currency: e?.currency ?? economicsDefaults.currency,
    regions: e?.regions !== undefined && e.regions.length > 0 ? e.regions : economicsDefaults.regions,
    holdingRatePerYear: e?.holdingRatePerYear ?? economicsDefaults.holdingRatePerYear,
    cancellationPenaltyCents: e?.cancellationPenaltyCents ?? economicsDefaults.cancellationPenaltyCents,
    purchaseOrderCostCents: e?.purchaseOrderCostCents ?? economicsDefaults.purchaseOrderCostCents,
  };
}
