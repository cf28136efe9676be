// Cross-field checks of the money settings: region names must be unique and every zone row, region
// mix entry and scripted order must name one of them; a channel's mix needs a positive share.
import type { ScenarioConfig } from '../models/config.js';
import { economicsOf } from '../models/economics/settings.js';
import type { InputProblem } from './errors.js';

/** Every problem with regions in a scenario (empty when consistent). */
export function economicsProblems(config: ScenarioConfig): InputProblem[] {
  const problems: InputProblem[] = [];
  const regions = economicsOf(config).regions.map((r) => r.name);
  const known = new Set<string>();
  regions.forEach((r, i) => {
    if (known.has(r)) problems.push({ path: `economics.regions[${i}].name`, value: r, message: 'duplicate region name' });
    known.add(r);
  });
  const unknown = (path: string, value: string) => problems.push({ path, value, message: `unknown region; known: ${regions.join(', ')}` });
  config.warehouses.forEach((w, i) => {
    const seen = new Set<string>();
    (w.zones ?? []).forEach((z, j) => {
      if (!known.has(z.region)) unknown(`warehouses[${i}].zones[${j}].region`, z.region);
      else if (seen.has(z.region)) problems.push({ path: `warehouses[${i}].zones[${j}].region`, value: z.region, message: 'region listed twice in this zone table' });
      seen.add(z.region);
    });
  });
  config.channels.forEach((c, i) => {
    const mix = c.regionMix ?? [];
    mix.forEach((m, j) => {
      if (!known.has(m.region)) unknown(`channels[${i}].regionMix[${j}].region`, m.region);
    });
    if (mix.length > 0 && !mix.some((m) => m.share > 0)) problems.push({ path: `channels[${i}].regionMix`, value: 0, message: 'at least one share must be > 0' });
  });
  config.scripted.orders.forEach((o, i) => {
    if (o.region !== undefined && !known.has(o.region)) unknown(`scripted.orders[${i}].region`, o.region);
  });
  return problems;
}
