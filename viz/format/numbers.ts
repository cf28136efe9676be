// How Baton's numbers read to people: cents as dollars, rates as percentages, seconds as hours,
// each metric by the unit its name carries (the README's "Metrics").

const centsMetrics = new Set(['revenue', 'cogs', 'inventoryValue', 'shrinkValue', 'driftValue', 'reconciliationValue']);
const shareMetrics = new Set(['oversellRate', 'driftRate', 'recordAccuracy', 'fillRate', 'onTimeShipRate', 'workerUtilization']);
const secondsMetrics = new Set(['cycleTimeP50', 'cycleTimeP95']);

/** Integer cents as dollars with thousands separators: 2800 -> "$28.00", -123456 -> "-$1,234.56". */
export function formatCents(cents: number): string {
  if (!Number.isFinite(cents)) return String(cents);
  const sign = cents < 0 ? '-' : '';
  const whole = Math.round(Math.abs(cents));
  const dollars = Math.floor(whole / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${dollars}.${String(whole % 100).padStart(2, '0')}`;
}

/** A share (0..1) as a percentage with two decimals: 0.16667 -> "16.67%". */
export function formatShare(share: number): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(2)}%` : String(share);
}

/** Integers as they are (with separators), other numbers to 4 significant digits. */
export function formatPlain(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return Number(value.toPrecision(4)).toString();
}

/** Simulated seconds as "10:00:02" within a day, "d2 10:00:02" after it. */
export function formatClock(seconds: number): string {
  const day = Math.floor(seconds / 86_400);
  const rest = seconds - day * 86_400;
  const h = Math.floor(rest / 3_600);
  const m = Math.floor((rest % 3_600) / 60);
  const s = Math.floor(rest % 60);
  const clock = [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
  return day > 0 ? `d${day + 1} ${clock}` : clock;
}

/** One metric's value in the unit its name says. */
export function formatMetric(name: string, value: number): string {
  if (centsMetrics.has(name)) return formatCents(value);
  if (shareMetrics.has(name)) return formatShare(value);
  if (secondsMetrics.has(name)) return `${(value / 3_600).toFixed(2)} h`;
  return formatPlain(value);
}

/** True when the metric is money in cents (so differences read as dollars too). */
export function isCentsMetric(name: string): boolean {
  return centsMetrics.has(name);
}
