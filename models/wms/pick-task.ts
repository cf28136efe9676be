// A fulfillment (one order's lines at this warehouse) and a pick task (the fulfillments one worker
// picks in one tour). These objects are the only per-order state the warehouse keeps, and only
// until the parcel leaves. A picked parcel may wait a day for the carrier, so it keeps only what
// differs from its order (units short, SKUs mis-picked), usually nothing; the shipped lines the
// message carries are built when it leaves.
import type { WorkerConfig } from '../config.js';
import type { FulfillmentLine, Order, ShippedLine } from '../messages.js';
import type { PickLocation } from './layout.js';

/** One order's lines at this warehouse, from request to departure. */
export interface Fulfillment {
  fulfillmentId: number;
  orderId: number;
  order: Order;
  lines: FulfillmentLine[];
  /** Set at pick only when some line came up short: units short per line (units picked = qty - short). */
  short: number[] | null;
  /** Filled at pick only when a line was mis-picked: the SKU physically taken per line. */
  physicalSkus: Int32Array | null;
  /** Set when the customer cancelled it before a picker started; it is then never picked. */
  cancelled?: boolean;
}

/** The fulfillments one worker picks in one tour. */
export interface PickTask {
  fulfillments: Fulfillment[];
  lineCount: number;
  /** Set when a worker starts the task. */
  travelMeters: number;
  /** Bins in walking order, kept only when tracing. */
  sequence: string[] | null;
}

/** The lines of a picked fulfillment as shipped: units picked and short per line, at the order's prices. */
export function shippedLines(f: Fulfillment): ShippedLine[] {
  const lines = f.lines;
  const short = f.short;
  const shipped: ShippedLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const qtyShort = short === null ? 0 : short[i]!;
    shipped.push({ sku: line.sku, qtyShipped: line.qty - qtyShort, qtyShort, unitPriceCents: line.unitPriceCents });
  }
  return shipped;
}

/** True when a picked fulfillment has at least one unit to ship. */
export function hasUnits(f: Fulfillment): boolean {
  const lines = f.lines;
  const short = f.short;
  for (let i = 0; i < lines.length; i++) if (short === null || short[i]! < lines[i]!.qty) return true;
  return false;
}

/** A task over the given fulfillments. */
export function pickTask(fulfillments: Fulfillment[]): PickTask {
  let lineCount = 0;
  for (let i = 0; i < fulfillments.length; i++) lineCount += fulfillments[i]!.lines.length;
  return { fulfillments, lineCount, travelMeters: 0, sequence: null };
}

/** Writes the pick location of every line of the task into `out` (cleared first) and returns it. */
export function taskLocations(task: PickTask, locations: readonly PickLocation[], out: PickLocation[]): PickLocation[] {
  // Overwrites in place and pops the surplus: assigning `length` would leave optimized code.
  let n = 0;
  const fulfillments = task.fulfillments;
  for (let i = 0; i < fulfillments.length; i++) {
    const lines = fulfillments[i]!.lines;
    for (let l = 0; l < lines.length; l++) {
      const location = locations[lines[l]!.sku]!;
      if (n < out.length) out[n] = location;
      else out.push(location);
      n++;
    }
  }
  while (out.length > n) out.pop();
  return out;
}

/** Seconds a worker spends on a task: walking, one pick per line, packing per order. */
export function taskSeconds(travelMeters: number, lineCount: number, orderCount: number, workers: WorkerConfig): number {
  return travelMeters / workers.walkingSpeedMetersPerSecond + lineCount * workers.pickSecondsPerLine + orderCount * workers.packSecondsPerOrder;
}
