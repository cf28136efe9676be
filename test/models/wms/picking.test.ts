import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../../sim/index.js';
import type { FaultConfig } from '../../../models/config.js';
import { noFaults } from '../../../models/defaults.js';
import type { AdjustmentReason } from '../../../models/messages.js';
import { Metrics } from '../../../models/metrics.js';
import type { BinGrid } from '../../../models/wms/bins.js';
import { FaultDraws } from '../../../models/wms/faults.js';
import { Inventory } from '../../../models/wms/inventory.js';
import { shippedLines, type Fulfillment } from '../../../models/wms/pick-task.js';
import { ShelfPicker } from '../../../models/wms/picking.js';
import { slotSkus } from '../../../models/wms/slotting.js';

const grid: BinGrid = { aisles: 2, baysPerAisle: 5, levels: 1, aisleLength: 10, aisleSpacing: 3, depot: { aisle: 0 } };

/** Two SKUs side by side on the shelf (0 at A-01-01, 1 at A-02-01), each with the given truth and record. */
function setup(stock: [number, number][], faults: Partial<FaultConfig> = {}) {
  const inventory = new Inventory(stock.length);
  stock.forEach(([truth, record], sku) => inventory.setInitial(sku, truth, record));
  const popularity = Float64Array.from(stock, (_, i) => 1 / (i + 1));
  const metrics = new Metrics();
  const adjustments: [number, number, AdjustmentReason][] = [];
  const shorts: [number, number, number][] = [];
  const shelf = new ShelfPicker(inventory, slotSkus({ grid, popularity, method: 'popularity' }), new FaultDraws(new RandomStreams(1), 'wms.t', { ...noFaults, ...faults }), metrics, {
    adjustRecord: (sku, delta, reason) => {
      inventory.adjustRecord(sku, delta);
      adjustments.push([sku, delta, reason]);
    },
    shortPicked: (_f, sku, wanted, found) => shorts.push([sku, wanted, found]),
  });
  return { inventory, metrics, adjustments, shorts, shelf };
}

function fulfillment(lines: [number, number][]): Fulfillment {
  const priced = lines.map(([sku, qty]) => ({ sku, qty, unitPriceCents: 100 }));
  const order = { id: 1, channel: 'amazon', channelIndex: 0, channelSeq: 1, placedAt: 0, lines: priced };
  return { fulfillmentId: 1, orderId: 1, order, lines: priced, short: null, physicalSkus: null };
}

describe('ShelfPicker', () => {
  it('moves a clean pick from the bin to staging on both sides', () => {
    const { inventory, metrics, shelf, adjustments } = setup([[86, 86], [5, 5]]);
    const f = fulfillment([[0, 2]]);
    shelf.pickFulfillment(f);
    expect(shippedLines(f)).toEqual([{ sku: 0, qtyShipped: 2, qtyShort: 0, unitPriceCents: 100 }]);
    // A clean pick keeps nothing beyond the order's own lines until the parcel leaves.
    expect(f.short).toBeNull();
    expect([inventory.binTruth[0], inventory.binRecord[0], inventory.stagedTruth[0], inventory.stagedRecord[0]]).toEqual([84, 84, 2, 2]);
    expect(adjustments).toEqual([]);
    expect(metrics.linesPicked).toBe(1);
  });

  it('a shelf holding less than the line asks is a short pick: ships what is there and sets the record to the count', () => {
    const { inventory, metrics, shelf, adjustments, shorts } = setup([[3, 10], [5, 5]]);
    const f = fulfillment([[0, 5]]);
    shelf.pickFulfillment(f);
    expect(shippedLines(f)).toEqual([{ sku: 0, qtyShipped: 3, qtyShort: 2, unitPriceCents: 100 }]);
    expect(adjustments).toEqual([[0, -7, 'short-pick']]);
    expect(shorts).toEqual([[0, 5, 3]]);
    expect([metrics.shortPicks, metrics.shortUnits]).toEqual([1, 2]);
    expect([inventory.binTruth[0], inventory.binRecord[0]]).toEqual([0, 0]);
  });

  it('a record lower than the line (but enough on the shelf) is corrected by a count, not a short pick', () => {
    const { inventory, metrics, shelf, adjustments } = setup([[8, 2], [5, 5]]);
    const f = fulfillment([[0, 5]]);
    shelf.pickFulfillment(f);
    expect(shippedLines(f)[0]!.qtyShipped).toBe(5);
    expect(adjustments).toEqual([[0, 6, 'cycle-count']]);
    expect(metrics.shortPicks).toBe(0);
    expect([inventory.binTruth[0], inventory.binRecord[0]]).toEqual([3, 3]);
  });

  it('a mis-pick takes the neighbour physically while the record moves for the ordered SKU', () => {
    const { inventory, metrics, shelf } = setup([[10, 10], [10, 10]], { misPickProbability: 1 });
    const f = fulfillment([[0, 4]]);
    shelf.pickFulfillment(f);
    expect(shippedLines(f)[0]).toEqual({ sku: 0, qtyShipped: 4, qtyShort: 0, unitPriceCents: 100 });
    expect([...f.physicalSkus!]).toEqual([1]);
    expect([...inventory.binTruth]).toEqual([10, 6]);
    expect([...inventory.binRecord]).toEqual([6, 10]);
    expect(inventory.recordAccuracy()).toBe(0);
    expect(metrics.misPicks).toBe(1);
  });

  it('no mis-pick when the neighbour cannot supply the line: the worker would notice', () => {
    const { inventory, metrics, shelf } = setup([[10, 10], [2, 2]], { misPickProbability: 1 });
    const f = fulfillment([[0, 4]]);
    shelf.pickFulfillment(f);
    expect(f.physicalSkus).toBeNull();
    expect([...inventory.binTruth]).toEqual([6, 2]);
    expect(metrics.misPicks).toBe(0);
  });

  it('damage found at pick scraps a unit from both truth and record, reported as damage', () => {
    const { inventory, metrics, shelf, adjustments } = setup([[5, 5], [5, 5]], { damageProbabilityPerPick: 1 });
    const f = fulfillment([[0, 2]]);
    shelf.pickFulfillment(f);
    expect(adjustments).toEqual([[0, -1, 'damage']]);
    expect(metrics.damagedUnits).toBe(1);
    expect([inventory.binTruth[0], inventory.binRecord[0]]).toEqual([2, 2]);
    expect(inventory.conservation()).toMatchObject({ damaged: 1, physicalBalanced: true, recordBalanced: true });
  });
});
