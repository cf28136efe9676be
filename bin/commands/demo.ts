// `baton demo`: small built-in models that show the engine at work without any file.
import type { CommandModule } from 'yargs';
import { runPackStation } from '../../models/queueing/pack-station.js';
import { runWarehouseDemo } from '../../models/wms/demo.js';
import { checkSeed } from '../../scenarios/experiment/arguments.js';
import { printJson, printTable } from '../output.js';

interface DemoArgs {
  model: string;
  seed: number;
  json: boolean;
}

export const demoCommand: CommandModule<object, DemoArgs> = {
  command: 'demo [model]',
  describe: 'run a small built-in model (queue: an M/M/c pack station checked against Erlang C; warehouse: workers picking a week of orders)',
  builder: (y) =>
    y
      .positional('model', { choices: ['queue', 'warehouse'], default: 'queue', describe: 'which demo' })
      .option('seed', { type: 'number', default: 1, describe: 'root random seed' })
      .option('json', { type: 'boolean', default: false, describe: 'print only JSON' }) as never,
  handler: (args) => {
    const seed = checkSeed(args.seed)!;
    if (args.model === 'warehouse') return warehouseDemo(seed, args.json);
    const result = runPackStation({ seed });
    if (args.json) return printJson({ demo: 'queue', ...result });
    process.stdout.write('M/M/4 pack station: 180 orders/h, 50 packs/h per packer (utilisation 0.9)\n');
    printTable([
      ['orders', String(result.orders)],
      ['mean wait (simulated)', `${result.meanWaitSeconds.toFixed(1)} s`],
      ['mean wait (Erlang C)', `${result.erlangWaitSeconds.toFixed(1)} s`],
      ['mean queue length', result.meanInQueue.toFixed(2)],
      ['packer utilisation', result.utilization.toFixed(3)],
      ['simulated time', `${result.simulatedHours.toFixed(0)} h`],
      ['events', String(result.events)],
    ]);
  },
};

function warehouseDemo(seed: number, json: boolean): void {
  const result = runWarehouseDemo({ seed });
  if (json) return printJson({ demo: 'warehouse', ...result });
  process.stdout.write('One warehouse, a week of orders, workers picking in batches (faults on):\n');
  const rows = Object.entries(result).filter(([, v]) => typeof v === 'number') as [string, number][];
  printTable(rows.map(([k, v]) => [k, Number.isInteger(v) ? String(v) : v.toFixed(3)]));
}
