// Seller health as marketplaces police it: per channel and day, the orders placed, the orders the
// seller cancelled (oversold) and the orders shipped late, and the rolling rates against the channel's
// thresholds (Amazon: cancellations under 2.5% over 7 days, late shipments under 4%, order defects
// under 1%). The rate "on day d" covers the `windowDays` whole days before it (days d - W .. d - 1,
// counted from 1), as marketplaces publish them each morning: a cancellation on day 1 is in the
// 7-day rate on days 2..8 and has left it on day 9. A run of H days is assessed on days 2..H + 1.
// The defect rate is this model's proxy for an order defect rate: orders with a seller-caused
// problem (cancelled, or shipped late) over the orders placed.
import { SECONDS_PER_DAY } from '../config.js';

/** A channel's thresholds (fractions) and window. */
export interface SellerHealthConfig {
  windowDays: number;
  cancellationRateMax: number;
  lateShipmentRateMax: number;
  defectRateMax: number;
}

/** One channel's health over a run. */
export interface ChannelHealth {
  /** Over the whole run: cancellations / orders placed, late / shipped, (cancellations + late) / placed. */
  cancellationRate: number;
  lateShipmentRate: number;
  defectRate: number;
  /** Assessment days on which some rolling rate exceeded its threshold. */
  daysAboveThreshold: number;
  /** The first such day (counted from 1), or 0 when none. */
  firstBreachDay: number;
  /** The rolling rates on days 2..H + 1, for charts. */
  daily: { day: number; cancellationRate: number; lateShipmentRate: number; defectRate: number }[];
}

const kinds = { placed: 0, cancelled: 1, shipped: 2, late: 3 } as const;
type Kind = keyof typeof kinds;

/** Daily counts per channel, kept as the run goes (memory: channels x days). */
export class SellerHealthLedger {
  private readonly counts: number[][][] = [];

  /** Counts one event of `kind` for channel `channel` at simulated time `time`. */
  record(kind: Kind, channel: number, time: number): void {
    const day = Math.floor(time / SECONDS_PER_DAY);
    const byKind = (this.counts[channel] ??= [[], [], [], []]);
    const series = byKind[kinds[kind]]!;
    while (series.length <= day) series.push(0);
    series[day]! += 1;
  }

  /** The count of `kind` for a channel on day `day0` (0-based). */
  count(kind: Kind, channel: number, day0: number): number {
    return this.counts[channel]?.[kinds[kind]]?.[day0] ?? 0;
  }

  /** The health of channel `channel` over a run of `horizonDays` days. */
  assess(channel: number, horizonDays: number, config: SellerHealthConfig): ChannelHealth {
    const days = Math.ceil(horizonDays);
    const total = (kind: Kind, from0: number, to0: number) => {
      let n = 0;
      for (let d = Math.max(0, from0); d <= to0; d++) n += this.count(kind, channel, d);
      return n;
    };
    const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
    const rates = (from0: number, to0: number) => {
      const placed = total('placed', from0, to0);
      const cancelled = total('cancelled', from0, to0);
      const late = total('late', from0, to0);
      return { cancellationRate: ratio(cancelled, placed), lateShipmentRate: ratio(late, total('shipped', from0, to0)), defectRate: ratio(cancelled + late, placed) };
    };
    const daily: ChannelHealth['daily'] = [];
    let daysAboveThreshold = 0;
    let firstBreachDay = 0;
    for (let day = 2; day <= days + 1; day++) {
      // Day `day` (1-based) covers days day - W .. day - 1, i.e. 0-based day - 1 - W .. day - 2.
      const r = rates(day - 1 - config.windowDays, day - 2);
      daily.push({ day, ...r });
      if (r.cancellationRate > config.cancellationRateMax || r.lateShipmentRate > config.lateShipmentRateMax || r.defectRate > config.defectRateMax) {
        daysAboveThreshold++;
        if (firstBreachDay === 0) firstBreachDay = day;
      }
    }
    return { ...rates(0, days - 1), daysAboveThreshold, firstBreachDay, daily };
  }
}
