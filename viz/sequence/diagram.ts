// A sequence diagram of one order as a standalone SVG string: a lifeline per system (one per sales
// channel, then OMS, WMS, ERP), one row per step with an arrow for each handoff, and under every
// lifeline that system's number for the order's SKU after the step (changed numbers highlighted).
// Separate channel lifelines show what the article is about: the order's channel sells, and the
// others' views of the same SKU follow only when their next sync arrives.
import { escapeMarkup } from '../format/index.js';
import { lanes, stepClock, type Journey, type Lane, type StepNumbers } from './journey.js';

const defaults = { timeWidth: 84, laneWidth: 112, textWidth: 640, headerHeight: 48, rowHeight: 42, textChars: 100 };

const laneTitles: Record<Lane, string> = { channel: 'Channel', oms: 'OMS', wms: 'WMS', erp: 'ERP' };
const laneMeasures: Record<Lane, string> = { channel: 'its view', oms: 'ATS', wms: 'record (shelf)', erp: 'quantity' };
const laneColours: Record<Lane, string> = { channel: '#e6550d', oms: '#31a354', wms: '#3182bd', erp: '#222222' };

export interface DiagramOptions {
  /** Prefix of the SVG's internal ids, unique per page. */
  idPrefix?: string;
  /** Whether the run has an OMS (its lifeline is greyed out otherwise). */
  hasOms?: boolean;
  /** The run's channels, one lifeline each (default: only the order's). */
  channels?: readonly string[];
}

/** One lifeline: a system, and for a channel lifeline which channel. */
interface Column {
  lane: Lane;
  channel: string | null;
}

/** The number shown under a lifeline, or '–' when the system keeps none; `channel` names another channel than the order's. */
export function laneNumber(lane: Lane, numbers: StepNumbers, channel: string | null = null): string {
  const value = lane === 'channel' ? (channel === null ? numbers.channel : numbers.views?.[channel] ?? null) : lane === 'oms' ? numbers.oms : lane === 'wms' ? numbers.wms : numbers.erp;
  return value === null || value === undefined ? '–' : String(value);
}

/** The diagram of one journey as SVG markup. */
export function sequenceDiagramSvg(journey: Journey, options: DiagramOptions = {}): string {
  const id = (options.idPrefix ?? 'seq').replace(/[^A-Za-z0-9_-]/g, '');
  const hasOms = options.hasOms ?? true;
  const { timeWidth, laneWidth, textWidth, headerHeight, rowHeight } = defaults;
  // The order's channel first, then the run's other channels; `channel: null` is the order's own.
  const others = (options.channels ?? []).filter((c) => c !== journey.channel);
  const columns: Column[] = [{ lane: 'channel', channel: null }, ...others.map((c): Column => ({ lane: 'channel', channel: c })), ...lanes.filter((l) => l !== 'channel').map((l): Column => ({ lane: l, channel: null }))];
  const width = timeWidth + columns.length * laneWidth + textWidth;
  const height = headerHeight + Math.max(1, journey.steps.length) * rowHeight + 12;
  const columnX = (i: number) => timeWidth + i * laneWidth + laneWidth / 2;
  const laneX = (lane: Lane, channel?: string) => {
    const other = lane === 'channel' && channel !== undefined && channel !== journey.channel ? channel : null;
    const i = columns.findIndex((c) => c.lane === lane && c.channel === other);
    return columnX(i < 0 ? 0 : i);
  };
  const textX = timeWidth + columns.length * laneWidth + 12;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="sequence-diagram" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="12" data-order="${journey.orderId}">`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#444"/></marker></defs>`,
  );
  columns.forEach(({ lane, channel }, i) => {
    const x = columnX(i);
    const absent = lane === 'oms' && !hasOms;
    const title = lane === 'channel' ? (channel === null ? `${laneTitles.channel} (${journey.channel})` : channel) : absent ? 'OMS (none)' : laneTitles[lane];
    out.push(
      `<text x="${x}" y="20" text-anchor="middle" font-weight="bold" fill="${absent ? '#aaa' : laneColours[lane]}">${escapeMarkup(title)}</text>`,
      `<text x="${x}" y="36" text-anchor="middle" fill="#777" font-size="10">${laneMeasures[lane]}</text>`,
      `<line x1="${x}" y1="${headerHeight - 4}" x2="${x}" y2="${height - 6}" stroke="${absent ? '#e5e5e5' : '#ccc'}" stroke-dasharray="4,3"/>`,
    );
  });
  out.push(`<text x="8" y="20" font-weight="bold">time</text><text x="${textX}" y="20" font-weight="bold">order #${journey.orderId}: ${escapeMarkup(`${journey.qty} × ${journey.sku} via ${journey.channel} (${journey.outcome}); numbers are for SKU ${journey.sku}`)}</text>`);
  if (journey.steps.length === 0) out.push(`<text x="${textX}" y="${headerHeight + 24}" fill="#777">no records for this order in the trace</text>`);
  let previous: StepNumbers = journey.opening;
  journey.steps.forEach((step, i) => {
    const top = headerHeight + i * rowHeight;
    const arrowY = top + 11;
    const badgeY = top + 30;
    const from = laneX(step.actor, step.channel);
    out.push(`<g class="step" data-step="${i}" data-kind="${escapeMarkup(step.kind)}" data-actor="${step.actor}">`);
    if (i % 2 === 1) out.push(`<rect x="0" y="${top}" width="${width}" height="${rowHeight}" fill="#f6f6f8"/>`);
    out.push(`<text x="8" y="${arrowY + 4}" font-variant-numeric="tabular-nums">${stepClock(step)}</text>`);
    for (const target of step.to) {
      const to = laneX(target, target === 'channel' ? step.toChannel : undefined);
      const towards = to > from ? -7 : 7;
      out.push(`<line x1="${from}" y1="${arrowY}" x2="${to + towards}" y2="${arrowY}" stroke="#444" stroke-width="1.4" marker-end="url(#${id}-arrow)"/>`);
    }
    out.push(`<circle cx="${from}" cy="${arrowY}" r="5" fill="${laneColours[step.actor]}"/>`);
    columns.forEach(({ lane, channel }, c) => {
      const x = columnX(c);
      const now = laneNumber(lane, step.numbers, channel);
      const changed = laneNumber(lane, previous, channel) !== now;
      const shelf = lane === 'wms' && step.numbers.physical !== null && step.numbers.physical !== step.numbers.wms ? ` (${step.numbers.physical})` : '';
      const label = `${now}${shelf}`;
      const channelAttribute = lane === 'channel' ? ` data-channel="${escapeMarkup(channel ?? journey.channel)}"` : '';
      if (changed) out.push(`<rect x="${x - 24}" y="${badgeY - 11}" width="48" height="15" rx="3" fill="#fff3bf"/>`);
      out.push(`<text x="${x}" y="${badgeY}" text-anchor="middle" data-lane="${lane}"${channelAttribute}${changed ? ' font-weight="bold"' : ''} fill="${now === '–' ? '#aaa' : '#111'}">${escapeMarkup(label)}</text>`);
    });
    const text = step.text.length > defaults.textChars ? `${step.text.slice(0, defaults.textChars - 1)}…` : step.text;
    out.push(`<text x="${textX}" y="${arrowY + 4}">${escapeMarkup(text)}<title>${escapeMarkup(step.text)}</title></text>`, '</g>');
    previous = step.numbers;
  });
  out.push('</svg>');
  return out.join('\n');
}
