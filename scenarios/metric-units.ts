// The unit each published metric is in (README "Metrics"): CSV headers, axis titles and formatting
// read it from here. Metrics not listed are counts of what their name says.

const cents = [
  'revenue', 'cogs', 'inventoryValue', 'shrinkValue', 'driftValue', 'reconciliationValue',
  'shippingCost', 'labourCost', 'holdingCost', 'oversellCost', 'stockoutCost', 'purchasingCost', 'totalCost', 'costPerOrder', 'grossMargin', 'profit',
  'reconciliationCost', 'omsCost',
];
const fractions = [
  'oversellRate', 'driftRate', 'recordAccuracy', 'fillRate', 'onTimeShipRate', 'workerUtilization', 'splitShipmentRate', 'onTimeDeliveryRate',
  'sellerCancellationRate', 'sellerLateShipmentRate', 'sellerDefectRate',
];
const seconds = ['cycleTimeP50', 'cycleTimeP95'];
const others: Record<string, string> = {
  pickTravelPerLine: 'm', linesPerLaborHour: 'lines/h', atsStaleness: 'units', driftUnits: 'units', parcelsPerOrder: 'parcels/order',
  reconciliationHours: 'h', sellerHealthBreachDays: 'channel-days', sellerHealthFirstBreachDay: 'day',
};

const units = new Map<string, string>([
  ...cents.map((m): [string, string] => [m, 'cents']),
  ...fractions.map((m): [string, string] => [m, 'fraction']),
  ...seconds.map((m): [string, string] => [m, 's']),
  ...Object.entries(others),
]);

/** The unit a metric is published in ("cents", "fraction", "s", "m", ...; "" for plain counts). */
export function metricUnit(name: string): string {
  return units.get(name) ?? '';
}
