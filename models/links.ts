// Applies the scenario's link settings to the bus, expanding 'channel:*', 'wms:*' and '*'.
import type { LinkOptions, MessageBus } from '../sim/index.js';
import type { LinkConfig } from './config.js';

/** Every concrete (from, to) pair a pattern names among the given agent addresses. */
function expandLink(link: LinkConfig, agents: string[]): Array<[string, string]> {
  const matches = (pattern: string) => agents.filter((a) => pattern === '*' || a === pattern || (pattern.endsWith(':*') && a.startsWith(pattern.slice(0, -1))));
  const pairs: Array<[string, string]> = [];
  for (const from of matches(link.from)) for (const to of matches(link.to)) if (from !== to) pairs.push([from, to]);
  return pairs;
}

/** Configures the bus; later entries override earlier ones for the same pair. */
export function applyLinks<P extends object>(bus: MessageBus<P>, links: LinkConfig[], agents: string[]): void {
  for (const link of links) {
    const options: Partial<LinkOptions> = {
      latencySeconds: link.latencySeconds,
      jitterSeconds: link.jitterSeconds,
      lossProbability: link.lossProbability,
      duplicateProbability: link.duplicateProbability,
      reorder: link.reorder,
      outages: link.outages,
    };
    for (const [from, to] of expandLink(link, agents)) bus.link(from, to, options);
  }
}
