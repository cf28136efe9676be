// Regression pins: short runs of every built-in (and a few ownership variants) with their result hash
// and key metrics, kept in pins.json. The pins test compares fresh runs with the file; `npm run
// pins:update` rewrites it when a change is meant to alter results (say why in the commit message).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinScenarios } from '../../scenarios/builtin/index.js';
import { runScenario } from '../../scenarios/run.js';
import { validateScenario } from '../../scenarios/validate.js';

/** One pinned run: a built-in, optional overrides by dotted path (`erp.valuation`), and a short horizon. */
export interface PinCase {
  label: string;
  scenario: string;
  days: number;
  set?: Record<string, unknown>;
}

/** What the file keeps per case: the hash covers every metric; the listed metrics make a diff readable. */
export interface Pin {
  label: string;
  scenario: string;
  seed: number;
  horizonDays: number;
  set?: Record<string, unknown>;
  hash: string;
  violations: number;
  metrics: Record<string, number>;
}

export interface PinFile {
  about: string;
  pins: Pin[];
}

export const pinFile = resolve(import.meta.dirname, 'pins.json');

/** Every built-in is pinned; the variants reach the no-OMS feed, the ERP's own count and the clean drift case. */
export const pinCases: PinCase[] = [
  { label: 'seed-walkthrough', scenario: 'seed-walkthrough', days: 1 },
  { label: 'seed-oversell', scenario: 'seed-oversell', days: 1 },
  { label: 'seed-drift', scenario: 'seed-drift', days: 21 },
  { label: 'seed-drift, clean', scenario: 'seed-drift', days: 21, set: { ownership: 'clean' } },
  { label: 'multichannel, 3 days', scenario: 'multichannel', days: 3 },
  { label: 'multichannel no-oms, 2 days', scenario: 'multichannel', days: 2, set: { ownership: 'no-oms' } },
  { label: 'multichannel erp-own-count, 2 days', scenario: 'multichannel', days: 2, set: { ownership: 'erp-own-count' } },
  { label: 'multichannel moving-average, 2 days', scenario: 'multichannel', days: 2, set: { 'erp.valuation': 'moving-average' } },
  { label: 'large, 1 day', scenario: 'large', days: 1 },
];

/** The metrics written out per pin (all of them feed the hash anyway). */
export const keyMetrics = [
  'ordersAccepted',
  'unitsAccepted',
  'ordersRejected',
  'oversoldOrders',
  'oversoldUnits',
  'backorderedOrders',
  'shortUnits',
  'ordersShipped',
  'unitsShipped',
  'cycleTimeP50',
  'pickTravelPerLine',
  'revenue',
  'cogs',
  'inventoryValue',
  'shrinkUnits',
  'damagedUnits',
  'misPicks',
  'purchaseOrders',
  'unitsReceived',
  'closingUnits',
  'driftUnits',
  'atsStaleness',
  'stockoutSkuDays',
  'messagesSent',
  'totalCost',
  'parcelsShipped',
] as const;

/** The scenario document of a case: the built-in with each dotted path of `set` replaced. */
function documentOf(pinCase: PinCase): unknown {
  const builtin = builtinScenarios[pinCase.scenario];
  if (builtin === undefined) throw new Error(`no built-in named ${pinCase.scenario}`);
  const document: Record<string, unknown> = { ...(structuredClone(builtin) as Record<string, unknown>), horizonDays: pinCase.days };
  for (const [path, value] of Object.entries(pinCase.set ?? {})) {
    const keys = path.split('.');
    let parent = document;
    for (const key of keys.slice(0, -1)) parent = (parent[key] ??= {}) as Record<string, unknown>;
    parent[keys.at(-1)!] = value;
  }
  return document;
}

/** Runs one case and returns its pin. */
export function computePin(pinCase: PinCase): Pin {
  const config = validateScenario(documentOf(pinCase), `pin:${pinCase.label}`);
  const result = runScenario(config);
  const metrics = Object.fromEntries(keyMetrics.map((name) => [name, result.metrics[name]!]));
  return {
    label: pinCase.label,
    scenario: pinCase.scenario,
    seed: result.seed,
    horizonDays: result.horizonDays,
    ...(pinCase.set ? { set: pinCase.set } : {}),
    hash: result.hash,
    violations: result.invariants.violations.length,
    metrics,
  };
}

/** The committed pins. */
export function readPins(): PinFile {
  return JSON.parse(readFileSync(pinFile, 'utf8')) as PinFile;
}

/** Rewrites the pin file from fresh runs of every case. */
export function writePins(pins: Pin[]): void {
  const file: PinFile = {
    about: 'Regression pins for short runs of the built-ins (test/pins/pins.test.ts). Regenerate with `npm run pins:update` only when a change is meant to alter results, and say which pins moved and why in the commit message.',
    pins,
  };
  writeFileSync(pinFile, `${JSON.stringify(file, null, 2)}\n`);
}

/** A readable list of differences between a committed pin and a fresh one (empty when equal). */
export function pinDifferences(pinned: Pin | undefined, fresh: Pin): string[] {
  if (pinned === undefined) return [`${fresh.label}: no pin yet`];
  const lines: string[] = [];
  for (const field of ['scenario', 'seed', 'horizonDays', 'violations'] as const) {
    if (pinned[field] !== fresh[field]) lines.push(`${fresh.label}: ${field} ${pinned[field]} -> ${fresh[field]}`);
  }
  for (const name of new Set([...Object.keys(pinned.metrics), ...Object.keys(fresh.metrics)])) {
    if (pinned.metrics[name] !== fresh.metrics[name]) lines.push(`${fresh.label}: ${name} ${pinned.metrics[name]} -> ${fresh.metrics[name]}`);
  }
  if (pinned.hash !== fresh.hash) lines.push(`${fresh.label}: hash ${pinned.hash} -> ${fresh.hash}`);
  return lines;
}
