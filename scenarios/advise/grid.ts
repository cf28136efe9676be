// The "do I need an OMS?" grid: one operation (a scenario) redrawn with 1..5 sales channels and
// 1..3 locations, each with and without an OMS. Channels and locations beyond the scenario's own are
// copies of its last ones under new names; the total order volume stays the scenario's own (split
// over the channels in proportion to their own rates), so a cell differs only by its complexity.

/** One cell of the grid: how many channels and locations. */
export interface GridCell {
  channels: number;
  locations: number;
}

export const gridDefaults = { channels: [1, 2, 3, 4, 5], locations: [1, 2, 3] } as const;

type Doc = Record<string, any>;

/** The scenario document for a cell, with (`oms` true) or without an OMS. */
export function cellDocument(base: Doc, cell: GridCell, oms: boolean): Doc {
  const doc: Doc = structuredClone(base);
  delete doc.$schema;
  const pick = <T extends Doc>(list: T[], n: number, rename: (item: T, copy: number) => T): T[] =>
    Array.from({ length: n }, (_, i) => (i < list.length ? structuredClone(list[i]!) : rename(structuredClone(list[i % list.length]!), Math.floor(i / list.length) + 1)));
  const warehouses = pick(doc.warehouses as Doc[], cell.locations, (w, copy) => ({ ...w, name: `${w.name}-${copy + 1}` }));
  const channels = pick(doc.channels as Doc[], cell.channels, (c, copy) => ({ ...c, name: `${c.name}-${copy + 1}` }));
  const rateOf = (c: Doc) => Number(c.demand?.ordersPerDay ?? 200);
  const baseTotal = (base.channels as Doc[]).reduce((sum, c) => sum + rateOf(c), 0);
  const chosenTotal = channels.reduce((sum, c) => sum + rateOf(c), 0);
  channels.forEach((c, i) => {
    c.demand = { ...(c.demand ?? {}), ordersPerDay: chosenTotal > 0 ? (rateOf(c) * baseTotal) / chosenTotal : baseTotal / channels.length };
    // Without an OMS each channel sends its orders to one location: spread them over those kept.
    c.noOmsWarehouse = warehouses[i % warehouses.length]!.name;
  });
  doc.warehouses = warehouses;
  doc.channels = channels;
  // Links name agents; patterns ('channel:*', 'wms:*') keep working, named ones to dropped agents go.
  const known = new Set(['oms', 'erp', '*', 'channel:*', 'wms:*', ...channels.map((c) => `channel:${c.name}`), ...warehouses.map((w) => `wms:${w.name}`)]);
  doc.links = ((doc.links ?? []) as Doc[]).filter((l) => known.has(l.from) && known.has(l.to));
  const ownership = typeof doc.ownership === 'string' ? doc.ownership : 'clean';
  doc.ownership = oms ? (ownership === 'no-oms' ? 'clean' : ownership) : 'no-oms';
  doc.name = `${base.name}-${cell.channels}ch-${cell.locations}loc-${oms ? 'oms' : 'no-oms'}`;
  return doc;
}
