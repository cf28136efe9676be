// How Baton's numbers read to people: cents as dollars, rates as percentages, seconds as hours,
// each metric by the unit its name carries (the README's "Metrics").
import { metricUnit } from '../../scenarios/metric-units.js';

export { metricUnit };

/** Rates of rare events, read as "1 in N" when below 1%. */
const rareMetrics = new Set(['oversellRate', 'splitShipmentRate']);
const isCents = (name: string) => metricUnit(name) === 'cents';
const isShare = (name: string) => metricUnit(name) === 'fraction';
const isSeconds = (name: string) => metricUnit(name) === 's';

const currencySymbols: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CAD: 'CA$', AUD: 'A$' };

/**
 * Integer cents as money with thousands separators: 2800 -> "$28.00", -123456 -> "-$1,234.56"; another
 * ISO currency uses its symbol, or its code as a prefix ("CHF 12.00").
 */
export function formatCents(cents: number, currency = 'USD'): string {
  if (!Number.isFinite(cents)) return String(cents);
  const sign = cents < 0 ? '-' : '';
  const whole = Math.round(Math.abs(cents));
  const units = Math.floor(whole / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const symbol = currencySymbols[currency] ?? `${currency} `;
  return `${sign}${symbol}${units}.${String(whole % 100).padStart(2, '0')}`;
}

/** Cents as whole currency units for large sums: 124_000_00 -> "$124,000" (cents kept below $10,000). */
export function formatMoney(cents: number, currency = 'USD'): string {
  if (!Number.isFinite(cents) || Math.abs(cents) < 1_000_000) return formatCents(cents, currency);
  return formatCents(Math.round(cents / 100) * 100, currency).replace(/\.00$/, '');
}

/** A rate of a rare event: "1 in 2,400" below 1% (0 -> "none"), a percentage otherwise. */
export function formatRate(share: number): string {
  if (!Number.isFinite(share)) return String(share);
  if (share <= 0) return 'none';
  if (share >= 0.01) return formatShare(share);
  const n = Math.round(1 / share);
  return `1 in ${n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** Seconds as a duration: 45 -> "45 s", 750 -> "12.5 min", 27_316 -> "7 h 35 min", 200_000 -> "2 d 8 h". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  const sign = seconds < 0 ? '-' : '';
  const s = Math.abs(seconds);
  if (s < 60) return `${sign}${Number(s.toPrecision(3))} s`;
  if (s < 3_600) return `${sign}${Number((s / 60).toPrecision(3))} min`;
  if (s < 86_400) {
    const totalMinutes = Math.round(s / 60);
    const h = Math.floor(totalMinutes / 60);
    const m = totalMinutes % 60;
    return `${sign}${h} h${m > 0 ? ` ${m} min` : ''}`;
  }
  const totalHours = Math.round(s / 3_600);
  const d = Math.floor(totalHours / 24);
  const h = totalHours % 24;
  return `${sign}${d} d${h > 0 ? ` ${h} h` : ''}`;
}

/** True when the metric is a proportion (its intervals stay within [0, 1]). */
export function isShareMetric(name: string): boolean {
  return isShare(name);
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

/** One metric's value in the unit its name says (rare rates as "1 in N", durations in h/min). */
export function formatMetric(name: string, value: number, currency = 'USD'): string {
  if (isCents(name)) return formatMoney(value, currency);
  if (rareMetrics.has(name)) return formatRate(value);
  if (isShare(name)) return formatShare(value);
  if (isSeconds(name)) return formatDuration(value);
  const unit = metricUnit(name);
  return unit === '' || unit === 'units' ? formatPlain(value) : `${formatPlain(value)} ${unit}`;
}

/** A difference of a metric in its unit: money and durations signed, shares in percentage points. */
export function formatMetricDifference(name: string, value: number, currency = 'USD'): string {
  const sign = value > 0 ? '+' : '';
  if (isCents(name)) return `${sign}${formatMoney(value, currency)}`;
  if (isShare(name)) return `${sign}${(value * 100).toFixed(Math.abs(value) < 0.001 ? 4 : 2)} pp`;
  if (isSeconds(name)) return `${sign}${formatDuration(value)}`;
  return `${sign}${formatPlain(value)}`;
}

/** True when the metric is money in cents (so differences read as dollars too). */
export function isCentsMetric(name: string): boolean {
  return isCents(name);
}
