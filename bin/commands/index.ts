// Every CLI command, in the order `baton --help` lists them. Each entry carries what the top-level
// help shows and loads its module only when that command runs, so `baton --help` and every command
// start without evaluating the others' dependencies (charts, queues, importers). A test checks that
// `command` and `describe` here equal the module's own.
import type { CommandModule } from 'yargs';

/** One command: its yargs `command` string, its one-line description, and its module, loaded on use. */
export interface CommandEntry {
  command: string;
  describe: string;
  load: () => Promise<CommandModule<any, any>>;
}

export const commandCatalogue: CommandEntry[] = [
  { command: 'run <scenario>', describe: 'run one scenario (file or built-in name) and print its metrics', load: async () => (await import('./run.js')).runCommand },
  { command: 'sweep <experiment>', describe: 'run a parameter sweep (experiment file or built-in name) on worker threads and summarize it', load: async () => (await import('./sweep.js')).sweepCommand },
  { command: 'compare <scenario>', describe: 'compare two variants of a scenario on common random numbers (paired differences with 95% CIs)', load: async () => (await import('./compare.js')).compareCommand },
  { command: 'twin <folder>', describe: "simulate an imported operation forward from today's stock (its forecast.json started from --wms, --oms and --erp snapshots)", load: async () => (await import('./twin.js')).twinCommand },
  { command: 'reconcile', describe: "compare the WMS's units, the OMS's available-to-sell and the ERP's valued count per SKU from exports", load: async () => (await import('./reconcile.js')).reconcileCommand },
  { command: 'optimize <experiment>', describe: "find the experiment's best point for a metric (sequential elimination on common random numbers)", load: async () => (await import('./optimize.js')).optimizeCommand },
  { command: 'validate <file>', describe: 'check a scenario file; problems are listed with their field path and value (exit 2)', load: async () => (await import('./validate.js')).validateCommand },
  { command: 'explain [scenario]', describe: "narrate each handoff between channel, OMS, WMS and ERP with simulated time and each system's number", load: async () => (await import('./explain.js')).explainCommand },
  { command: 'list', describe: 'list the built-in scenarios', load: async () => (await import('./list.js')).listCommand },
  { command: 'route [bins..]', describe: 'route a picker from the depot through BINs and back (s-shape, return, midpoint, largest-gap, combined, optimal)', load: async () => (await import('./route.js')).routeCommand },
  { command: 'benchmark', describe: 'rank every pick-path and OMS routing policy (built-in and --policy-file) on a versioned, seeded suite: gap to the exact optimum, paired cost differences', load: async () => (await import('./benchmark.js')).benchmarkCommand },
  { command: 'report <results>', describe: 'draw an HTML report of a run folder (baton run --out), a sweep folder or a result JSON file', load: async () => (await import('./report.js')).reportCommand },
  { command: 'demo [model]', describe: 'run a small built-in model (queue: an M/M/c pack station checked against Erlang C; warehouse: workers picking a week of orders)', load: async () => (await import('./demo.js')).demoCommand },
  { command: 'advise [scenario]', describe: 'answer "do I need an OMS?" for an operation: where an OMS pays for itself over 1-5 channels x 1-3 locations', load: async () => (await import('./advise.js')).adviseCommand },
  { command: 'swarm', describe: 'run many seeds, each with its own random scenario and fault mix, checked by the invariants and an auditor', load: async () => (await import('./swarm.js')).swarmCommand },
  { command: 'import', describe: 'import order exports (Shopify, Amazon, UCI Online Retail or a column map) into a replay scenario, a calibrated forecast and a report', load: async () => (await import('./import.js')).importCommand },
  { command: 'worker', describe: 'run tasks of distributed sweeps (`sweep --queue`) from a Redis queue until stopped', load: async () => (await import('./worker.js')).workerCommand },
];

/** The name a command is invoked by ("route" for "route <bins..>"). */
export function commandName(entry: Pick<CommandEntry, 'command'>): string {
  return entry.command.split(' ')[0]!;
}
