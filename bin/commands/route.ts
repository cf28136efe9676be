// `baton route`: the length and visiting order of one pick round on the canonical layout.
import type { CommandModule } from 'yargs';
import { parseBin, validateLayout, type PickLocation, type RoutingLayout } from '../../models/wms/layout.js';
import { getPolicy } from '../../models/wms/routing/index.js';
import { InputError, type InputProblem } from '../../scenarios/errors.js';
import { readJsonFile } from '../../scenarios/json-input.js';
import { printJson } from '../output.js';
import { loadPolicyFiles, policyFileOption } from '../policy-files.js';

interface RouteArgs {
  layout: string;
  policy: string;
  bins: string[];
  json: boolean;
  'policy-file'?: string[];
}

export const routeCommand: CommandModule<object, RouteArgs> = {
  command: 'route <bins..>',
  describe: 'route a picker from the depot through BINs and back (s-shape, return, midpoint, largest-gap, combined, optimal)',
  builder: (y) =>
    y
      .positional('bins', { type: 'string', array: true, demandOption: true, describe: 'bin addresses like A-12-03' })
      .option('layout', { type: 'string', demandOption: true, describe: 'layout JSON: {"aisles","baysPerAisle","aisleLength","aisleSpacing","depot":{"aisle"}}' })
      .option('policy', { type: 'string', default: 'optimal', describe: 'routing policy name' })
      .option('json', { type: 'boolean', default: false, describe: 'print only JSON: { policy, length, sequence }' })
      .option('policy-file', policyFileOption) as never,
  handler: async (args) => {
    await loadPolicyFiles(args['policy-file'] ?? []);
    const raw = readJsonFile(args.layout);
    const layoutProblems = validateLayout(raw);
    if (layoutProblems.length > 0) {
      throw new InputError(layoutProblems.map((p) => ({ file: args.layout, path: p.path || '(root)', value: p.value, message: p.message })));
    }
    const layout = raw as RoutingLayout;
    let policy;
    try {
      policy = getPolicy(args.policy);
    } catch (error) {
      throw InputError.of({ path: '--policy', value: args.policy, message: (error as Error).message });
    }
    const problems: InputProblem[] = [];
    const picks: PickLocation[] = [];
    args.bins.map(String).forEach((bin, i) => {
      try {
        picks.push(parseBin(bin, layout));
      } catch (error) {
        problems.push({ path: `bins[${i}]`, value: bin, message: (error as Error).message });
      }
    });
    if (problems.length > 0) throw new InputError(problems);
    const route = policy.route(layout, picks);
    const length = Math.round(route.length * 1e6) / 1e6;
    if (args.json) return printJson({ policy: policy.name, length, sequence: route.sequence });
    process.stdout.write(`${policy.name}: ${length} m\n  depot -> ${route.sequence.join(' -> ')} -> depot\n`);
  },
};
