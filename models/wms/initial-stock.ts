// Opening stock of a warehouse from its scenario entry: `unitsPerSku` for every SKU, overridden
// per item (units on the shelf, a record that may differ from them, and a fixed bin).
import type { WarehouseConfig } from '../config.js';
import type { Catalog } from '../catalog.js';

/** Opening truth and record per SKU, and the SKUs whose bin the scenario fixes. */
export interface OpeningStock {
  truth: Int32Array;
  record: Int32Array;
  fixedBins: Map<number, string>;
}

/** Resolves `initialStock` against the catalogue; throws a RangeError naming the field path and value. */
export function openingStock(config: WarehouseConfig['initialStock'], catalog: Catalog, warehouse: string, demandShare?: Float64Array): OpeningStock {
  const where = (path: string) => `warehouse "${warehouse}": initialStock.${path}`;
  const isUnits = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= 2 ** 31 - 1;
  if (!isUnits(config.unitsPerSku)) throw new RangeError(`${where('unitsPerSku')} must be an integer >= 0, got ${config.unitsPerSku}`);
  const truth = new Int32Array(catalog.size).fill(config.unitsPerSku);
  const days = config.daysOfCover ?? 0;
  if (days > 0 && demandShare !== undefined) {
    for (let s = 0; s < catalog.size; s++) truth[s] = Math.max(config.unitsPerSku, Math.ceil(days * demandShare[s]!));
  }
  const record = truth.slice();
  const fixedBins = new Map<number, string>();
  const listed = new Set<number>();
  config.items.forEach((item, i) => {
    if (!catalog.has(item.sku)) throw new RangeError(`${where(`items[${i}].sku`)}: unknown SKU ${JSON.stringify(item.sku)}`);
    const sku = catalog.index(item.sku);
    if (listed.has(sku)) throw new RangeError(`${where(`items[${i}].sku`)}: SKU ${JSON.stringify(item.sku)} is listed twice`);
    listed.add(sku);
    if (!isUnits(item.units)) throw new RangeError(`${where(`items[${i}].units`)} must be an integer >= 0, got ${item.units}`);
    const recordUnits = item.recordUnits ?? item.units;
    if (!isUnits(recordUnits)) throw new RangeError(`${where(`items[${i}].recordUnits`)} must be an integer >= 0, got ${recordUnits}`);
    truth[sku] = item.units;
    record[sku] = recordUnits;
    if (item.bin !== undefined) fixedBins.set(sku, item.bin);
  });
  return { truth, record, fixedBins };
}
