// `baton explain SCENARIO`: narrates a run handoff by handoff (best with seed-walkthrough).
import type { CommandModule } from 'yargs';
import type { BatonTrace } from '../../models/trace.js';
import { runPipeline } from '../../models/pipeline.js';
import { formatNarration, narrate } from '../../scenarios/explain.js';
import { loadScenario } from '../../scenarios/load.js';
import { MemoryTrace } from '../../sim/index.js';
import { printJson } from '../output.js';

interface ExplainArgs {
  scenario: string;
  limit: number;
  json: boolean;
}

export const explainCommand: CommandModule<object, ExplainArgs> = {
  command: 'explain <scenario>',
  describe: 'narrate each handoff between channel, OMS, WMS and ERP with simulated time and each system\'s number',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file or built-in name (try seed-walkthrough)' })
      .option('limit', { type: 'number', default: 200, describe: 'at most this many steps' })
      .option('json', { type: 'boolean', default: false, describe: 'print only JSON' }) as never,
  handler: (args) => {
    const config = loadScenario(args.scenario);
    const trace = new MemoryTrace<BatonTrace>(Math.max(1, args.limit) * 20);
    const { agents } = runPipeline(config, { tracer: trace });
    const lines = narrate(trace.records).slice(0, Math.max(1, args.limit));
    const { catalog } = agents.ctx;
    const shown = Math.min(catalog.size, 5);
    const numbers = Array.from({ length: shown }, (_, s) => ({
      sku: catalog.codes[s]!,
      physical: agents.warehouses.reduce((sum, w) => sum + w.physicalOnHand(s), 0),
      wmsRecord: agents.warehouses.reduce((sum, w) => sum + w.recordOnHand(s), 0),
      omsAts: agents.oms?.ats(s) ?? null,
      channelViews: Object.fromEntries(agents.channels.map((c) => [c.config.name, c.view(s)])),
      erpQuantity: agents.erp.quantity(s),
      erpValueCents: agents.erp.value(s),
    }));
    if (args.json) return printJson({ scenario: config.name, seed: config.seed, steps: lines, finalNumbers: numbers });
    process.stdout.write(`${config.name} (seed ${config.seed}): ${config.description}\n\n`);
    for (const line of formatNarration(lines)) process.stdout.write(`${line}\n`);
    process.stdout.write(`\nEach system's number at the horizon (${config.horizonDays} day(s)):\n`);
    for (const n of numbers) {
      const views = Object.entries(n.channelViews).map(([c, v]) => `${c} ${v}`).join(', ');
      process.stdout.write(`  SKU ${n.sku}: shelf ${n.physical} | WMS record ${n.wmsRecord} | OMS ATS ${n.omsAts ?? 'n/a (no OMS)'} | channel views: ${views} | ERP ${n.erpQuantity} units, $${(n.erpValueCents / 100).toFixed(2)}\n`);
    }
  },
};
