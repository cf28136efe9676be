// `baton list`: the built-in scenarios with one line each.
import type { CommandModule } from 'yargs';
import { builtinNames, loadScenario } from '../../scenarios/load.js';
import { printJson, printTable } from '../output.js';

export const listCommand: CommandModule<object, { json: boolean }> = {
  command: 'list',
  describe: 'list the built-in scenarios',
  builder: (y) => y.option('json', { type: 'boolean', default: false, describe: 'print only JSON' }) as never,
  handler: (args) => {
    const rows = builtinNames().map((name) => {
      const config = loadScenario(name);
      const mode = [config.ownership.oms ? 'oms' : 'no-oms', config.ownership.erpOwnCount ? 'erp-own-count' : 'erp-follows-wms'].join(', ');
      return { name, days: config.horizonDays, channels: config.channels.length, warehouses: config.warehouses.length, mode, description: config.description };
    });
    if (args.json) return printJson(rows);
    printTable(rows.map((r) => [r.name, String(r.days), String(r.channels), String(r.warehouses), r.mode]), ['scenario', 'days', 'channels', 'warehouses', 'ownership']);
    process.stdout.write('\n');
    for (const r of rows) process.stdout.write(`${r.name}: ${r.description}\n\n`);
  },
};
