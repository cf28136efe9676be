// The article's lessons in order, for students (`baton explain --lesson N`): each names the scenario
// to run, what to look for while it plays, and the numbers of the run that show the point.
/** One lesson: a built-in scenario (or the OMS decision), what to watch, and the numbers that show it. */
export interface Lesson {
  number: number;
  title: string;
  /** The built-in scenario it runs; null for the decision lesson, which runs `baton advise`. */
  scenario: string | null;
  lookFor: string;
  /** The metrics that show the point, in the order to read them. */
  evidence: readonly string[];
  /** What the numbers mean once seen. */
  takeaway: string;
}

export const lessons: readonly Lesson[] = [
  {
    number: 1, title: 'The clean handoff', scenario: 'seed-walkthrough',
    lookFor: 'one Amazon order for 2 units of SKU 4471 travels channel -> OMS -> WMS -> ERP. Watch each system\'s number move once: the channel\'s view and the OMS ATS drop when the order is taken, the WMS record and the shelf drop when it ships, and the ERP posts the cost of the goods sold at that moment.',
    evidence: ['unitsShipped', 'cogs', 'inventoryValue'],
    takeaway: 'every system agrees at the end: 84 units everywhere, COGS $28.00 (2 x $14.00), inventory $1,176.00. Each number has one owner and each handoff happens once.',
  },
  {
    number: 2, title: 'The oversell', scenario: 'seed-oversell',
    lookFor: 'there is no OMS, so Amazon and Shopify each keep their own view of the same 10 units and neither hears of the other\'s sales before the next sync. Watch both views fall from 10 in step, and the warehouse refuse the 11th and 12th orders: they were accepted on stale stock and the seller must cancel them.',
    evidence: ['ordersAccepted', 'oversoldOrders', 'oversellRate', 'sellerCancellationRate', 'oversellCost'],
    takeaway: '12 orders accepted for 10 units: 2 oversold, cancelled by the seller. That is a 1-in-6 seller cancellation rate on the day, far above the 2.5% a marketplace tolerates.',
  },
  {
    number: 3, title: 'The drift', scenario: 'seed-drift',
    lookFor: 'the ERP keeps its own count and says 90 while the floor holds 84. The reorder point is 88: the floor crosses it at once, but purchasing reads the ERP, so the purchase order goes out two days late and the SKU runs out before the supplier delivers.',
    evidence: ['driftUnits', 'purchaseOrders', 'ordersRejected', 'stockoutSkuDays'],
    takeaway: 'a 6-unit disagreement is enough: the late order leaves the shelf empty for 3 days and 2 orders are lost. With one owner of the count (ownership "clean") all 21 orders ship.',
  },
  {
    number: 4, title: 'The trigger', scenario: null,
    lookFor: 'the same operation redrawn with 1 to 5 sales channels and 1 to 3 locations, each with and without an OMS, on the same demand. Look for the simplest setup where the OMS\'s total cost (its fees included) is lower with 95% confidence.',
    evidence: [],
    takeaway: 'an OMS is a matter of complexity, not revenue: it starts paying once orders must be routed between locations or stock shared across channels.',
  },
];

/** Lesson `n` (1-based), or undefined. */
export function lessonNumber(n: number): Lesson | undefined {
  return lessons.find((l) => l.number === n);
}
