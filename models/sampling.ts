// Level metrics sampled at each close: drift between ERP and WMS, record accuracy, ATS staleness
// and stockouts. O(SKUs x (warehouses + channels)) per sample, never per order.
import type { PipelineAgents } from './pipeline.js';

/** Samples drift, record accuracy, ATS staleness and stockouts into the run's metrics. */
export function sampleLevels({ ctx, warehouses, oms, channels, erp }: PipelineAgents): void {
  const { catalog, metrics } = ctx;
  const skuCount = catalog.size;
  let drifted = 0;
  let driftUnits = 0;
  let driftValue = 0;
  let staleness = 0;
  let stockouts = 0;
  const homes = channels.map((c) => warehouses.find((w) => w.name === c.config.noOmsWarehouse) ?? warehouses[0]!);
  const shares = channels.map((c) => (c.config.noOmsAllocation === 'split' ? c.config.splitShare : 1));
  for (let s = 0; s < skuCount; s++) {
    let record = 0;
    let physical = 0;
    for (const w of warehouses) {
      record += w.recordOnHand(s);
      physical += w.physicalOnHand(s);
    }
    const gap = Math.abs(erp.quantity(s) - record);
    if (gap !== 0) {
      drifted++;
      driftUnits += gap;
      driftValue += gap * catalog.costCents[s]!;
    }
    if (physical === 0) stockouts++;
    if (oms !== null) {
      for (let c = 0; c < channels.length; c++) staleness += Math.abs(channels[c]!.view(s) - oms.channelAts(c, s));
    } else {
      // Without an OMS a channel should see what its own warehouse holds (its share, when split).
      for (let c = 0; c < channels.length; c++) staleness += Math.abs(channels[c]!.view(s) - Math.floor(homes[c]!.recordOnHand(s) * shares[c]!));
    }
  }
  metrics.driftRate.add(skuCount > 0 ? drifted / skuCount : 0);
  metrics.driftUnits.add(driftUnits);
  metrics.driftValue.add(driftValue);
  metrics.atsStaleness.add(skuCount * channels.length > 0 ? staleness / (skuCount * channels.length) : 0);
  metrics.stockoutSkuDays += stockouts;
  const accuracy = warehouses.reduce((sum, w) => sum + w.recordAccuracy(), 0) / warehouses.length;
  metrics.recordAccuracy.add(accuracy);
}
