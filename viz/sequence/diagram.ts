// A sequence diagram of one order as a standalone SVG string: a lifeline per system (channel, OMS,
// WMS, ERP), one row per step with an arrow for each handoff, and under every lifeline that
// system's number for the order's SKU after the step (changed numbers highlighted).
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
}

/** The number shown under a lifeline, or '–' when the system keeps none. */
export function laneNumber(lane: Lane, numbers: StepNumbers): string {
  const value = lane === 'channel' ? numbers.channel : lane === 'oms' ? numbers.oms : lane === 'wms' ? numbers.wms : numbers.erp;
  return value === null ? '–' : String(value);
}

/** The diagram of one journey as SVG markup. */
export function sequenceDiagramSvg(journey: Journey, options: DiagramOptions = {}): string {
  const id = (options.idPrefix ?? 'seq').replace(/[^A-Za-z0-9_-]/g, '');
  const hasOms = options.hasOms ?? true;
  const { timeWidth, laneWidth, textWidth, headerHeight, rowHeight } = defaults;
  const width = timeWidth + lanes.length * laneWidth + textWidth;
  const height = headerHeight + Math.max(1, journey.steps.length) * rowHeight + 12;
  const laneX = (lane: Lane) => timeWidth + lanes.indexOf(lane) * laneWidth + laneWidth / 2;
  const textX = timeWidth + lanes.length * laneWidth + 12;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="sequence-diagram" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="12" data-order="${journey.orderId}">`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#444"/></marker></defs>`,
  );
  for (const lane of lanes) {
    const x = laneX(lane);
    const absent = lane === 'oms' && !hasOms;
    const title = lane === 'channel' ? `${laneTitles.channel} (${journey.channel})` : absent ? 'OMS (none)' : laneTitles[lane];
    out.push(
      `<text x="${x}" y="20" text-anchor="middle" font-weight="bold" fill="${absent ? '#aaa' : laneColours[lane]}">${escapeMarkup(title)}</text>`,
      `<text x="${x}" y="36" text-anchor="middle" fill="#777" font-size="10">${laneMeasures[lane]}</text>`,
      `<line x1="${x}" y1="${headerHeight - 4}" x2="${x}" y2="${height - 6}" stroke="${absent ? '#e5e5e5' : '#ccc'}" stroke-dasharray="4,3"/>`,
    );
  }
  out.push(`<text x="8" y="20" font-weight="bold">time</text><text x="${textX}" y="20" font-weight="bold">order #${journey.orderId}: ${escapeMarkup(`${journey.qty} × ${journey.sku} via ${journey.channel} (${journey.outcome}); numbers are for SKU ${journey.sku}`)}</text>`);
  if (journey.steps.length === 0) out.push(`<text x="${textX}" y="${headerHeight + 24}" fill="#777">no records for this order in the trace</text>`);
  let previous: StepNumbers = journey.opening;
  journey.steps.forEach((step, i) => {
    const top = headerHeight + i * rowHeight;
    const arrowY = top + 11;
    const badgeY = top + 30;
    const from = laneX(step.actor);
    out.push(`<g class="step" data-step="${i}" data-kind="${escapeMarkup(step.kind)}" data-actor="${step.actor}">`);
    if (i % 2 === 1) out.push(`<rect x="0" y="${top}" width="${width}" height="${rowHeight}" fill="#f6f6f8"/>`);
    out.push(`<text x="8" y="${arrowY + 4}" font-variant-numeric="tabular-nums">${stepClock(step)}</text>`);
    for (const target of step.to) {
      const to = laneX(target);
      const towards = to > from ? -7 : 7;
      out.push(`<line x1="${from}" y1="${arrowY}" x2="${to + towards}" y2="${arrowY}" stroke="#444" stroke-width="1.4" marker-end="url(#${id}-arrow)"/>`);
    }
    out.push(`<circle cx="${from}" cy="${arrowY}" r="5" fill="${laneColours[step.actor]}"/>`);
    for (const lane of lanes) {
      const now = laneNumber(lane, step.numbers);
      const changed = laneNumber(lane, previous) !== now;
      const shelf = lane === 'wms' && step.numbers.physical !== null && step.numbers.physical !== step.numbers.wms ? ` (${step.numbers.physical})` : '';
      const label = `${now}${shelf}`;
      if (changed) out.push(`<rect x="${laneX(lane) - 24}" y="${badgeY - 11}" width="48" height="15" rx="3" fill="#fff3bf"/>`);
      out.push(`<text x="${laneX(lane)}" y="${badgeY}" text-anchor="middle" data-lane="${lane}"${changed ? ' font-weight="bold"' : ''} fill="${now === '–' ? '#aaa' : '#111'}">${escapeMarkup(label)}</text>`);
    }
    const text = step.text.length > defaults.textChars ? `${step.text.slice(0, defaults.textChars - 1)}…` : step.text;
    out.push(`<text x="${textX}" y="${arrowY + 4}">${escapeMarkup(text)}<title>${escapeMarkup(step.text)}</title></text>`, '</g>');
    previous = step.numbers;
  });
  out.push('</svg>');
  return out.join('\n');
}
