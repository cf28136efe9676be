// "Start from today": the imported forecast (demand calibrated on the history) started from the
// operation's stock as the snapshots give it: the floor's units per SKU from the WMS file, and, when
// the ERP file disagrees with the floor, the ERP keeping its own count from its own numbers. Pure:
// a scenario document in, a scenario document out.
import type { Snapshot } from '../reconcile/snapshots.js';

type Doc = Record<string, any>;

/** What the start changed, for the answer and the JSON. */
export interface TwinStart {
  skus: number;
  floorUnits: number;
  /** Catalogue SKUs the ERP counts differently from the floor, and the units between them. */
  erpDriftSkus: number;
  erpDriftUnits: number;
  /** Snapshot SKUs the forecast's catalogue does not sell (left out). */
  unknownSkus: string[];
}

/** The forecast started from the snapshots, over `days`, with every channel syncing every `syncSeconds` (when given). */
export function startFromSnapshots(forecast: Doc, snapshots: { wms?: Snapshot; erp?: Snapshot }, options: { days: number; syncSeconds?: number }): { document: Doc; start: TwinStart } {
  const doc: Doc = structuredClone(forecast);
  delete doc.$schema;
  doc.horizonDays = options.days;
  const codes: string[] = (doc.catalog?.items ?? []).map((i: { code: string }) => i.code);
  const known = new Set(codes);
  const unknown = new Set<string>();
  const { wms, erp } = snapshots;
  if (wms !== undefined) {
    for (const sku of wms.units.keys()) if (!known.has(sku)) unknown.add(sku);
    for (const w of doc.warehouses ?? []) w.initialStock = { unitsPerSku: 0, daysOfCover: 0, items: [] };
    const first = doc.warehouses?.[0];
    if (first) first.initialStock.items = codes.filter((c) => (wms.units.get(c) ?? 0) > 0).map((c) => ({ sku: c, units: wms.units.get(c)! }));
  }
  const floorOf = (code: string) => (wms !== undefined ? wms.units.get(code) ?? 0 : openingUnits(doc, code));
  let erpDriftSkus = 0;
  let erpDriftUnits = 0;
  if (erp !== undefined) {
    for (const sku of erp.units.keys()) if (!known.has(sku)) unknown.add(sku);
    const overrides = codes.filter((c) => (erp.units.get(c) ?? 0) !== floorOf(c)).map((c) => ({ sku: c, units: erp.units.get(c) ?? 0 }));
    for (const o of overrides) erpDriftUnits += Math.abs(o.units - floorOf(o.sku));
    erpDriftSkus = overrides.length;
    if (overrides.length > 0) {
      doc.ownership = 'erp-own-count';
      doc.erp = { ...(doc.erp ?? {}), initialCountOverrides: overrides };
    }
  }
  if (options.syncSeconds !== undefined) for (const c of doc.channels ?? []) c.syncIntervalSeconds = options.syncSeconds;
  doc.name = `${doc.name ?? 'twin'}-from-today`;
  return {
    document: doc,
    start: { skus: codes.length, floorUnits: codes.reduce((sum, c) => sum + floorOf(c), 0), erpDriftSkus, erpDriftUnits, unknownSkus: [...unknown].sort() },
  };
}

function openingUnits(doc: Doc, code: string): number {
  let units = 0;
  for (const w of doc.warehouses ?? []) for (const item of w.initialStock?.items ?? []) if (item.sku === code) units += item.units;
  return units;
}
