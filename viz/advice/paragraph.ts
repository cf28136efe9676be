// "Do I need an OMS?" in words: the break-even and what the operation's own setup costs without one.
import type { Advice, CellVerdict } from '../../scenarios/advise/index.js';
import { formatMoney } from '../format/numbers.js';

/** The answer in one paragraph, with the volume it assumed. */
export function adviceParagraph(advice: Advice, currency: string): string {
  const money = (cents: number) => formatMoney(cents, currency);
  const own = advice.grid.find((c) => c.channels === advice.own.channels && c.locations === advice.own.locations) as CellVerdict;
  const volume = `${Math.round(advice.ordersPerDay).toLocaleString('en-US')} orders a day, ${advice.days}-day runs x ${advice.replications} paired replications, costs per 30 days`;
  const where =
    advice.breakEven === null
      ? 'At this volume an OMS does not pay for itself anywhere on the grid (up to 5 channels and 3 locations) with 95% confidence.'
      : `An OMS pays for itself from ${advice.breakEven.channels} channel${advice.breakEven.channels > 1 ? 's' : ''} and ${advice.breakEven.locations} location${advice.breakEven.locations > 1 ? 's' : ''} on (the simplest setup where its total cost is lower with 95% confidence).`;
  const n = own.withoutOms;
  const yours =
    `Your setup (${own.channels} channel${own.channels > 1 ? 's' : ''}, ${own.locations} location${own.locations > 1 ? 's' : ''}) without an OMS costs ${money(n.oversellCost)} a month in oversell penalties and lost margin, ` +
    `${money(n.stockoutCost)} in sales lost to stale listings, ${n.reconciliationHours.toFixed(1)} hours of reconciliation (${money(n.reconciliationCost)}), ` +
    `and ${n.sellerHealthBreachDays.toFixed(1)} channel-days a month above a marketplace's seller-health threshold; ` +
    `with an OMS (fees ${money(own.withOms.omsCost)}) its total changes by ${money(own.difference)} ± ${money(own.halfWidth)}.`;
  return `${where} ${yours} (${advice.scenario}: ${volume}.)`;
}
