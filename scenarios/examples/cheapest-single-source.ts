// An example vendor policy for `--policy-file`: ship each order whole from the cheapest location
// that covers every line; when none can, fill each line from the cheapest locations first.
// Run it:  npx baton run multichannel --policy-file scenarios/examples/cheapest-single-source.ts
//          (with "oms": { "routingPolicy": "cheapest-single-source" } in the scenario), or compare it:
//          npx baton compare multichannel --a oms.routingPolicy=nearest --b oms.routingPolicy=cheapest-single-source \
//            --policy-file scenarios/examples/cheapest-single-source.ts
import type { Allocation, OmsRoutingPolicy, RoutingRequest } from '../../models/oms/routing/index.js';

function route(request: RoutingRequest): Allocation {
  const { lines, warehouses, available } = request;
  const units = warehouses.map(() => lines.map(() => 0));
  const byCost = warehouses.map((_, w) => w).sort((a, b) => warehouses[a]!.costCentsPerUnit - warehouses[b]!.costCentsPerUnit || a - b);
  const whole = byCost.find((w) => lines.every((line, l) => available[w]![l]! >= line.qty));
  if (whole !== undefined) {
    lines.forEach((line, l) => (units[whole]![l] = line.qty));
    return { units };
  }
  lines.forEach((line, l) => {
    let missing = line.qty;
    for (const w of byCost) {
      const take = Math.min(missing, available[w]![l]!);
      units[w]![l] = take;
      missing -= take;
      if (missing === 0) break;
    }
  });
  return { units };
}

const cheapestSingleSource: OmsRoutingPolicy & { kind: 'oms' } = { kind: 'oms', name: 'cheapest-single-source', route };
export default cheapestSingleSource;
