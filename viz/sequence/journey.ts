// One order followed through the systems: each trace record that moved it becomes a step saying who
// acted, whom it told, and every system's number for the order's SKU right after. Records stream
// in once; only the first few orders are followed, so memory stays small on long runs.
import type { BatonTrace } from '../../models/trace.js';
import { formatCents, formatClock } from '../format/index.js';

const defaults = { orders: 20, stepsPerOrder: 80 };

/** The four systems, left to right in the diagram. */
export const lanes = ['channel', 'oms', 'wms', 'erp'] as const;
export type Lane = (typeof lanes)[number];

/** The numbers of the order's SKU after a step; null where the system keeps none (no OMS) or is unknown. */
export interface StepNumbers {
  channel: number | null;
  oms: number | null;
  wms: number | null;
  physical: number | null;
  erp: number | null;
  /** Every channel's view of the SKU (the order's channel included), when known. */
  views?: Record<string, number>;
}

/** One handoff or action. */
export interface JourneyStep {
  time: number;
  kind: BatonTrace['kind'];
  actor: Lane;
  /** Systems told by this step (arrows), possibly none. */
  to: Lane[];
  text: string;
  numbers: StepNumbers;
  /** The channel acting when `actor` is 'channel' (default: the order's channel). */
  channel?: string;
  /** The channel told when `to` holds 'channel' (default: the order's channel). */
  toChannel?: string;
}

/** One followed order. */
export interface Journey {
  orderId: number;
  channel: string;
  sku: string;
  qty: number;
  /** The numbers just before the order was accepted (the channel view before the sale). */
  opening: StepNumbers;
  steps: JourneyStep[];
  /** 'shipped', 'cancelled', 'backordered' or 'open' at the end of the records seen. */
  outcome: 'shipped' | 'cancelled' | 'backordered' | 'open';
}

/** The numbers of one SKU now, as the twin tracks them. */
export type NumbersSource = (sku: string) => { physical: number; wms: number; oms: number | null; channels: Record<string, number>; erp: number } | null;

interface Followed {
  journey: Journey;
  /** Channels whose next ATS publication and view update belong to this order's story. */
  awaitingPublish: Set<string>;
  awaitingView: Set<string>;
}

/** Follows the first `orders` accepted orders through the records it is shown, in emission order. */
export class JourneyRecorder {
  private readonly followed = new Map<number, Followed>();
  private readonly order: number[] = [];

  constructor(
    private readonly numbersOf: NumbersSource,
    private readonly options: { hasOms: boolean; channels: string[]; orders?: number },
  ) {}

  /** Looks at one record (after the numbers source has applied it). */
  observe(record: BatonTrace): void {
    switch (record.kind) {
      case 'channel.order.accepted': {
        if (this.order.length >= (this.options.orders ?? defaults.orders) || record.lines.length === 0) return;
        const first = record.lines[0]!;
        const journey: Journey = { orderId: record.orderId, channel: record.channel, sku: first.sku, qty: first.qty, opening: this.numbersNow(record.channel, first.sku), steps: [], outcome: 'open' };
        // The source has applied the acceptance already: the channel's view before it was higher by the quantity sold.
        if (journey.opening.channel !== null) journey.opening.channel += first.qty;
        if (journey.opening.views?.[record.channel] !== undefined) journey.opening.views[record.channel]! += first.qty;
        this.followed.set(record.orderId, { journey, awaitingPublish: new Set(), awaitingView: new Set() });
        this.order.push(record.orderId);
        const more = record.lines.length > 1 ? ` (+${record.lines.length - 1} more lines)` : '';
        this.step(record.orderId, record, 'channel', [this.options.hasOms ? 'oms' : 'wms'], `${record.channel} accepts order #${record.orderId}: ${first.qty} × ${first.sku}${more}; its view drops to ${record.view[0] ?? '?'}`);
        break;
      }
      case 'oms.order.received':
        this.step(record.orderId, record, 'oms', [], `OMS receives #${record.orderId} from ${record.channel}`);
        break;
      case 'oms.order.routed': {
        const f = this.followed.get(record.orderId);
        if (!f) return;
        const ats = record.ats.find((a) => a.sku === f.journey.sku)?.ats;
        this.step(record.orderId, record, 'oms', ['wms'], `OMS reserves and routes #${record.orderId} to ${record.warehouses.join(' + ')} (${record.policy}); ATS ${ats ?? '?'}`);
        this.awaitPublish(f);
        break;
      }
      case 'oms.order.oversold':
        this.step(record.orderId, record, 'oms', ['channel'], `OMS cannot allocate #${record.orderId}: oversold by ${record.units} unit${record.units === 1 ? '' : 's'}, cancelled`, 'cancelled');
        break;
      case 'wms.order.oversold':
        this.step(record.orderId, record, 'wms', ['channel'], `${record.warehouse} cannot cover #${record.orderId}: ${record.channel} sold on a stale view, oversold by ${record.units} unit${record.units === 1 ? '' : 's'}, cancelled`, 'cancelled');
        break;
      case 'oms.order.backordered':
        this.step(record.orderId, record, 'oms', ['channel'], `OMS backorders #${record.orderId}: ${record.units} unit${record.units === 1 ? '' : 's'} short`, 'backordered');
        break;
      case 'oms.reservation.released': {
        const f = this.followed.get(record.orderId);
        if (!f || record.sku !== f.journey.sku) return;
        this.step(record.orderId, record, 'oms', [], `OMS releases the reservation of #${record.orderId}; ATS ${record.ats}`);
        this.awaitPublish(f);
        break;
      }
      case 'wms.pick.created':
        for (const id of record.orderIds) this.step(id, record, 'wms', [], `${record.warehouse} creates a pick task for #${id} at ${record.bins.join(', ')}`);
        break;
      case 'wms.pick.completed':
        for (const id of record.orderIds) this.step(id, record, 'wms', [], `a worker picks #${id} at ${record.sequence.join(' → ')}, walking ${record.travelMeters.toFixed(1)} m`);
        break;
      case 'wms.pick.short':
        this.step(record.orderId, record, 'wms', [], `short pick for #${record.orderId}: wanted ${record.wanted} × ${record.sku}, found ${record.found}`);
        break;
      case 'wms.order.shipped': {
        const f = this.followed.get(record.orderId);
        if (!f) return;
        const line = record.lines.find((l) => l.sku === f.journey.sku) ?? record.lines[0];
        const detail = line ? `${line.qty} × ${line.sku} from ${line.bin}; record ${line.recordAfter + line.qty} → ${line.recordAfter}, shelf ${line.physicalAfter}` : 'nothing';
        this.step(record.orderId, record, 'wms', this.options.hasOms ? ['oms', 'erp'] : ['erp'], `${record.warehouse} ships #${record.orderId}: ${detail}`, 'shipped');
        if (!this.options.hasOms) for (const c of this.options.channels) f.awaitingView.add(c);
        break;
      }
      case 'erp.posted': {
        const id = shipmentOrderId(record);
        const f = id === null ? undefined : this.followed.get(id);
        if (!f) return;
        this.step(f.journey.orderId, record, 'erp', [], `ERP posts ${postingSummary(record)}; quantity ${record.quantity}, inventory ${formatCents(record.inventoryValueCents)}`);
        break;
      }
      case 'oms.ats.published':
        for (const f of this.followed.values()) {
          if (!f.awaitingPublish.delete(record.channel)) continue;
          f.awaitingView.add(record.channel);
          this.step(f.journey.orderId, record, 'oms', ['channel'], `OMS publishes ATS to ${record.channel} (${record.full ? 'full snapshot' : `${record.skus} SKU${record.skus === 1 ? '' : 's'} changed`})`, undefined, { toChannel: record.channel });
        }
        break;
      case 'channel.view.updated':
        for (const f of this.followed.values()) {
          if (record.sku !== f.journey.sku || !f.awaitingView.delete(record.channel)) continue;
          this.step(f.journey.orderId, record, 'channel', [], `${record.channel}'s view of ${record.sku} becomes ${record.view}`, undefined, { channel: record.channel });
        }
        break;
      default:
        break;
    }
  }

  /**
   * True once all `orders` are followed and each has reached its end (cancelled, or shipped and
   * posted by the ERP) with no publication or view update pending: the story is told, and a run
   * may stop tracing.
   */
  settled(): boolean {
    if (this.order.length < (this.options.orders ?? defaults.orders)) return false;
    for (const f of this.followed.values()) {
      if (f.awaitingPublish.size > 0 || f.awaitingView.size > 0) return false;
      const journey = f.journey;
      if (journey.outcome === 'cancelled') continue;
      if (journey.outcome !== 'shipped' || !journey.steps.some((step) => step.actor === 'erp')) return false;
    }
    return true;
  }

  /** The followed orders, in acceptance order. */
  journeys(): Journey[] {
    return this.order.map((id) => this.followed.get(id)!.journey);
  }

  private awaitPublish(f: Followed): void {
    if (!this.options.hasOms) return;
    for (const c of this.options.channels) f.awaitingPublish.add(c);
  }

  private step(orderId: number, record: BatonTrace, actor: Lane, to: Lane[], text: string, outcome?: Journey['outcome'], lanes: { channel?: string; toChannel?: string } = {}): void {
    const f = this.followed.get(orderId);
    if (!f || f.journey.steps.length >= defaults.stepsPerOrder) return;
    const step: JourneyStep = { time: record.time, kind: record.kind, actor, to, text, numbers: this.numbersNow(f.journey.channel, f.journey.sku) };
    if (lanes.channel !== undefined && lanes.channel !== f.journey.channel) step.channel = lanes.channel;
    if (lanes.toChannel !== undefined && lanes.toChannel !== f.journey.channel) step.toChannel = lanes.toChannel;
    f.journey.steps.push(step);
    if (outcome) f.journey.outcome = outcome;
  }

  private numbersNow(channel: string, sku: string): StepNumbers {
    const now = this.numbersOf(sku);
    if (now === null) return { channel: null, oms: null, wms: null, physical: null, erp: null };
    return { channel: now.channels[channel] ?? null, oms: now.oms, wms: now.wms, physical: now.physical, erp: now.erp, views: { ...now.channels } };
  }
}

/** The order an ERP shipment posting belongs to: its `orderId` field when present, else from an id like "ship:east:12:0". */
export function shipmentOrderId(record: Extract<BatonTrace, { kind: 'erp.posted' }>): number | null {
  const explicit = (record as { orderId?: unknown }).orderId;
  if (typeof explicit === 'number') return explicit;
  const match = /^ship:[^:]+:(\d+)(?::|$)/.exec(record.eventId);
  return match ? Number(match[1]) : null;
}

/** "Dr cogs $28.00 / Cr inventory $28.00" for the posting's first debit and first credit line. */
export function postingSummary(record: Extract<BatonTrace, { kind: 'erp.posted' }>): string {
  const debit = record.lines.find((l) => (l.debitCents ?? 0) > 0);
  const credit = record.lines.find((l) => (l.creditCents ?? 0) > 0);
  const parts = [];
  if (debit) parts.push(`Dr ${debit.account} ${formatCents(debit.debitCents!)}`);
  if (credit) parts.push(`Cr ${credit.account} ${formatCents(credit.creditCents!)}`);
  const more = record.lines.length > 2 ? ` (+${record.lines.length - 2} lines)` : '';
  return `${parts.join(' / ') || record.memo}${more}`;
}

/** A step's time as the diagram prints it. */
export function stepClock(step: Pick<JourneyStep, 'time'>): string {
  return formatClock(step.time);
}
