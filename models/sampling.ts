// Level metrics sampled at each close: drift between ERP and WMS, record accuracy, ATS staleness
// and stockouts. O(SKUs x (warehouses + channels)) per sample, never per order.
//
// Written as one small loop per source rather than one loop calling every agent: a sample runs once
// a simulated day, so its loops are compiled on the fly (and again after each deoptimization), and
// small loops over one kind of agent compile far cheaper than one loop inlining them all. Every
// figure summed is an integer, so the order of the sums does not change any result.
import type { Erp } from './erp/erp-agent.js';
import type { Channel } from './channels/channel.js';
import type { Oms } from './oms/oms.js';
import type { PipelineAgents } from './pipeline.js';
import type { Warehouse } from './wms/warehouse.js';

/** Samples drift, record accuracy, ATS staleness and stockouts into the run's metrics. */
export function sampleLevels({ ctx, warehouses, oms, channels, erp }: PipelineAgents): void {
  const { catalog, metrics } = ctx;
  const skuCount = catalog.size;
  const record = new Float64Array(skuCount);
  const physical = new Float64Array(skuCount);
  for (const w of warehouses) addOnHand(w, record, physical);
  const drift = driftOf(erp, record, catalog.costCents);
  let stockouts = 0;
  for (let s = 0; s < skuCount; s++) if (physical[s] === 0) stockouts++;
  let staleness = 0;
  for (let c = 0; c < channels.length; c++) {
    const channel = channels[c]!;
    if (oms !== null) staleness += omsStaleness(channel, oms, c, skuCount);
    else {
      // Without an OMS a channel should see what its own warehouse holds (its share, when split).
      const home = warehouses.find((w) => w.name === channel.config.noOmsWarehouse) ?? warehouses[0]!;
      const share = channel.config.noOmsAllocation === 'split' ? channel.config.splitShare : 1;
      staleness += warehouseStaleness(channel, home, share, skuCount);
    }
  }
  metrics.driftRate.add(skuCount > 0 ? drift.skus / skuCount : 0);
  metrics.driftUnits.add(drift.units);
  metrics.driftValue.add(drift.valueCents);
  metrics.atsStaleness.add(skuCount * channels.length > 0 ? staleness / (skuCount * channels.length) : 0);
  metrics.stockoutSkuDays += stockouts;
  const accuracy = warehouses.reduce((sum, w) => sum + w.recordAccuracy(), 0) / warehouses.length;
  metrics.recordAccuracy.add(accuracy);
}

// Adds warehouse w's recorded and physical units of every SKU.
function addOnHand(w: Warehouse, record: Float64Array, physical: Float64Array): void {
  for (let s = 0; s < record.length; s++) {
    record[s] = record[s]! + w.recordOnHand(s);
    physical[s] = physical[s]! + w.physicalOnHand(s);
  }
}

// SKUs whose ERP quantity differs from the WMS record total, and the units and value of the gaps.
function driftOf(erp: Erp, record: Float64Array, costCents: ArrayLike<number>): { skus: number; units: number; valueCents: number } {
  let skus = 0;
  let units = 0;
  let valueCents = 0;
  for (let s = 0; s < record.length; s++) {
    const gap = Math.abs(erp.quantity(s) - record[s]!);
    if (gap !== 0) {
      skus++;
      units += gap;
      valueCents += gap * costCents[s]!;
    }
  }
  return { skus, units, valueCents };
}

// Sum over SKUs of |channel view - ATS published to it|.
function omsStaleness(channel: Channel, oms: Oms, c: number, skuCount: number): number {
  let staleness = 0;
  for (let s = 0; s < skuCount; s++) staleness += Math.abs(channel.view(s) - oms.channelAts(c, s));
  return staleness;
}

// Sum over SKUs of |channel view - its share of its home warehouse's record| (no-oms).
function warehouseStaleness(channel: Channel, home: Warehouse, share: number, skuCount: number): number {
  let staleness = 0;
  for (let s = 0; s < skuCount; s++) staleness += Math.abs(channel.view(s) - Math.floor(home.recordOnHand(s) * share));
  return staleness;
}
