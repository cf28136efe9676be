// The twin's forecast in words: "Starting from today's stock ... you will oversell X ± Y orders".
import type { TwinForecast, TwinStart } from '../scenarios/twin/index.js';
import { formatEstimateOf } from './format/estimates.js';
import { formatPlain } from './format/numbers.js';

/** One paragraph: the start, then oversell, lost sales and drift over the horizon with their intervals. */
export function twinSentence(start: TwinStart, forecast: TwinForecast, settings: { days: number; syncMinutes: number | null }): string {
  const m = forecast.metrics;
  const est = (name: string) => formatEstimateOf(name, m[name]!);
  const drift = start.erpDriftSkus === 0 ? 'the ERP agreeing with the floor' : `the ERP off the floor on ${formatPlain(start.erpDriftSkus)} SKUs by ${formatPlain(start.erpDriftUnits)} units`;
  const gap = start.atsGapUnits === 0 ? '' : `, the channels able to sell ${formatPlain(start.atsGapUnits)} units the floor does not hold`;
  const sync = settings.syncMinutes === null ? "the channels' current sync intervals" : `a ${formatPlain(settings.syncMinutes)}-minute sync`;
  return `Starting from today's stock (${formatPlain(start.floorUnits)} units of ${formatPlain(start.skus)} SKUs on the floor, ${drift}${gap}) with ${sync}, ` +
    `the next ${formatPlain(settings.days)} days oversell ${est('oversoldOrders')} orders (${est('oversellRate')} of those accepted, costing ${est('oversellCost')}), ` +
    `turn away ${est('ordersRejected')} orders for lack of stock (${est('stockoutSkuDays')} SKU-days out), ` +
    `and leave the ERP off by ${est('driftUnits')} units on average (95% intervals over ${forecast.replications} replications).`;
}
