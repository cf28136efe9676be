// The article's three numbers side by side, per SKU: the WMS's units on the shelves, the OMS's
// available-to-sell, the ERP's count and unit cost. A SKU missing from a file counts 0 there.
//   driftUnits       |erp - wms|                 the ledger and the floor disagree
//   driftValueCents  |erp - wms| x unit cost     that disagreement valued at the ERP's cost
//   atsGapUnits      max(0, oms - wms)           units the channels may sell that the floor does not hold
//   valueAtRiskCents (driftUnits + atsGapUnits) x unit cost
// A SKU agrees when driftUnits = 0 and atsGapUnits = 0 (ATS below the floor's count is normal: stock
// held back, reserved or committed, so it is not a disagreement).
import type { Snapshot, SnapshotSide } from './snapshots.js';
import { exp } from '../../sim/index.js';

/** Demand of one SKU, from an order history: units a day. */
export type DemandRates = ReadonlyMap<string, number>;

/** What the gaps mean at a sync interval, given a demand rate (see `expectedOversoldUnits`, `stockoutDaysAtRisk`). */
export interface SkuRisk {
  unitsPerDay: number;
  expectedOversoldUnits: number;
  stockoutDaysAtRisk: number;
}

export interface SkuReconciliation {
  sku: string;
  wmsUnits: number;
  omsUnits: number;
  erpUnits: number;
  unitCostCents: number;
  driftUnits: number;
  driftValueCents: number;
  atsGapUnits: number;
  valueAtRiskCents: number;
  agrees: boolean;
  /** The files this SKU is missing from (counted as 0 there). */
  missingFrom: SnapshotSide[];
  risk?: SkuRisk;
}

export interface Reconciliation {
  skus: number;
  agreeing: number;
  disagreeing: number;
  driftUnits: number;
  driftValueCents: number;
  atsGapUnits: number;
  valueAtRiskCents: number;
  /** With demand: the totals of the per-SKU risks, and the sync interval they assume. */
  risk?: { syncMinutes: number; expectedOversoldUnits: number; stockoutDaysAtRisk: number };
  /** Every SKU, the largest value at risk first (then by SKU). */
  perSku: SkuReconciliation[];
}

/** Compares the three snapshots; with `demand`, prices the gaps at a sync interval of `syncMinutes`. */
export function reconcile(wms: Snapshot, oms: Snapshot, erp: Snapshot, demand?: { rates: DemandRates; syncMinutes: number }): Reconciliation {
  const skus = [...new Set([...wms.units.keys(), ...oms.units.keys(), ...erp.units.keys()])];
  const perSku = skus.map((sku): SkuReconciliation => {
    const wmsUnits = wms.units.get(sku) ?? 0;
    const omsUnits = oms.units.get(sku) ?? 0;
    const erpUnits = erp.units.get(sku) ?? 0;
    const unitCostCents = erp.unitCostCents.get(sku) ?? 0;
    const driftUnits = Math.abs(erpUnits - wmsUnits);
    const atsGapUnits = Math.max(0, omsUnits - wmsUnits);
    const missingFrom = ([['wms', wms], ['oms', oms], ['erp', erp]] as const).filter(([, s]) => !s.units.has(sku)).map(([side]) => side);
    const row: SkuReconciliation = {
      sku, wmsUnits, omsUnits, erpUnits, unitCostCents, driftUnits, driftValueCents: driftUnits * unitCostCents, atsGapUnits,
      valueAtRiskCents: (driftUnits + atsGapUnits) * unitCostCents, agrees: driftUnits === 0 && atsGapUnits === 0, missingFrom,
    };
    if (demand !== undefined) {
      const unitsPerDay = demand.rates.get(sku) ?? 0;
      row.risk = {
        unitsPerDay,
        expectedOversoldUnits: expectedOversoldUnits(wmsUnits, omsUnits, unitsPerDay * (demand.syncMinutes / 1_440)),
        stockoutDaysAtRisk: stockoutDaysAtRisk(erpUnits, wmsUnits, unitsPerDay),
      };
    }
    return row;
  });
  perSku.sort((a, b) => b.valueAtRiskCents - a.valueAtRiskCents || (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
  const sum = (f: (r: SkuReconciliation) => number) => perSku.reduce((s, r) => s + f(r), 0);
  const result: Reconciliation = {
    skus: perSku.length,
    agreeing: perSku.filter((r) => r.agrees).length,
    disagreeing: perSku.filter((r) => !r.agrees).length,
    driftUnits: sum((r) => r.driftUnits),
    driftValueCents: sum((r) => r.driftValueCents),
    atsGapUnits: sum((r) => r.atsGapUnits),
    valueAtRiskCents: sum((r) => r.valueAtRiskCents),
    perSku,
  };
  if (demand !== undefined) {
    result.risk = { syncMinutes: demand.syncMinutes, expectedOversoldUnits: sum((r) => r.risk!.expectedOversoldUnits), stockoutDaysAtRisk: sum((r) => r.risk!.stockoutDaysAtRisk) };
  }
  return result;
}

/**
 * Units the channels oversell before the next sync corrects their number: demand D over one sync
 * interval is Poisson(`mean`); the channels accept up to their ATS `oms`, and every unit beyond the
 * floor's `wms` is oversold, so the expectation is E[max(0, min(D, oms) - wms)] (0 when oms <= wms).
 */
export function expectedOversoldUnits(wms: number, oms: number, mean: number): number {
  const floor = Math.max(0, wms);
  if (oms <= floor || mean <= 0) return 0;
  // E[max(0, min(D, oms) - floor)] = sum over k in (floor, oms] of P(D >= k).
  let pmf = exp(-mean);
  let cdf = pmf; // P(D <= 0)
  for (let k = 1; k <= floor; k++) {
    pmf *= mean / k;
    cdf += pmf;
  }
  let expected = 0;
  for (let k = floor + 1; k <= oms; k++) {
    expected += Math.max(0, 1 - cdf); // P(D >= k) = 1 - P(D <= k - 1)
    pmf *= mean / k;
    cdf += pmf;
  }
  return expected;
}

/**
 * Days of cover the ERP believes in but the floor does not hold: when the ERP counts more than the
 * shelves (erp > wms), purchasing reorders that many days of demand too late, so the SKU runs out
 * (erp - wms) / unitsPerDay days before the ERP expects it to. 0 when the ERP does not overcount or
 * nothing sells.
 */
export function stockoutDaysAtRisk(erp: number, wms: number, unitsPerDay: number): number {
  return erp > wms && unitsPerDay > 0 ? (erp - wms) / unitsPerDay : 0;
}
