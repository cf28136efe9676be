// Writes a synthetic order export for import benchmarks (never committed data):
//   npx tsx scripts/generate-orders.ts LINES OUT.csv [online-retail|amazon-orders]
// Online Retail layout (or Amazon's TSV): orders of 1-4 lines over 5,000 SKUs, one a minute on
// average, with a sprinkling of cancellations, duplicates and blank rows.
import { createWriteStream } from 'node:fs';
import seedrandom from 'seedrandom';
import { presetHeaders } from '../scenarios/import/presets.js';

const [linesArg, out, layout = 'online-retail'] = process.argv.slice(2);
const total = Number(linesArg);
if (!out || !(total > 0) || !presetHeaders[layout]) {
  process.stderr.write('usage: tsx scripts/generate-orders.ts LINES OUT.csv [online-retail|amazon-orders]\n');
  process.exit(2);
}
const rng = seedrandom('generate-orders');
const stream = createWriteStream(out);
const tsv = layout === 'amazon-orders';
const header = presetHeaders[layout]!;
let buffer = `${header.join(tsv ? '\t' : ',')}\n`;
let written = 0;
let order = 0;
let ms = Date.UTC(2025, 0, 6);
const flush = async () => {
  if (!stream.write(buffer)) await new Promise((r) => stream.once('drain', r));
  buffer = '';
};
while (written < total) {
  order++;
  ms += Math.floor(rng() * 120_000);
  const d = new Date(ms);
  const lines = 1 + Math.floor(rng() * 4);
  const cancelled = rng() < 0.02;
  for (let i = 0; i < lines && written < total; i++, written++) {
    const sku = `SKU${1 + Math.floor(5_000 * rng() ** 3)}`;
    const qty = 1 + Math.floor(rng() * 3);
    const price = `${1 + Math.floor(rng() * 40)}.${String(Math.floor(rng() * 100)).padStart(2, '0')}`;
    let row: string;
    if (tsv) {
      const fields = header.map(() => '');
      const set = (k: string, v: string) => (fields[header.indexOf(k)] = v);
      set('amazon-order-id', `111-${String(order).padStart(7, '0')}-0000000`);
      set('purchase-date', d.toISOString().replace('.000Z', '+00:00'));
      set('order-status', cancelled ? 'Cancelled' : 'Shipped');
      set('sales-channel', rng() < 0.8 ? 'Amazon.com' : 'Amazon.ca');
      set('sku', sku);
      set('quantity', String(qty));
      set('currency', 'USD');
      set('item-price', (Number(price) * qty).toFixed(2));
      row = fields.join('\t');
    } else {
      const stamp = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
      row = `${cancelled ? 'C' : ''}${500_000 + order},${sku},"ITEM ${sku}, BOXED",${cancelled ? -qty : qty},${stamp},${price},${10_000 + (order % 4_000)},United Kingdom`;
    }
    buffer += `${row}\n`;
    if (rng() < 0.001 && written + 1 < total) {
      buffer += `${row}\n`; // an exact duplicate
      written++;
    }
    if (buffer.length > 1 << 20) await flush();
  }
}
await flush();
stream.end();
