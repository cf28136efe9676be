import { describe, expect, it } from 'vitest';
import { sequenceDiagramSvg } from '../../../viz/sequence/diagram.js';
import type { Journey } from '../../../viz/sequence/journey.js';

const n = (channel: number, oms: number | null, wms: number, physical: number, erp: number) => ({ channel, oms, wms, physical, erp });

/** The article's order, written out by hand. */
function walkthrough(): Journey {
  return {
    orderId: 1,
    channel: 'amazon',
    sku: '4471',
    qty: 2,
    opening: n(86, 86, 86, 86, 86),
    outcome: 'shipped',
    steps: [
      { time: 36_000, kind: 'channel.order.accepted', actor: 'channel', to: ['oms'], text: 'amazon accepts order #1: 2 × 4471', numbers: n(84, 86, 86, 86, 86) },
      { time: 36_002, kind: 'oms.order.routed', actor: 'oms', to: ['wms'], text: 'OMS reserves and routes #1 to east', numbers: n(84, 84, 86, 86, 86) },
      { time: 61_200, kind: 'wms.order.shipped', actor: 'wms', to: ['oms', 'erp'], text: 'east ships #1 from A-12-03', numbers: n(84, 84, 84, 84, 86) },
      { time: 61_260, kind: 'erp.posted', actor: 'erp', to: [], text: 'ERP posts Dr cogs $28.00 / Cr inventory $28.00', numbers: n(84, 84, 84, 84, 84) },
    ],
  };
}

describe('sequenceDiagramSvg', () => {
  it('puts each system\'s number under its lifeline on every row', () => {
    const svg = sequenceDiagramSvg(walkthrough());
    const rows = [...svg.matchAll(/<g class="step"[\s\S]*?<\/g>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(4);
    const numbers = (row: string) => [...row.matchAll(/data-lane="(\w+)"[^>]*>([^<]*)</g)].map((m) => `${m[1]}=${m[2]}`);
    expect(numbers(rows[2]!)).toEqual(['channel=84', 'oms=84', 'wms=84', 'erp=86']);
    expect(numbers(rows[3]!)).toEqual(['channel=84', 'oms=84', 'wms=84', 'erp=84']);
  });

  it('highlights exactly the numbers a step changed, starting from the opening numbers', () => {
    const svg = sequenceDiagramSvg(walkthrough());
    const bold = [...svg.matchAll(/data-lane="(\w+)"[^>]* font-weight="bold"/g)].map((m) => m[1]);
    expect(bold).toEqual(['channel', 'oms', 'wms', 'erp']);
  });

  it('draws one arrow per system told, and greys the OMS out when there is none', () => {
    const svg = sequenceDiagramSvg(walkthrough(), { hasOms: false, idPrefix: 'order-1' });
    expect(svg.match(/marker-end="url\(#order-1-arrow\)"/g)).toHaveLength(4);
    expect(svg).toContain('OMS (none)');
  });

  it('escapes text from the trace', () => {
    const journey = walkthrough();
    journey.channel = '<b>shop</b>';
    journey.steps[0]!.text = 'a & b <script>';
    const svg = sequenceDiagramSvg(journey);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('a &amp; b &lt;script&gt;');
    expect(svg).toContain('Channel (&lt;b&gt;shop&lt;/b&gt;)');
  });

  it('gives every channel its lifeline: the others\' views of the SKU wait for their sync', () => {
    const views = (amazon: number, ebay: number) => ({ amazon, ebay });
    const journey: Journey = {
      ...walkthrough(),
      opening: { ...n(86, 86, 86, 86, 86), views: views(86, 86) },
      steps: [
        { time: 36_000, kind: 'channel.order.accepted', actor: 'channel', to: ['oms'], text: 'amazon accepts order #1', numbers: { ...n(84, 86, 86, 86, 86), views: views(84, 86) } },
        { time: 36_002, kind: 'oms.order.routed', actor: 'oms', to: ['wms'], text: 'OMS routes #1', numbers: { ...n(84, 84, 86, 86, 86), views: views(84, 86) } },
        { time: 36_300, kind: 'oms.ats.published', actor: 'oms', to: ['channel'], toChannel: 'ebay', text: 'OMS publishes ATS to ebay', numbers: { ...n(84, 84, 86, 86, 86), views: views(84, 86) } },
        { time: 36_360, kind: 'channel.view.updated', actor: 'channel', channel: 'ebay', to: [], text: "ebay's view of 4471 becomes 84", numbers: { ...n(84, 84, 86, 86, 86), views: views(84, 84) } },
      ],
    };
    const svg = sequenceDiagramSvg(journey, { channels: ['amazon', 'ebay'], idPrefix: 'two' });
    const rows = [...svg.matchAll(/<g class="step"[\s\S]*?<\/g>/g)].map((m) => m[0]);
    const channelNumbers = (row: string) => [...row.matchAll(/data-channel="(\w+)"[^>]*>([^<]*)</g)].map((m) => `${m[1]}=${m[2]}`);
    expect(channelNumbers(rows[0]!)).toEqual(['amazon=84', 'ebay=86']);
    expect(channelNumbers(rows[2]!)).toEqual(['amazon=84', 'ebay=86']);
    expect(channelNumbers(rows[3]!)).toEqual(['amazon=84', 'ebay=84']);
    // Lifelines left to right: amazon (the order's), ebay, OMS, WMS, ERP; 112 px apart after the time column.
    const x = (row: string) => Number(/<circle cx="([\d.]+)"/.exec(row)![1]);
    expect(x(rows[0]!)).toBe(84 + 56);
    expect(x(rows[3]!)).toBe(84 + 112 + 56);
    // The publication's arrow goes from the OMS lifeline to ebay's.
    expect(rows[2]).toMatch(new RegExp(`<line x1="${84 + 2 * 112 + 56}" y1="[\\d.]+" x2="${84 + 112 + 56 + 7}"`));
    expect(svg).toContain('>ebay</text>');
  });

  it('says so when the order has no steps', () => {
    expect(sequenceDiagramSvg({ ...walkthrough(), steps: [] })).toContain('no records for this order in the trace');
  });

  it('matches the snapshot of the walkthrough order', async () => {
    await expect(`${sequenceDiagramSvg(walkthrough())}\n`).toMatchFileSnapshot('../snapshots/sequence-walkthrough.svg');
  });
});
