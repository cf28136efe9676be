// "Start from today": the imported forecast (demand calibrated on the history) started from the
// operation's stock as the snapshots give it: the floor's units per SKU from the WMS file, and, when
// the ERP file disagrees with the floor, the ERP keeping its own count from its own numbers; with an
// OMS file, every channel's starting view is its available-to-sell (a negative figure starts at 0), so
// a figure above the floor sells units that are not there until the OMS's next publish corrects it.
// Pure: a scenario document in, a scenario document out.
import type { Snapshot } from '../reconcile/snapshots.js';

type Doc = Record<string, any>;

/** What the start changed, for the answer and the JSON. */
export interface TwinStart {
  skus: number;
  floorUnits: number;
  /** Catalogue SKUs the ERP counts differently from the floor, and the units between them. */
  erpDriftSkus: number;
  erpDriftUnits: number;
  /** With an OMS file: catalogue SKUs the channels may sell beyond the floor, and those units (sum of max(0, oms - floor)). */
  atsGapSkus: number;
  atsGapUnits: number;
  /** Snapshot SKUs the forecast's catalogue does not sell (left out). */
  unknownSkus: string[];
}

/** The forecast started from the snapshots, over `days`, with every channel syncing every `syncSeconds` (when given). */
export function startFromSnapshots(forecast: Doc, snapshots: { wms?: Snapshot; oms?: Snapshot; erp?: Snapshot }, options: { days: number; syncSeconds?: number }): { document: Doc; start: TwinStart } {
  const doc: Doc = structuredClone(forecast);
  delete doc.$schema;
  doc.horizonDays = options.days;
  const codes: string[] = (doc.catalog?.items ?? []).map((i: { code: string }) => i.code);
  const known = new Set(codes);
  const unknown = new Set<string>();
  const { wms, oms, erp } = snapshots;
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
  let atsGapSkus = 0;
  let atsGapUnits = 0;
  if (oms !== undefined) {
    for (const sku of oms.units.keys()) if (!known.has(sku)) unknown.add(sku);
    const view = codes.map((c) => ({ sku: c, units: Math.max(0, oms.units.get(c) ?? 0) }));
    for (const v of view) {
      const gap = Math.max(0, v.units - floorOf(v.sku));
      if (gap > 0) atsGapSkus++;
      atsGapUnits += gap;
    }
    for (const c of doc.channels ?? []) c.initialView = view.map((v) => ({ ...v }));
  }
  if (options.syncSeconds !== undefined) for (const c of doc.channels ?? []) c.syncIntervalSeconds = options.syncSeconds;
  doc.name = `${doc.name ?? 'twin'}-from-today`;
  return {
    document: doc,
    start: { skus: codes.length, floorUnits: codes.reduce((sum, c) => sum + floorOf(c), 0), erpDriftSkus, erpDriftUnits, atsGapSkus, atsGapUnits, unknownSkus: [...unknown].sort() },
  };
}

function openingUnits(doc: Doc, code: string): number {
  let units = 0;
  for (const w of doc.warehouses ?? []) for (const item of w.initialStock?.items ?? []) if (item.sku === code) units += item.units;
  return units;
}
