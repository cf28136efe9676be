// Expected demand per SKU, from the channels' order rates and the catalogue's popularity: used to
// size opening stock and days-of-cover purchasing rules.
import type { Catalog } from './catalog.js';
import type { ScenarioConfig } from './config.js';

/** Expected units per day per SKU over all channels. */
export function meanDailyDemand(config: ScenarioConfig, catalog: Catalog): Float64Array {
  let unitsPerDay = 0;
  for (const c of config.channels) unitsPerDay += c.demand.ordersPerDay * (1 + c.demand.extraLinesMean) * (1 + c.demand.extraUnitsMean);
  const popularity = catalog.popularity;
  const demand = new Float64Array(popularity.length);
  for (let s = 0; s < popularity.length; s++) demand[s] = popularity[s]! * unitsPerDay;
  return demand;
}
