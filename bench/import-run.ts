// Child process of the import benchmark: writes a synthetic Shopify orders export of N lines (made-up
// rows, seeded) to a temporary folder, imports it as `baton import` does (parsed by two threads,
// validated and serialised a batch at a time; the texts are counted, not written), and prints one
// JSON line with the seconds, the rows and this process's peak memory.
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { buildOutputs } from '../scenarios/import/build.js';
import { importOrdersBounded, partitionCount } from '../scenarios/import/partitioned.js';
import { linesText, ordersCsvLines } from '../scenarios/import/orders-csv.js';
import { orderPresets, presetHeaders } from '../scenarios/import/presets.js';
import { replayScenarioJson, validateReplay } from '../scenarios/import/replay-file.js';
import { validateScenario } from '../scenarios/validate.js';

const lines = Number(process.argv[2] ?? 1_000_000);
const folder = mkdtempSync(join(tmpdir(), 'baton-import-bench-'));
const file = join(folder, 'orders.csv');

async function writeExport(): Promise<void> {
  const header = presetHeaders['shopify-orders']!;
  const at = (name: string) => header.indexOf(name);
  const out = createWriteStream(file);
  out.write(`${header.join(',')}\n`);
  let state = 1;
  const uniform = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
  let order = 1000;
  let ms = Date.UTC(2026, 0, 1);
  let written = 0;
  let batch: string[] = [];
  while (written < lines) {
    order++;
    ms += Math.floor(uniform() * 60_000);
    const count = 1 + Math.floor(uniform() * 3);
    for (let i = 0; i < count && written < lines; i++, written++) {
      const row = new Array<string>(header.length).fill('');
      row[at('Name')] = `#${order}`;
      if (i === 0) {
        row[at('Created at')] = `${new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '')} +0000`;
        row[at('Financial Status')] = 'paid';
        row[at('Id')] = String(order * 1000);
      }
      const sku = Math.floor(1 / (uniform() + 0.0002));
      row[at('Lineitem quantity')] = String(1 + Math.floor(uniform() * 2));
      row[at('Lineitem name')] = `"Item ${sku}, size M"`;
      row[at('Lineitem price')] = (5 + (sku % 50)).toFixed(2);
      row[at('Lineitem sku')] = `SKU-${sku}`;
      batch.push(row.join(','));
      if (batch.length === 5_000) {
        if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
        batch = [];
      }
    }
  }
  out.end(`${batch.join('\n')}\n`);
  await once(out, 'finish');
}

try {
  await writeExport();
  const started = performance.now();
  const preset = orderPresets['shopify-orders']!;
  const result = await importOrdersBounded([{ name: 'orders.csv', path: file }], { preset, inputBytes: statSync(file).size });
  const outputs = buildOutputs(result, { timeZone: 'UTC' });
  validateReplay(outputs, 'scenario.json');
  validateScenario(outputs.forecast, 'forecast.json');
  let chars = 0;
  for (const piece of replayScenarioJson(outputs)) chars += piece.length;
  let csvChars = 0;
  for (const piece of linesText(ordersCsvLines(outputs.history, outputs.calibration.originMs))) csvChars += piece.length;
  const seconds = (performance.now() - started) / 1000;
  result.dispose();
  process.stdout.write(`${JSON.stringify({ lines, rows: result.tally.rows, partitions: partitionCount(statSync(file).size), orders: outputs.summary.orders, seconds: Number(seconds.toFixed(2)), linesPerSecond: Math.round(lines / seconds), scenarioMB: Math.round(chars / 1e6), csvMB: Math.round(csvChars / 1e6), peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
