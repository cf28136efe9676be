// The unit of every published metric (README "Metrics"; test/scenarios/metric-units.test.ts holds the
// two to the same units): terminal, CSV headers, axis titles and the web twin read it from here. The
// table is typed by MetricName, so a new metric does not compile until its unit is written down.
import type { MetricName } from '../models/metrics.js';

/** "" is a plain count of what the metric's name says (orders, units, SKUs...). */
export type MetricUnit = '' | 'cents' | 'fraction' | 's' | 'm' | 'h' | 'units' | 'lines/h' | 'parcels/order' | 'channel-days' | 'day';

const units: Record<MetricName, MetricUnit> = {
  ordersAccepted: '', linesAccepted: '', unitsAccepted: '', ordersRejected: '', unitsRejected: '',
  oversoldOrders: '', oversoldUnits: '', oversellRate: 'fraction', backorderedOrders: '', shortPicks: '', shortUnits: '',
  ordersShipped: '', unitsShipped: '', fillRate: 'fraction', cycleTimeP50: 's', cycleTimeP95: 's', onTimeShipRate: 'fraction',
  pickTravelPerLine: 'm', linesPerLaborHour: 'lines/h', workerUtilization: 'fraction',
  driftRate: 'fraction', driftUnits: 'units', driftValue: 'cents', recordAccuracy: 'fraction', atsStaleness: 'units',
  revenue: 'cents', cogs: 'cents', inventoryValue: 'cents', shrinkValue: 'cents', shrinkUnits: '', damagedUnits: '', misPicks: '',
  reconciliationAdjustments: '', reconciliationValue: 'cents', purchaseOrders: '', unitsReceived: '',
  cancelRequests: '', ordersCancelledByCustomer: '', cancelsTooLate: '', returnsReceived: '', unitsReturned: '', refunds: 'cents',
  openingUnits: '', closingUnits: '', openingRecordUnits: '', recordReceivedUnits: '', recordShippedUnits: '', recordAdjustedUnits: '', closingRecordUnits: '',
  stockoutSkuDays: '',
  sellerCancellationRate: 'fraction', sellerLateShipmentRate: 'fraction', sellerDefectRate: 'fraction', sellerHealthBreachDays: 'channel-days', sellerHealthFirstBreachDay: 'day',
  reconciliationDiscrepancies: '', reconciliationHours: 'h', reconciliationCost: 'cents', omsCost: 'cents',
  messagesSent: '', messagesLost: '',
  shippingCost: 'cents', labourCost: 'cents', holdingCost: 'cents', oversellCost: 'cents', stockoutCost: 'cents', purchasingCost: 'cents',
  totalCost: 'cents', costPerOrder: 'cents', grossMargin: 'cents', profit: 'cents',
  parcelsShipped: '', splitShipmentRate: 'fraction', parcelsPerOrder: 'parcels/order', onTimeDeliveryRate: 'fraction',
};

/** True when `name` is a published metric. */
function isMetricName(name: string): name is MetricName {
  return Object.hasOwn(units, name);
}

/** The unit a metric is published in ("cents", "fraction", "s", "m", ...; "" for plain counts or unknown names). */
export function metricUnit(name: string): MetricUnit {
  return isMetricName(name) ? units[name] : '';
}
