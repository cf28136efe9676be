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
    const bold = [...svg.matchAll(/data-lane="(\w+)" font-weight="bold"/g)].map((m) => m[1]);
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

  it('says so when the order has no steps', () => {
    expect(sequenceDiagramSvg({ ...walkthrough(), steps: [] })).toContain('no records for this order in the trace');
  });

  it('matches the snapshot of the walkthrough order', async () => {
    await expect(`${sequenceDiagramSvg(walkthrough())}\n`).toMatchFileSnapshot('../snapshots/sequence-walkthrough.svg');
  });
});
