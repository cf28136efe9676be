// `baton route`: the length and visiting order of pick rounds on a warehouse layout, one from the
// command line or a batch of them from an NDJSON file.
import type { CommandModule } from 'yargs';
import { builtInPickPolicies, multiBlockPolicies, requireSingleBlock, type RoutingPolicy } from '../../models/wms/routing/index.js';
import { InputError } from '../../scenarios/errors.js';
import { readPickLists, readRouteLayout, resolveBins } from '../../scenarios/route-input.js';
import { printJson } from '../output.js';
import { loadPolicyFiles, policyFileOption } from '../policy-files.js';

interface RouteArgs {
  layout: string;
  policy: string;
  bins?: string[];
  batch?: string;
  json: boolean;
  'policy-file'?: string[];
}

export const routeCommand: CommandModule<object, RouteArgs> = {
  command: 'route [bins..]',
  describe: 'route a picker from the depot through BINs and back (s-shape, return, midpoint, largest-gap, combined, optimal)',
  builder: (y) =>
    y
      .positional('bins', { type: 'string', array: true, describe: 'bin addresses like A-12-03' })
      .option('layout', { type: 'string', demandOption: true, describe: "layout JSON: a scenario warehouse's layout object, e.g. {\"aisles\": 12, \"baysPerAisle\": 25} (missing fields take the scenario defaults)" })
      .option('policy', { type: 'string', default: 'optimal', describe: 'routing policy name' })
      .option('batch', { type: 'string', describe: 'NDJSON file of pick lists, one JSON array of bin codes per line; prints one result per line' })
      .option('json', { type: 'boolean', default: false, describe: 'print only JSON: { policy, length, sequence }, or with --batch a summary { policy, lists, meanLength, ... }' })
      .option('policy-file', policyFileOption) as never,
  handler: async (args) => {
    const bins = (args.bins ?? []).map(String);
    if ((args.batch === undefined) === (bins.length === 0)) throw InputError.of({ path: 'bins', message: 'give bin addresses or --batch FILE (one of the two)' });
    const policies = await loadPolicyFiles(args['policy-file'] ?? []);
    const layout = readRouteLayout(args.layout);
    let policy: RoutingPolicy;
    try {
      policy = policies.pick.get(args.policy);
    } catch (error) {
      throw InputError.of({ path: '--policy', value: args.policy, message: (error as Error).message });
    }
    const rounded = (length: number) => Math.round(length * 1e6) / 1e6;
    // A single-block heuristic on a multi-block layout is the user's choice of policy: exit 2, not an internal error.
    if ((layout.crossAisles ?? 2) > 2) {
      try {
        requireSingleBlockIfBuiltIn(policy.name, layout);
      } catch (error) {
        throw InputError.of({ path: '--policy', value: args.policy, message: (error as Error).message });
      }
    }
    if (args.batch !== undefined) {
      const lists = readPickLists(args.batch, layout);
      const lengths: number[] = [];
      const out: string[] = [];
      for (const list of lists) {
        const route = policy.route(layout, list.picks);
        lengths.push(rounded(route.length));
        if (!args.json) out.push(JSON.stringify({ line: list.line, length: rounded(route.length), sequence: route.sequence }));
      }
      if (args.json) {
        const total = lengths.reduce((a, b) => a + b, 0);
        return printJson({ policy: policy.name, lists: lengths.length, totalLength: rounded(total), meanLength: rounded(total / lengths.length), minLength: Math.min(...lengths), maxLength: Math.max(...lengths) });
      }
      process.stdout.write(`${out.join('\n')}\n`);
      return;
    }
    const { picks, problems } = resolveBins(bins, layout, (i) => ({ path: `bins[${i}]` }));
    if (problems.length > 0) throw new InputError(problems);
    const route = policy.route(layout, picks);
    const length = rounded(route.length);
    if (args.json) return printJson({ policy: policy.name, length, sequence: route.sequence });
    process.stdout.write(`${policy.name}: ${length} m\n  depot -> ${route.sequence.join(' -> ')} -> depot\n`);
  },
};

/** Throws the policy's own refusal when a built-in single-block heuristic meets a multi-block layout. */
function requireSingleBlockIfBuiltIn(name: string, layout: Parameters<RoutingPolicy['route']>[0]): void {
  if (!multiBlockPolicies.includes(name) && builtInPickPolicies.some((p) => p.name === name)) requireSingleBlock(name, layout);
}
